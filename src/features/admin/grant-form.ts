import type { Kysely } from "kysely";
import type { CurrentUser } from "../../auth/current-user.ts";
import { loadTranslations, pickOr } from "../../db/translations.ts";
import type { DB, RoleName } from "../../db/types.ts";
import { countryName } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/messages.ts";
import { type FieldErrors, int, line } from "../accounts/form.ts";
import { countryCodes } from "../accounts/profile.repo.ts";
import { type GrantScope, ROLES, roleName } from "../accounts/roles.ts";
import { allCalls, chairmanshipYears } from "./admin.repo.ts";

/** An option of a select. */
export interface Option {
  value: string;
  label: string;
}

/** What a grant form offers: the roles she may give, and the scopes. */
export interface GrantChoices {
  roles: Option[];
  countries: Option[];
  years: Option[];
  calls: Option[];
}

const isAdmin = (u: CurrentUser) => u.grants.some((g) => g.role === "admin");

/**
 * The choices of a grant (or invitation) form for this user: an admin may give any role for any year; a
 * secretariat in office may give member, focal point, reviewer, and secretariat for her own years.
 */
export async function grantChoices(
  db: Kysely<DB>,
  user: CurrentUser,
  t: Translate,
  locale: Locale,
): Promise<GrantChoices> {
  const admin = isAdmin(user);
  const ownYears = user.grants
    .filter((g) => g.role === "secretariat" && g.active && g.year !== null)
    .map((g) => g.year as number);
  const roles: RoleName[] = admin
    ? [...ROLES]
    : ["member", "focal_point", "reviewer", ...(ownYears.length ? (["secretariat"] as const) : [])];
  const [codes, years, calls] = await Promise.all([countryCodes(db), chairmanshipYears(db), allCalls(db)]);
  const titles = await loadTranslations(
    db,
    "call",
    calls.map((c) => c.id),
  );
  return {
    roles: roles.map((r) => ({ value: r, label: roleName(t, r) })),
    countries: codes.map((c) => ({ value: c, label: countryName(locale, c) })),
    years: years
      .filter((y) => admin || ownYears.includes(y))
      .map((y) => ({ value: String(y), label: String(y) })),
    calls: calls.map((c) => ({
      value: String(c.id),
      label: pickOr(titles.get(c.id), "title", locale, c.slug).text,
    })),
  };
}

/** A grant as typed into a form (strings kept for re-display). */
export interface GrantInput {
  role: string;
  country: string;
  year: string;
  call: string;
}

/** Reads the grant fields of a form. */
export function readGrant(body: Record<string, unknown>): GrantInput {
  return {
    role: line(body, "role"),
    country: line(body, "country").toUpperCase(),
    year: line(body, "year"),
    call: line(body, "call"),
  };
}

/**
 * Checks a grant against the known roles and scopes (which scope each role needs). Returns the grant or the
 * errors. Whether this user may give it is the policy's question, asked by the caller.
 */
export function parseGrant(
  g: GrantInput,
  c: GrantChoices,
  allRoles: readonly RoleName[] = ROLES,
): { grant: GrantScope } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const role = allRoles.find((r) => r === g.role);
  if (!role) return { errors: { role: "admin.grant.roleRequired" } };
  let country: string | null = null;
  let year: number | null = null;
  let callId: number | null = null;
  if (role === "focal_point") {
    if (!c.countries.some((o) => o.value === g.country)) errors.country = "admin.grant.countryRequired";
    else country = g.country;
  }
  if (role === "secretariat") {
    const y = int({ y: g.year }, "y");
    if (y === null || !/^\d{4}$/.test(g.year)) errors.year = "admin.grant.yearRequired";
    else year = y;
  }
  if (role === "reviewer" && g.call !== "") {
    if (!c.calls.some((o) => o.value === g.call)) errors.call = "accounts.form.invalidChoice";
    else callId = Number(g.call);
  }
  if (Object.keys(errors).length) return { errors };
  return { grant: { role, country, year, callId } };
}
