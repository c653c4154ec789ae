import type { Kysely } from "kysely";
import { type FieldMap, type LocaleMap, loadTranslations } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { combineLocales, type DocSource, joinLocales, textsOf } from "./search.types.ts";

/**
 * What the index is built from: for a batch of ids of one kind, the public ones with their texts in every
 * locale and their facet values. Rows that are not public (draft, deleted, a private person, a statement
 * of an unpublished event…) are left out, so the indexer drops them from the index.
 */

type TopicTable =
  | "person_topics"
  | "event_topics"
  | "statement_topics"
  | "plan_item_topics"
  | "project_topics";

/** The topic slugs of many owners: Map<ownerId, slug[]>. */
export async function topicsOf(
  db: Kysely<DB>,
  table: TopicTable,
  ids: readonly number[],
): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom(`${table} as l` as "person_topics as l")
    .innerJoin("topics as t", "t.id", "l.topic_id")
    .select(["l.owner_id", "t.slug"])
    .where("l.owner_id", "in", ids)
    .orderBy("t.sort_order")
    .execute();
  for (const r of rows) out.set(r.owner_id, [...(out.get(r.owner_id) ?? []), r.slug]);
  return out;
}

/** The year of an ISO date, or null. */
export function yearOf(iso: string | null | undefined): number | null {
  const m = /^(\d{4})/.exec(iso ?? "");
  return m ? Number(m[1]) : null;
}

/** The visibility columns of a content row. */
interface Visibility {
  status: string;
  deleted_at: string | null;
  is_public?: number;
}

/**
 * The rows the public sees: published, not deleted (people also public). Filtered here rather than next
 * to `id in (…)` in SQL, where SQLite would rather walk a status index over every public row.
 */
export function visible<T extends Visibility>(rows: T[]): T[] {
  return rows.filter((r) => r.status === "published" && r.deleted_at === null && r.is_public !== 0);
}

/** The distinct values of a list. */
export const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** A field of a translation map. */
export const field = (f: FieldMap | undefined, name: string): LocaleMap | undefined => f?.[name];

/** Every locale's text of one field over many rows, joined per locale. */
export function fieldOfMany(maps: Map<number, FieldMap>, ids: number[], name: string, sep = "; "): LocaleMap {
  return joinLocales(
    ids.map((id) => maps.get(id)?.[name]),
    sep,
  );
}

/** Public people: name as the title; positions and biography as the text. */
export async function personSources(db: Kysely<DB>, ids: readonly number[]): Promise<DocSource[]> {
  const rows = visible(
    await db
      .selectFrom("people")
      .select(["id", "slug", "country_code", "status", "deleted_at", "is_public"])
      .where("id", "in", ids)
      .execute(),
  );
  if (rows.length === 0) return [];
  const pids = rows.map((r) => r.id);
  const positions = await db
    .selectFrom("positions")
    .select(["id", "person_id"])
    .where("person_id", "in", pids)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
  const [tr, ptr, topics] = await Promise.all([
    loadTranslations(db, "person", pids),
    loadTranslations(
      db,
      "position",
      positions.map((p) => p.id),
    ),
    topicsOf(db, "person_topics", pids),
  ]);
  return rows.map((r) => {
    const f = tr.get(r.id);
    const own = positions.filter((p) => p.person_id === r.id).map((p) => p.id);
    return {
      type: "person",
      entityId: r.id,
      path: `/people/${r.slug}`,
      country: r.country_code,
      year: null,
      topics: topics.get(r.id) ?? [],
      title: field(f, "name") ?? {},
      altTitles: [],
      text: joinLocales([fieldOfMany(ptr, own, "title"), field(f, "bio")], " · "),
      extra: [],
    };
  });
}

/** Public organizations: name as the title, short name indexed with it. */
export async function organizationSources(db: Kysely<DB>, ids: readonly number[]): Promise<DocSource[]> {
  const rows = visible(
    await db
      .selectFrom("organizations")
      .select(["id", "slug", "country_code", "status", "deleted_at"])
      .where("id", "in", ids)
      .execute(),
  );
  if (rows.length === 0) return [];
  const tr = await loadTranslations(
    db,
    "organization",
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const f = tr.get(r.id);
    return {
      type: "organization",
      entityId: r.id,
      path: `/organizations/${r.slug}`,
      country: r.country_code,
      year: null,
      topics: [],
      title: field(f, "name") ?? {},
      altTitles: textsOf(field(f, "short_name")),
      text: field(f, "short_name") ?? {},
      extra: [],
    };
  });
}

/** Public events: title; theme, city, summary and session titles as the text. */
export async function eventSources(db: Kysely<DB>, ids: readonly number[]): Promise<DocSource[]> {
  const rows = visible(
    await db
      .selectFrom("events")
      .select(["id", "slug", "country_code", "starts_on", "status", "deleted_at"])
      .where("id", "in", ids)
      .execute(),
  );
  if (rows.length === 0) return [];
  const eids = rows.map((r) => r.id);
  const sessions = await db
    .selectFrom("sessions")
    .select(["id", "event_id"])
    .where("event_id", "in", eids)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
  const [tr, str, topics] = await Promise.all([
    loadTranslations(db, "event", eids),
    loadTranslations(
      db,
      "session",
      sessions.map((s) => s.id),
    ),
    topicsOf(db, "event_topics", eids),
  ]);
  return rows.map((r) => {
    const f = tr.get(r.id);
    const own = sessions.filter((s) => s.event_id === r.id).map((s) => s.id);
    return {
      type: "event",
      entityId: r.id,
      path: `/events/${r.slug}`,
      country: r.country_code,
      year: yearOf(r.starts_on),
      topics: topics.get(r.id) ?? [],
      title: field(f, "title") ?? {},
      altTitles: [],
      text: joinLocales([
        field(f, "theme"),
        field(f, "city"),
        field(f, "summary"),
        fieldOfMany(str, own, "title"),
      ]),
      extra: [],
    };
  });
}

/**
 * Public statements (the statement, its event and its speaker all public): shown as "speaker · event";
 * only the words said and the speaker's name are searched (the title's event name is not).
 */
export async function statementSources(db: Kysely<DB>, ids: readonly number[]): Promise<DocSource[]> {
  const statements = visible(
    await db
      .selectFrom("statements")
      .select(["id", "person_id", "event_id", "status", "deleted_at"])
      .where("id", "in", ids)
      .execute(),
  );
  if (statements.length === 0) return [];
  const events = new Map(
    visible(
      await db
        .selectFrom("events")
        .select(["id", "slug", "starts_on", "country_code", "status", "deleted_at"])
        .where("id", "in", uniq(statements.map((s) => s.event_id)))
        .execute(),
    ).map((e) => [e.id, e]),
  );
  const people = new Map(
    visible(
      await db
        .selectFrom("people")
        .select(["id", "country_code", "status", "deleted_at", "is_public"])
        .where("id", "in", uniq(statements.map((s) => s.person_id)))
        .execute(),
    ).map((p) => [p.id, p]),
  );
  const rows = statements.flatMap((s) => {
    const e = events.get(s.event_id);
    const p = people.get(s.person_id);
    if (!e || !p) return [];
    return [
      {
        ...s,
        event_slug: e.slug,
        starts_on: e.starts_on,
        event_country: e.country_code,
        person_country: p.country_code,
      },
    ];
  });
  if (rows.length === 0) return [];
  const [tr, names, titles, topics] = await Promise.all([
    loadTranslations(
      db,
      "statement",
      rows.map((r) => r.id),
    ),
    loadTranslations(
      db,
      "person",
      rows.map((r) => r.person_id),
    ),
    loadTranslations(
      db,
      "event",
      rows.map((r) => r.event_id),
    ),
    topicsOf(
      db,
      "statement_topics",
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => {
    const name = field(names.get(r.person_id), "name");
    return {
      type: "statement",
      entityId: r.id,
      path: `/events/${r.event_slug}`,
      country: r.person_country ?? r.event_country,
      year: yearOf(r.starts_on),
      topics: topics.get(r.id) ?? [],
      title: combineLocales(name, field(titles.get(r.event_id), "title")),
      altTitles: [],
      text: field(tr.get(r.id), "text") ?? {},
      extra: textsOf(name),
      noTitleIndex: true,
    };
  });
}
