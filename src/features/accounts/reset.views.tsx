import type { ViewCtx } from "../../http/context.ts";
import { PageHeader } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { FieldErrors } from "./form.ts";
import { Csrf, ErrorSummary, Input, Submit } from "./form.views.tsx";
import { type Message, MessageLine } from "./sign-in.views.tsx";
import { NewPasswordFields } from "./sign-up.views.tsx";

/** Asks for the address to send a reset link to. */
export function ResetRequestPage(p: {
  ctx: ViewCtx;
  csrf: string;
  email: string;
  errors?: FieldErrors;
  message?: Message | null;
}) {
  const { ctx } = p;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.reset.title")}>
      <PageHeader title={t("auth.reset.title")} sub={t("auth.reset.intro")} />
      <MessageLine ctx={ctx} message={p.message} />
      <ErrorSummary ctx={ctx} errors={p.errors ?? {}} />
      <form method="post" action={`/${locale}/password-reset`} novalidate>
        <Csrf token={p.csrf} />
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
        <Submit label={t("auth.reset.submit")} />
      </form>
    </Layout>
  );
}

/** Sets a new password (from a reset, setup or invitation link; `action` is where the form posts). */
export function SetPasswordPage(p: {
  ctx: ViewCtx;
  csrf: string;
  action: string;
  title: string;
  intro?: string;
  email?: string;
  name?: { value: string } | null;
  errors?: FieldErrors;
}) {
  const { ctx } = p;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={p.title}>
      <PageHeader title={p.title} sub={p.intro} />
      <ErrorSummary ctx={ctx} errors={p.errors ?? {}} />
      <form method="post" action={p.action} novalidate>
        <Csrf token={p.csrf} />
        {p.email ? (
          <p>
            {t("auth.fields.email")}: <strong>{p.email}</strong>
          </p>
        ) : null}
        {p.name ? (
          <Input
            ctx={ctx}
            name="name"
            label={t("auth.fields.name")}
            value={p.name.value}
            errors={p.errors}
            autocomplete="name"
            required
            maxLength={200}
          />
        ) : null}
        <NewPasswordFields ctx={ctx} errors={p.errors} />
        <Submit label={t("auth.reset.save")} />
      </form>
    </Layout>
  );
}
