import type { ViewCtx } from "../../http/context.ts";
import { PageHeader } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { FieldErrors } from "./form.ts";
import { Csrf, ErrorSummary, Input, Submit } from "./form.views.tsx";
import { type Message, MessageLine } from "./sign-in.views.tsx";

/** The password pair of every form that sets one. */
export function NewPasswordFields({ ctx, errors }: { ctx: ViewCtx; errors?: FieldErrors }) {
  const { t } = ctx;
  return (
    <>
      <Input
        ctx={ctx}
        name="password"
        type="password"
        label={t("auth.fields.newPassword")}
        hint={t("auth.password.hint")}
        errors={errors}
        autocomplete="new-password"
        required
      />
      <Input
        ctx={ctx}
        name="password2"
        type="password"
        label={t("auth.fields.newPassword2")}
        errors={errors}
        autocomplete="new-password"
        required
      />
    </>
  );
}

/** The member sign-up form; name and e-mail are kept when it comes back with errors. */
export function SignUpPage(p: {
  ctx: ViewCtx;
  csrf: string;
  name: string;
  email: string;
  errors?: FieldErrors;
  message?: Message | null;
}) {
  const { ctx } = p;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.signUp.title")}>
      <PageHeader title={t("auth.signUp.title")} sub={t("auth.signUp.intro")} />
      <MessageLine ctx={ctx} message={p.message} />
      <ErrorSummary ctx={ctx} errors={p.errors ?? {}} />
      <form method="post" action={`/${locale}/sign-up`} novalidate>
        <Csrf token={p.csrf} />
        <Input
          ctx={ctx}
          name="name"
          label={t("auth.fields.name")}
          value={p.name}
          errors={p.errors}
          autocomplete="name"
          required
          maxLength={200}
        />
        <Input
          ctx={ctx}
          name="email"
          type="email"
          label={t("auth.fields.email")}
          value={p.email}
          errors={p.errors}
          autocomplete="email"
          required
          maxLength={254}
        />
        <NewPasswordFields ctx={ctx} errors={p.errors} />
        <Submit label={t("auth.signUp.submit")} />
      </form>
      <p>
        <a href={`/${locale}/sign-in`}>{t("auth.signUp.haveAccount")}</a>
      </p>
    </Layout>
  );
}

/** "Check your mail": the same answer whatever happened. */
export function MailSentPage({
  ctx,
  titleKey,
  textKey,
}: {
  ctx: ViewCtx;
  titleKey: string;
  textKey: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(titleKey)}>
      <PageHeader title={t(titleKey)} />
      <p role="status">{t(textKey)}</p>
      <p>
        <a href={`/${ctx.locale}/sign-in`}>{t("auth.signIn.title")}</a>
      </p>
    </Layout>
  );
}

/** A link that is unknown, used or expired. */
export function DeadLinkPage({ ctx, again }: { ctx: ViewCtx; again?: { href: string; label: string } }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.link.deadTitle")}>
      <PageHeader title={t("auth.link.deadTitle")} />
      <p role="alert">{t("auth.link.dead")}</p>
      {again ? (
        <p>
          <a href={again.href}>{again.label}</a>
        </p>
      ) : null}
    </Layout>
  );
}

/** The confirmation link opens this page; the button confirms (nothing changes on GET). */
export function ConfirmPage({ ctx, csrf, token }: { ctx: ViewCtx; csrf: string; token: string }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.confirm.title")}>
      <PageHeader title={t("auth.confirm.title")} />
      <form method="post" action={`/${locale}/confirm`}>
        <Csrf token={csrf} />
        <input type="hidden" name="token" value={token} />
        <p>{t("auth.confirm.intro")}</p>
        <Submit label={t("auth.confirm.submit")} />
      </form>
    </Layout>
  );
}
