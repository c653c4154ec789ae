import type { ViewCtx } from "../../http/context.ts";
import type { FieldErrors } from "../accounts/form.ts";
import { Select } from "../accounts/form.views.tsx";
import type { GrantChoices, GrantInput } from "./grant-form.ts";

/** The role and its scope: country (focal point), year (secretariat), call (reviewer). */
export function GrantFields({
  ctx,
  choices,
  value,
  errors,
}: {
  ctx: ViewCtx;
  choices: GrantChoices;
  value: GrantInput;
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  const none = { value: "", label: t("admin.grant.none") };
  return (
    <>
      <Select
        ctx={ctx}
        name="role"
        label={t("admin.grant.role")}
        value={value.role}
        errors={errors}
        required
        options={choices.roles}
      />
      <Select
        ctx={ctx}
        name="country"
        label={t("admin.grant.country")}
        hint={t("admin.grant.countryHint")}
        value={value.country}
        errors={errors}
        options={[none, ...choices.countries]}
      />
      <Select
        ctx={ctx}
        name="year"
        label={t("admin.grant.year")}
        hint={t("admin.grant.yearHint")}
        value={value.year}
        errors={errors}
        options={[none, ...choices.years]}
      />
      <Select
        ctx={ctx}
        name="call"
        label={t("admin.grant.call")}
        hint={t("admin.grant.callHint")}
        value={value.call}
        errors={errors}
        options={[none, ...choices.calls]}
      />
    </>
  );
}
