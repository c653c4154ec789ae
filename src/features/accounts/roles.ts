import type { Grant } from "../../auth/current-user.ts";
import type { RoleName } from "../../db/types.ts";
import { countryName } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/messages.ts";

/** Every role, in the order lists show them. */
export const ROLES: readonly RoleName[] = ["member", "focal_point", "secretariat", "reviewer", "admin"];

/** A grant's scope, as stored. */
export interface GrantScope {
  role: RoleName;
  country: string | null;
  year: number | null;
  callId: number | null;
}

/** The name of a role alone ("Focal point"). */
export function roleName(t: Translate, role: RoleName): string {
  return t(`accounts.roles.${role}`);
}

/** A role with its scope, in words: "Focal point for Kazakhstan", "Secretariat of 2023". */
export function describeGrant(t: Translate, locale: Locale, g: GrantScope | Grant): string {
  if (g.role === "focal_point" && g.country) {
    return t("accounts.roles.focalPointOf", { country: countryName(locale, g.country) });
  }
  if (g.role === "secretariat" && g.year !== null) {
    return t("accounts.roles.secretariatOf", { year: String(g.year) });
  }
  if (g.role === "reviewer" && g.callId !== null) {
    return t("accounts.roles.reviewerOf", { call: String(g.callId) });
  }
  return roleName(t, g.role);
}
