import type { ViewCtx } from "../../http/context.ts";
import { ENDONYMS, LOCALES } from "../../i18n/locales.ts";
import { PageHeader } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { FieldErrors } from "./form.ts";
import { Csrf, ErrorSummary, Input, Select, Submit } from "./form.views.tsx";
import { type Message, MessageLine } from "./sign-in.views.tsx";

/** Her account as the page shows it. */
export interface AccountView {
  name: string;
  email: string;
  locale: string;
  roles: string[];
  totpEnabled: boolean;
  hasProfile: boolean;
}

/** Her account page: who she is, her roles in words, links to her profile and security, her settings. */
export function AccountPage(p: {
  ctx: ViewCtx;
  csrf: string;
  account: AccountView;
  form: { name: string; locale: string };
  errors?: FieldErrors;
  message?: Message | null;
}) {
  const { ctx, account: a } = p;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t("accounts.account.title")}>
      <PageHeader title={t("accounts.account.title")} />
      <MessageLine ctx={ctx} message={p.message} />
      <dl>
        <dt>{t("auth.fields.name")}</dt>
        <dd>{a.name}</dd>
        <dt>{t("auth.fields.email")}</dt>
        <dd>{a.email}</dd>
        <dt>{t("accounts.account.language")}</dt>
        <dd>{ENDONYMS[a.locale as keyof typeof ENDONYMS] ?? a.locale}</dd>
        <dt>{t("accounts.account.roles")}</dt>
        <dd>
          <ul class="chips">
            {a.roles.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </dd>
        <dt>{t("accounts.security.totpTitle")}</dt>
        <dd>{a.totpEnabled ? t("accounts.account.totpOn") : t("accounts.account.totpOff")}</dd>
      </dl>
      <ul class="list">
        <li>
          <a href={`/${locale}/account/profile`}>
            {a.hasProfile ? t("accounts.account.editProfile") : t("accounts.account.createProfile")}
          </a>
        </li>
        <li>
          <a href={`/${locale}/account/security`}>{t("accounts.security.title")}</a>
        </li>
        <li>
          <a href={`/${locale}/sign-out`}>{t("auth.signOut.title")}</a>
        </li>
      </ul>
      <h2>{t("accounts.account.settings")}</h2>
      <ErrorSummary ctx={ctx} errors={p.errors ?? {}} />
      <form method="post" action={`/${locale}/account`} novalidate>
        <Csrf token={p.csrf} />
        <Input
          ctx={ctx}
          name="name"
          label={t("auth.fields.name")}
          value={p.form.name}
          errors={p.errors}
          autocomplete="name"
          required
          maxLength={200}
        />
        <Select
          ctx={ctx}
          name="locale"
          label={t("accounts.account.language")}
          hint={t("accounts.account.languageHint")}
          value={p.form.locale}
          errors={p.errors}
          options={LOCALES.map((l) => ({ value: l, label: ENDONYMS[l] }))}
        />
        <Submit label={t("accounts.account.save")} />
      </form>
    </Layout>
  );
}
