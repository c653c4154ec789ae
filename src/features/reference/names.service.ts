import type { Kysely } from "kysely";
import { type FieldMap, type Localized, loadTranslations, pick } from "../../db/translations.ts";
import type { DB, TranslatableEntity } from "../../db/types.ts";
import { countryName } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import { type OwnerTopicRow, publicEventsByIds } from "./reference.repo.ts";

/** A link to a person, organization or other record: its id, slug and name in the reader's language. */
export interface Ref {
  id: number;
  slug: string;
  name: Localized;
}

/** A country as lists, pages and filters show it: its code and its name in the reader's language. */
export interface CountryRef {
  code: string;
  name: string;
}

/** A link to a public event, with its date. */
export interface EventLink {
  slug: string;
  url: string;
  title: Localized;
  startsOn: string;
  approximate: boolean;
}

/** A text that is not a translation (a slug, a sort name): shown as is. */
export function plain(text: string, locale: Locale): Localized {
  return { text, lang: locale, fallback: false };
}

/** A country code with its name in the reader's language (see `countryName`); null for no country. */
export function countryRef(locale: Locale, code: string): CountryRef;
export function countryRef(locale: Locale, code: string | null | undefined): CountryRef | null;
export function countryRef(locale: Locale, code: string | null | undefined): CountryRef | null {
  return code ? { code, name: countryName(locale, code) } : null;
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

/** Topic names by topic id (the slug when no translation exists). */
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

/**
 * Named topics per owner from `topicsOf` rows: a lookup from an owner id to its topics
 * (slug and name in the reader's language), in taxonomy order.
 */
export async function topicsByOwner(
  db: Kysely<DB>,
  rows: readonly OwnerTopicRow[],
  locale: Locale,
): Promise<(ownerId: number) => { slug: string; name: Localized }[]> {
  const name = await topicNamer(
    db,
    rows.map((r) => r.id),
    locale,
  );
  const byOwner = new Map<number, { slug: string; name: Localized }[]>();
  for (const r of rows) {
    const list = byOwner.get(r.owner_id) ?? [];
    list.push({ slug: r.slug, name: name(r.id, r.slug) });
    byOwner.set(r.owner_id, list);
  }
  return (ownerId) => byOwner.get(ownerId) ?? [];
}

/** Links to the public events among the given ids, titled in the reader's language, by event id. */
export async function eventLinks(
  db: Kysely<DB>,
  locale: Locale,
  ids: readonly (number | null)[],
): Promise<Map<number, EventLink>> {
  const rows = await publicEventsByIds(db, ids);
  const title = await namer(
    db,
    "event",
    rows.map((r) => r.id),
    locale,
  );
  return new Map(
    rows.map((e) => [
      e.id,
      {
        slug: e.slug,
        url: `/${locale}/events/${e.slug}`,
        title: title(e.id, "title", e.slug) ?? plain(e.slug, locale),
        startsOn: e.starts_on,
        approximate: e.date_approximate === 1,
      },
    ]),
  );
}
