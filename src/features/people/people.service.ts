import type { Kysely } from "kysely";
import { countEveryTime, type TotalOf } from "../../cache/totals.ts";
import type { Localized } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { offsetOf, type Page, type PageQuery } from "../../http/list.ts";
import type { Locale } from "../../i18n/locales.ts";
import { type CountryRef, countryRef, namer, personNamer, topicNamer } from "../reference/names.service.ts";
import { allTopics } from "../reference/reference.repo.ts";
import { memberCountries } from "../reference/reference.service.ts";
import * as repo from "./people.repo.ts";
import { currentOf } from "./person.service.ts";

/** One entry of the people list. */
export interface PersonSummary {
  id: number;
  slug: string;
  name: Localized;
  country: CountryRef | null;
  /** Titles of the current positions (or of the latest one). */
  titles: Localized[];
}

/** The people list filters, normalized (blank → absent). */
export interface PeopleListQuery extends PageQuery {
  country?: string;
  topic?: string;
  organization?: string;
}

/** The choices of the people list's filters. */
export interface PeopleFilterOptions {
  countries: CountryRef[];
  topics: { slug: string; name: Localized }[];
}

/** One page of public people in the reader's language. */
export async function listPeople(
  db: Kysely<DB>,
  locale: Locale,
  q: PeopleListQuery,
  totalOf: TotalOf = countEveryTime,
): Promise<Page<PersonSummary>> {
  const filter = { country: q.country, topic: q.topic, organization: q.organization };
  const { rows, total } = await repo.listPeople(db, filter, locale, q.pageSize, offsetOf(q), totalOf);
  const ids = rows.map((r) => r.id);
  const positions = await repo.positionsOf(db, ids);
  const [name, title] = await Promise.all([
    personNamer(db, ids, locale),
    namer(
      db,
      "position",
      positions.map((p) => p.id),
      locale,
    ),
  ]);
  const items = rows.map(
    (r): PersonSummary => ({
      id: r.id,
      slug: r.slug,
      name: name(r.id, r.sort_name),
      country: countryRef(locale, r.country_code),
      titles: currentOf(positions.filter((p) => p.person_id === r.id)).flatMap(
        (p) => title(p.id, "title") ?? [],
      ),
    }),
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** The choices of the people list's filters: the member countries and every topic. */
export async function peopleFilterOptions(db: Kysely<DB>, locale: Locale): Promise<PeopleFilterOptions> {
  const [countries, topics] = await Promise.all([memberCountries(db, locale), allTopics(db)]);
  const name = await topicNamer(
    db,
    topics.map((t) => t.id),
    locale,
  );
  return { countries, topics: topics.map((t) => ({ slug: t.slug, name: name(t.id, t.slug) })) };
}
