import type { Kysely } from "kysely";
import { countEveryTime, type TotalOf } from "../../cache/totals.ts";
import type { Localized } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import type { Page, PageQuery } from "../../http/list.ts";
import type { Locale } from "../../i18n/locales.ts";
import { type CountryRef, countryRef, namer, plain } from "../reference/names.service.ts";
import { memberCountries } from "../reference/reference.service.ts";
import { countEvents, type EventRow, eventYears, listEvents } from "./events.repo.ts";
import type { EventFilters, EventItem } from "./events.schema.ts";

/** An event as a card in a list shows it. */
export interface EventCard {
  id: number;
  slug: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  approximate: boolean;
  online: boolean;
  title: Localized;
  city: Localized | undefined;
  country: CountryRef | null;
  chairmanshipYear: number | null;
}

/** Turns event rows into cards: titles, cities and country names in the reader's language. */
export async function toEventCards(db: Kysely<DB>, rows: EventRow[], locale: Locale): Promise<EventCard[]> {
  const text = await namer(
    db,
    "event",
    rows.map((r) => r.id),
    locale,
  );
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    kind: r.kind,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    approximate: r.date_approximate === 1,
    online: r.is_online === 1,
    title: text(r.id, "title") ?? plain(r.slug, locale),
    city: text(r.id, "city"),
    country: countryRef(locale, r.country_code),
    chairmanshipYear: r.chairmanship_year,
  }));
}

/** One page of event cards, newest first; the total through `totalOf` (kept between writes by public routes). */
export async function eventsPage(
  db: Kysely<DB>,
  locale: Locale,
  f: EventFilters,
  q: PageQuery,
  totalOf: TotalOf = countEveryTime,
): Promise<Page<EventCard>> {
  const [rows, total] = await Promise.all([
    listEvents(db, f, q),
    totalOf("events", () => countEvents(db, f)),
  ]);
  return { items: await toEventCards(db, rows, locale), total, page: q.page, pageSize: q.pageSize };
}

/** The choices of the filter form: years public events happened in (newest first) and the member countries. */
export async function eventFilterChoices(
  db: Kysely<DB>,
  locale: Locale,
): Promise<{ years: readonly number[]; countries: CountryRef[] }> {
  const [years, countries] = await Promise.all([eventYears(db), memberCountries(db, locale)]);
  return { years, countries };
}

/** The public HTML address of an event. */
export function eventUrl(locale: Locale, slug: string): string {
  return `/${locale}/events/${slug}`;
}

/** An event card as an API list item (plain strings in the request locale). */
export function toEventItem(e: EventCard, locale: Locale): EventItem {
  return {
    id: e.id,
    url: eventUrl(locale, e.slug),
    slug: e.slug,
    title: e.title.text,
    kind: e.kind,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    dateApproximate: e.approximate,
    isOnline: e.online,
    city: e.city?.text ?? null,
    country: e.country?.code ?? null,
    countryName: e.country?.name ?? null,
    chairmanshipYear: e.chairmanshipYear,
  };
}
