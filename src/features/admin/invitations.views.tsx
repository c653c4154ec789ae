import type { ViewCtx } from "../../http/context.ts";
import { ENDONYMS, LOCALES } from "../../i18n/locales.ts";
import { DateText, PageHeader } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { FieldErrors } from "../accounts/form.ts";
import { Csrf, ErrorSummary, Input, Select, Submit } from "../accounts/form.views.tsx";
import { type Message, MessageLine } from "../accounts/sign-in.views.tsx";
import type { GrantChoices, GrantInput } from "./grant-form.ts";
import { GrantFields } from "./grant-form.views.tsx";
import type { InvitationRow } from "./invitations.service.ts";

/** What the invitation form holds. */
export interface InviteForm extends GrantInput {
  email: string;
  locale: string;
}

/** The invitation form and the recent invitations. */
export function InvitationsPage(p: {
  ctx: ViewCtx;
  csrf: string;
  choices: GrantChoices;
  form: InviteForm;
  rows: InvitationRow[];
  errors?: FieldErrors;
  message?: Message | null;
}) {
  const { ctx } = p;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t("admin.invitations.title")}>
      <PageHeader title={t("admin.invitations.title")} sub={t("admin.invitations.intro")} />
      <MessageLine ctx={ctx} message={p.message} />
      <ErrorSummary ctx={ctx} errors={p.errors ?? {}} />
      <form method="post" action={`/${locale}/admin/invitations`} novalidate>
        <Csrf token={p.csrf} />
        <Input
          ctx={ctx}
          name="email"
          type="email"
          label={t("auth.fields.email")}
          value={p.form.email}
          errors={p.errors}
          required
          maxLength={254}
        />
        <GrantFields ctx={ctx} choices={p.choices} value={p.form} errors={p.errors} />
        <Select
          ctx={ctx}
          name="locale"
          label={t("admin.invitations.language")}
          value={p.form.locale}
          errors={p.errors}
          options={LOCALES.map((l) => ({ value: l, label: ENDONYMS[l] }))}
        />
        <Submit label={t("admin.invitations.send")} />
      </form>
      <h2>{t("admin.invitations.recent")}</h2>
      {p.rows.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("auth.fields.email")}</th>
              <th scope="col">{t("admin.grant.role")}</th>
              <th scope="col">{t("admin.invitations.sent")}</th>
              <th scope="col">{t("admin.invitations.status")}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr key={`${r.email}-${r.sentAt}`}>
                <td>{r.email}</td>
                <td>{r.role}</td>
                <td>
                  <DateText ctx={ctx} iso={r.sentAt} />
                </td>
                <td>
                  {r.accepted
                    ? t("admin.invitations.accepted")
                    : Date.parse(r.expiresAt) < Date.now()
                      ? t("admin.invitations.expired")
                      : t("admin.invitations.pending")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
