import type { Kysely } from "kysely";
import type { Localized } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { NotFoundError } from "../../errors.ts";
import type { Page, PageQuery } from "../../http/list.ts";
import type { Locale } from "../../i18n/locales.ts";
import { eventsOfChairmanships, eventsWithoutChairmanship } from "../events/events.repo.ts";
import { type EventCard, toEventCards } from "../events/events.service.ts";
import {
  type CountryRef,
  countryRef,
  namer,
  personNamer,
  plain,
  type Ref,
  topicNamer,
} from "../reference/names.service.ts";
import * as repo from "./chairmanships.repo.ts";
import type { ChairmanshipFilters } from "./chairmanships.schema.ts";

/** A chairmanship as the timeline shows it. */
export interface ChairCard {
  id: number;
  year: number;
  country: CountryRef;
  theme: Localized | undefined;
  chair: Ref | null;
  startsOn: string | null;
  endsOn: string | null;
  priorities: { slug: string; name: Localized }[];
  events: EventCard[];
}

/** One entry of the timeline: a chairmanship, or an event outside any chairmanship (the launch). */
export type TimelineEntry = { type: "chairmanship"; chair: ChairCard } | { type: "event"; event: EventCard };

/** Chairmanship rows as cards: names, theme, priorities and events in the reader's language. */
export async function toChairCards(
  db: Kysely<DB>,
  rows: repo.ChairRow[],
  locale: Locale,
): Promise<ChairCard[]> {
  const ids = rows.map((r) => r.id);
  const [topicRows, eventRows] = await Promise.all([
    repo.chairmanshipTopics(db, ids),
    eventsOfChairmanships(db, ids),
  ]);
  const [text, person, topic, events] = await Promise.all([
    namer(db, "chairmanship", ids, locale),
    personNamer(
      db,
      rows.flatMap((r) => (r.person_id ? [r.person_id] : [])),
      locale,
    ),
    topicNamer(
      db,
      topicRows.map((t) => t.id),
      locale,
    ),
    toEventCards(db, eventRows, locale),
  ]);
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    country: countryRef(locale, r.country_code),
    theme: text(r.id, "theme"),
    chair:
      r.person_id && r.person_slug
        ? {
            id: r.person_id,
            slug: r.person_slug,
            name: person(r.person_id, r.person_sort_name ?? r.person_slug),
          }
        : null,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    priorities: topicRows
      .filter((t) => t.chairmanship_id === r.id)
      .map((t) => ({ slug: t.slug, name: topic(t.id, t.slug) })),
    events: events.filter((e) => e.chairmanshipYear === r.year),
  }));
}

/** One page of chairmanship cards, in chronological order. */
export async function chairmanshipsPage(
  db: Kysely<DB>,
  locale: Locale,
  f: ChairmanshipFilters,
  q: PageQuery,
): Promise<Page<ChairCard>> {
  const { rows, total } = await repo.listChairmanships(db, f, q);
  return { items: await toChairCards(db, rows, locale), total, page: q.page, pageSize: q.pageSize };
}

/**
 * The timeline page: a page of chairmanships, with the events that belong to no chairmanship
 * (the launch in 2020) placed where their date falls among them.
 */
export async function timeline(
  db: Kysely<DB>,
  locale: Locale,
  f: ChairmanshipFilters,
  q: PageQuery,
): Promise<{ page: Page<ChairCard>; entries: TimelineEntry[] }> {
  const [page, keys, looseRows] = await Promise.all([
    chairmanshipsPage(db, locale, f, q),
    repo.chairmanshipKeys(db, f),
    eventsWithoutChairmanship(db),
  ]);
  // An event belongs on the page of the last chairmanship that began before it (page 1 if none).
  const pageOf = (date: string) => {
    const before = keys.filter((k) => k <= date).length;
    return Math.max(1, Math.ceil(before / q.pageSize));
  };
  const looseHere = looseRows.filter(
    (e) => (f.country === undefined || e.country_code === f.country) && pageOf(e.starts_on) === q.page,
  );
  const events = await toEventCards(db, looseHere, locale);
  const keyOf = (c: ChairCard) => c.startsOn ?? `${c.year}-01-01`;
  const entries: (TimelineEntry & { key: string })[] = [
    ...page.items.map((chair) => ({ type: "chairmanship" as const, chair, key: keyOf(chair) })),
    ...events.map((event) => ({ type: "event" as const, event, key: event.startsOn })),
  ];
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { page, entries: entries.map(({ key: _k, ...e }) => e) };
}

/** Everything the chairmanship page shows. */
export interface ChairView extends ChairCard {
  handoverNotes: Localized | undefined;
  plan: { title: Localized | undefined; itemCount: number } | null;
  news: { id: number; slug: string; title: Localized; publishedOn: string }[];
  documents: { id: number; slug: string; kind: string; title: Localized }[];
  previousYear: number | null;
  nextYear: number | null;
}

/** Loads one public chairmanship with its events, plan, news and documents; 404 when there is none. */
export async function chairmanshipView(db: Kysely<DB>, year: number, locale: Locale): Promise<ChairView> {
  const row = await repo.findChairmanship(db, year);
  if (!row) throw new NotFoundError("chairmanship");
  const [[card], plan, around] = await Promise.all([
    toChairCards(db, [row], locale),
    repo.chairmanshipPlan(db, row.id),
    repo.neighbourYears(db, year),
  ]);
  if (!card) throw new NotFoundError("chairmanship");
  const eventIds = card.events.map((e) => e.id);
  const [newsRows, docRows] = await Promise.all([
    repo.chairmanshipNews(db, row.id, eventIds),
    repo.chairmanshipDocuments(db, row.id, plan?.id, eventIds),
  ]);
  const [chairText, planText, newsText, docText] = await Promise.all([
    namer(db, "chairmanship", [row.id], locale),
    namer(db, "plan", plan ? [plan.id] : [], locale),
    namer(
      db,
      "news",
      newsRows.map((n) => n.id),
      locale,
    ),
    namer(
      db,
      "document",
      docRows.map((d) => d.id),
      locale,
    ),
  ]);
  return {
    ...card,
    handoverNotes: chairText(row.id, "handover_notes"),
    plan: plan ? { title: planText(plan.id, "title"), itemCount: plan.itemCount } : null,
    news: newsRows.map((n) => ({
      id: n.id,
      slug: n.slug,
      publishedOn: n.published_on,
      title: newsText(n.id, "title") ?? plain(n.slug, locale),
    })),
    documents: docRows.map((d) => ({
      id: d.id,
      slug: d.slug,
      kind: d.kind,
      title: docText(d.id, "title") ?? plain(d.slug, locale),
    })),
    previousYear: around.previous,
    nextYear: around.next,
  };
}
