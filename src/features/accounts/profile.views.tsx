import type { ViewCtx } from "../../http/context.ts";
import { PageHeader } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { FieldErrors } from "./form.ts";
import { Checkbox, Csrf, ErrorSummary, Input, Select, Submit, TextArea } from "./form.views.tsx";
import type { ProfileView } from "./profile.service.ts";
import { type Message, MessageLine } from "./sign-in.views.tsx";

/** Her public profile form: names in English and Russian, country, topics, a short bio, and the opt-in. */
export function ProfilePage(p: {
  ctx: ViewCtx;
  csrf: string;
  view: ProfileView;
  errors?: FieldErrors;
  message?: Message | null;
}) {
  const { ctx, view } = p;
  const { t, locale } = ctx;
  const f = view.form;
  return (
    <Layout ctx={ctx} title={t("accounts.profile.title")}>
      <PageHeader title={t("accounts.profile.title")} sub={t("accounts.profile.intro")} />
      <MessageLine ctx={ctx} message={p.message} />
      <p role="status">
        {view.publicPath ? (
          <>
            {t("accounts.profile.isPublic")} <a href={view.publicPath}>{t("accounts.profile.view")}</a>
          </>
        ) : (
          t("accounts.profile.isPrivate")
        )}
      </p>
      <ErrorSummary ctx={ctx} errors={p.errors ?? {}} />
      <form method="post" action={`/${locale}/account/profile`} novalidate>
        <Csrf token={p.csrf} />
        <input type="hidden" name="person_id" value={view.personId === null ? "" : String(view.personId)} />
        <Input
          ctx={ctx}
          name="name_en"
          label={t("accounts.profile.nameEn")}
          value={f.nameEn}
          errors={p.errors}
          maxLength={200}
        />
        <Input
          ctx={ctx}
          name="name_ru"
          label={t("accounts.profile.nameRu")}
          value={f.nameRu}
          errors={p.errors}
          maxLength={200}
        />
        <Select
          ctx={ctx}
          name="country"
          label={t("accounts.profile.country")}
          value={f.country}
          errors={p.errors}
          options={[{ value: "", label: t("accounts.profile.noCountry") }, ...view.options.countries]}
        />
        <fieldset aria-describedby={p.errors?.topics ? "f-topics-error" : undefined}>
          <legend>{t("accounts.profile.topics")}</legend>
          {view.options.topics.map((o) => (
            <Checkbox
              key={o.value}
              name="topics"
              value={o.value}
              label={o.label}
              checked={f.topics.includes(o.value)}
            />
          ))}
          {p.errors?.topics ? (
            <strong id="f-topics-error" class="state-cancelled">
              {t(p.errors.topics)}
            </strong>
          ) : null}
        </fieldset>
        <TextArea
          ctx={ctx}
          name="bio_en"
          lang="en"
          label={t("accounts.profile.bioEn")}
          value={f.bioEn}
          errors={p.errors}
          maxLength={2000}
        />
        <TextArea
          ctx={ctx}
          name="bio_ru"
          lang="ru"
          label={t("accounts.profile.bioRu")}
          value={f.bioRu}
          errors={p.errors}
          maxLength={2000}
        />
        <Checkbox name="is_public" label={t("accounts.profile.makePublic")} checked={f.isPublic} />
        <p class="meta">{t("accounts.profile.emailNever")}</p>
        <Submit label={t("accounts.profile.save")} />
      </form>
      <p>
        <a href={`/${locale}/account`}>{t("accounts.account.back")}</a>
      </p>
    </Layout>
  );
}
