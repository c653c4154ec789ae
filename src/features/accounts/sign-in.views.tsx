import type { ViewCtx } from "../../http/context.ts";
import { PageHeader } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { FieldErrors } from "./form.ts";
import { Csrf, ErrorSummary, Input, Notice, Submit } from "./form.views.tsx";

/** A message shown above a form: an i18n key with its values, as an alert (problem) or a status (notice). */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
  alert?: boolean;
}

/** Shows a Message. */
export function MessageLine({ ctx, message }: { ctx: ViewCtx; message?: Message | null }) {
  if (!message) return null;
  return <Notice alert={message.alert}>{ctx.t(message.key, message.values)}</Notice>;
}

/** The sign-in form. When she has not confirmed her address, a form to have the mail sent again. */
export function SignInPage(p: {
  ctx: ViewCtx;
  csrf: string;
  email: string;
  next: string | null;
  errors?: FieldErrors;
  message?: Message | null;
  unconfirmed?: boolean;
}) {
  const { ctx } = p;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.signIn.title")}>
      <PageHeader title={t("auth.signIn.title")} />
      <MessageLine ctx={ctx} message={p.message} />
      {p.unconfirmed ? (
        <form method="post" action={`/${locale}/confirm/resend`}>
          <Csrf token={p.csrf} />
          <input type="hidden" name="email" value={p.email} />
          <Submit label={t("auth.confirm.resend")} />
        </form>
      ) : null}
      <ErrorSummary ctx={ctx} errors={p.errors ?? {}} />
      <form method="post" action={`/${locale}/sign-in`} novalidate>
        <Csrf token={p.csrf} />
        {p.next ? <input type="hidden" name="next" value={p.next} /> : null}
        <Input
          ctx={ctx}
          name="email"
          type="email"
          label={t("auth.fields.email")}
          value={p.email}
          errors={p.errors}
          autocomplete="username"
          required
          maxLength={254}
        />
        <Input
          ctx={ctx}
          name="password"
          type="password"
          label={t("auth.fields.password")}
          errors={p.errors}
          autocomplete="current-password"
          required
        />
        <Submit label={t("auth.signIn.submit")} />
      </form>
      <ul class="list">
        <li>
          <a href={`/${locale}/password-reset`}>{t("auth.signIn.forgot")}</a>
        </li>
        <li>
          <a href={`/${locale}/sign-up`}>{t("auth.signIn.noAccount")}</a>
        </li>
      </ul>
    </Layout>
  );
}

/** The second step: a code from the authenticator app, or a recovery code. */
export function SecondFactorPage(p: {
  ctx: ViewCtx;
  csrf: string;
  next: string | null;
  errors?: FieldErrors;
  message?: Message | null;
}) {
  const { ctx } = p;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.totp.title")}>
      <PageHeader title={t("auth.totp.title")} sub={t("auth.totp.intro")} />
      <MessageLine ctx={ctx} message={p.message} />
      <ErrorSummary ctx={ctx} errors={p.errors ?? {}} />
      <form method="post" action={`/${locale}/sign-in/totp`} novalidate>
        <Csrf token={p.csrf} />
        {p.next ? <input type="hidden" name="next" value={p.next} /> : null}
        <Input
          ctx={ctx}
          name="code"
          label={t("auth.totp.code")}
          hint={t("auth.totp.codeHint")}
          errors={p.errors}
          autocomplete="one-time-code"
          required
          maxLength={40}
        />
        <Submit label={t("auth.totp.submit")} />
      </form>
    </Layout>
  );
}

/** Sign-out asks first: signing out changes state, so it is a POST. */
export function SignOutPage({ ctx, csrf, signedIn }: { ctx: ViewCtx; csrf: string; signedIn: boolean }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.signOut.title")}>
      <PageHeader title={t("auth.signOut.title")} />
      {signedIn ? (
        <form method="post" action={`/${locale}/sign-out`}>
          <Csrf token={csrf} />
          <p>{t("auth.signOut.question")}</p>
          <Submit label={t("auth.signOut.submit")} />
        </form>
      ) : (
        <p>
          {t("auth.signOut.notSignedIn")} <a href={`/${locale}/sign-in`}>{t("auth.signIn.title")}</a>
        </p>
      )}
    </Layout>
  );
}
