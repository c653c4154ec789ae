import type { Kysely } from "kysely";
import { loadTranslations, pick } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { countryName } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";

/** A country as lists and filters show it. */
export interface CountryRef {
  code: string;
  name: string;
}

/**
 * Country names in the reader's language for the given codes: ICU's name, unless a `country`
 * translation overrides it (e.g. ru KG "Кыргызстан"). One query for the ids, one for the overrides.
 */
export async function countryNames(
  db: Kysely<DB>,
  codes: readonly (string | null | undefined)[],
  locale: Locale,
): Promise<Map<string, string>> {
  const unique = [...new Set(codes.filter((c): c is string => typeof c === "string" && c !== ""))];
  const out = new Map<string, string>(unique.map((c) => [c, countryName(locale, c)]));
  if (unique.length === 0) return out;
  const rows = await db.selectFrom("countries").select(["id", "code"]).where("code", "in", unique).execute();
  const fields = await loadTranslations(
    db,
    "country",
    rows.map((r) => r.id),
  );
  for (const r of rows) {
    const name = pick(fields.get(r.id), "name", locale);
    if (name && !name.fallback) out.set(r.code, name.text);
  }
  return out;
}

/** The member countries in their fixed order, named in the reader's language. */
export async function memberCountries(db: Kysely<DB>, locale: Locale): Promise<CountryRef[]> {
  const rows = await db
    .selectFrom("countries")
    .select("code")
    .where("is_member", "=", 1)
    .orderBy("sort_order")
    .orderBy("code")
    .execute();
  const names = await countryNames(
    db,
    rows.map((r) => r.code),
    locale,
  );
  return rows.map((r) => ({ code: r.code, name: names.get(r.code) ?? r.code }));
}

/** A country reference for a code, or null. */
export function countryRef(names: Map<string, string>, code: string | null): CountryRef | null {
  if (!code) return null;
  return { code, name: names.get(code) ?? code };
}
