import type { Kysely } from "kysely";
import type { DB } from "../../db/types.ts";
import { offsetOf, type Page, type PageQuery } from "../../http/list.ts";
import { countryName } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/messages.ts";
import { type CountryRef, countryRef, topicNamer } from "./names.service.ts";
import { listCountries, listTopics, memberCountryCodes } from "./reference.repo.ts";

/** A country in the reader's language. */
export interface CountryItem {
  id: number;
  code: string;
  name: string;
  isMember: boolean;
}

/** A topic of the priority taxonomy in the reader's language. */
export interface TopicItem {
  id: number;
  slug: string;
  name: string;
}

/**
 * A country's or region's name for a reader: countries from ICU's region names, regions
 * (e.g. `ECA`) from the `reference.region.*` messages, else the code itself.
 */
export function areaName(
  locale: Locale,
  t: Translate,
  country: string | null,
  region: string | null,
): string {
  if (country) return countryName(locale, country);
  if (!region) return "";
  const key = `reference.region.${region}`;
  const name = t(key);
  return name === key ? region : name;
}

/** One page of countries, named in the reader's language. */
export async function countriesPage(
  db: Kysely<DB>,
  locale: Locale,
  q: PageQuery & { member?: boolean },
): Promise<Page<CountryItem>> {
  const { rows, total } = await listCountries(db, {
    limit: q.pageSize,
    offset: offsetOf(q),
    member: q.member,
  });
  const items = rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: countryName(locale, r.code),
    isMember: r.is_member === 1,
  }));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** The member countries in their fixed order, named in the reader's language (the choices of country filters). */
export async function memberCountries(db: Kysely<DB>, locale: Locale): Promise<CountryRef[]> {
  const codes = await memberCountryCodes(db);
  return codes.map((code) => countryRef(locale, code));
}

/** One page of topics. */
export async function topicsPage(db: Kysely<DB>, locale: Locale, q: PageQuery): Promise<Page<TopicItem>> {
  const { rows, total } = await listTopics(db, { limit: q.pageSize, offset: offsetOf(q) });
  const name = await topicNamer(
    db,
    rows.map((r) => r.id),
    locale,
  );
  const items = rows.map((r) => ({ id: r.id, slug: r.slug, name: name(r.id, r.slug).text }));
  return { items, total, page: q.page, pageSize: q.pageSize };
}
