import type { Kysely } from "kysely";
import { type FieldMap, type Localized, loadTranslations, pick } from "../../db/translations.ts";
import type { DB, TranslatableEntity } from "../../db/types.ts";
import { countryName } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import { countriesByCode } from "./events.repo.ts";

/** A link to a person, organization or other record: its id, slug and name in the reader's language. */
export interface Ref {
  id: number;
  slug: string;
  name: Localized;
}

/** A text that is not a translation (a slug, a sort name): shown as is. */
export function plain(text: string, locale: Locale): Localized {
  return { text, lang: locale, fallback: false };
}

/** Country names in the reader's language: ICU names, overridden by a `country` translation in that locale. */
export async function countryNames(
  db: Kysely<DB>,
  codes: readonly string[],
  locale: Locale,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const code of codes) out.set(code, countryName(locale, code));
  const rows = await countriesByCode(db, codes);
  const tr = await loadTranslations(
    db,
    "country",
    rows.map((r) => r.id),
  );
  for (const r of rows) {
    const override = tr.get(r.id)?.name?.[locale];
    if (override) out.set(r.code, override);
  }
  return out;
}

/**
 * Loads one translatable field for many entities and returns a lookup that picks it in the
 * reader's locale, with a fallback text when no locale has it.
 */
export async function namer(
  db: Kysely<DB>,
  entity: TranslatableEntity,
  ids: readonly number[],
  locale: Locale,
): Promise<(id: number, field: string, fallback?: string) => Localized | undefined> {
  const tr: Map<number, FieldMap> = await loadTranslations(db, entity, ids);
  return (id, field, fallback) =>
    pick(tr.get(id), field, locale) ?? (fallback !== undefined ? plain(fallback, locale) : undefined);
}

/** Topic names by topic id. */
export async function topicNamer(db: Kysely<DB>, ids: readonly number[], locale: Locale) {
  const name = await namer(db, "topic", ids, locale);
  return (id: number, slug: string): Localized => name(id, "name", slug) ?? plain(slug, locale);
}

/** Person names by person id (the sort name when no translation exists). */
export async function personNamer(db: Kysely<DB>, ids: readonly number[], locale: Locale) {
  const name = await namer(db, "person", ids, locale);
  return (id: number, sortName: string): Localized => name(id, "name", sortName) ?? plain(sortName, locale);
}

/** Organization names by organization id (the short name when there is no full name, then the slug). */
export async function organizationNamer(db: Kysely<DB>, ids: readonly number[], locale: Locale) {
  const name = await namer(db, "organization", ids, locale);
  const full = (id: number, slug: string): Localized =>
    name(id, "name") ?? name(id, "short_name") ?? plain(slug, locale);
  /** The short name ("Majilis"), when there is one. */
  full.short = (id: number): Localized | undefined => name(id, "short_name");
  return full;
}
