import type { Kysely } from "kysely";
import type { DB } from "../../db/types.ts";
import { offsetOf, type PageQuery } from "../../http/list.ts";
import type { ChairmanshipFilters } from "./chairmanships.schema.ts";

/** A chairmanship with its (public) chair person. */
export interface ChairRow {
  id: number;
  year: number;
  country_code: string;
  starts_on: string | null;
  ends_on: string | null;
  person_id: number | null;
  person_slug: string | null;
  person_sort_name: string | null;
}

function publicChairmanships(db: Kysely<DB>) {
  return db
    .selectFrom("chairmanships as c")
    .leftJoin("people as p", (j) =>
      j
        .onRef("p.id", "=", "c.chair_person_id")
        .on("p.status", "=", "published")
        .on("p.deleted_at", "is", null)
        .on("p.is_public", "=", 1),
    )
    .where("c.status", "=", "published")
    .where("c.deleted_at", "is", null);
}

const COLUMNS = [
  "c.id",
  "c.year",
  "c.country_code",
  "c.starts_on",
  "c.ends_on",
  "p.id as person_id",
  "p.slug as person_slug",
  "p.sort_name as person_sort_name",
] as const;

/** One page of public chairmanships, in chronological order. */
export async function listChairmanships(
  db: Kysely<DB>,
  f: ChairmanshipFilters,
  q: PageQuery,
): Promise<{ rows: ChairRow[]; total: number }> {
  let base = publicChairmanships(db);
  if (f.country !== undefined) base = base.where("c.country_code", "=", f.country);
  const [rows, count] = await Promise.all([
    base.select(COLUMNS).orderBy("c.year").limit(q.pageSize).offset(offsetOf(q)).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

/** When each public chairmanship began (its start date, else 1 January of its year), in order. */
export async function chairmanshipKeys(db: Kysely<DB>, f: ChairmanshipFilters): Promise<string[]> {
  let base = publicChairmanships(db);
  if (f.country !== undefined) base = base.where("c.country_code", "=", f.country);
  const rows = await base.select(["c.year", "c.starts_on"]).orderBy("c.year").execute();
  return rows.map((r) => r.starts_on ?? `${r.year}-01-01`);
}

/** One public chairmanship by year. */
export async function findChairmanship(db: Kysely<DB>, year: number): Promise<ChairRow | undefined> {
  return publicChairmanships(db).where("c.year", "=", year).select(COLUMNS).executeTakeFirst();
}

/** The public chairmanship years just before and after a year. */
export async function neighbourYears(
  db: Kysely<DB>,
  year: number,
): Promise<{ previous: number | null; next: number | null }> {
  const [prev, next] = await Promise.all([
    publicChairmanships(db)
      .where("c.year", "<", year)
      .select("c.year")
      .orderBy("c.year", "desc")
      .executeTakeFirst(),
    publicChairmanships(db).where("c.year", ">", year).select("c.year").orderBy("c.year").executeTakeFirst(),
  ]);
  return { previous: prev?.year ?? null, next: next?.year ?? null };
}

/** Priority topics of some chairmanships, in their order. */
export async function chairmanshipTopics(db: Kysely<DB>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("chairmanship_topics as ct")
    .innerJoin("topics as t", "t.id", "ct.topic_id")
    .select(["ct.chairmanship_id", "t.id", "t.slug"])
    .where("ct.chairmanship_id", "in", [...ids])
    .orderBy("ct.sort_order")
    .orderBy("t.sort_order")
    .execute();
}

/** The public action plan of a chairmanship, with its number of public items. */
export async function chairmanshipPlan(db: Kysely<DB>, chairmanshipId: number) {
  const row = await db
    .selectFrom("action_plans as ap")
    .select((eb) => [
      "ap.id",
      eb
        .selectFrom("plan_items as pi")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("pi.plan_id", "=", "ap.id")
        .where("pi.status", "=", "published")
        .where("pi.deleted_at", "is", null)
        .as("item_count"),
    ])
    .where("ap.chairmanship_id", "=", chairmanshipId)
    .where("ap.status", "=", "published")
    .where("ap.deleted_at", "is", null)
    .executeTakeFirst();
  return row ? { id: row.id, itemCount: Number(row.item_count ?? 0) } : undefined;
}

/** Public news about a chairmanship or any of its events, newest first. */
export async function chairmanshipNews(
  db: Kysely<DB>,
  chairmanshipId: number,
  eventIds: readonly number[],
  limit = 20,
) {
  return db
    .selectFrom("news")
    .select(["id", "slug", "published_on"])
    .where((eb) =>
      eventIds.length > 0
        ? eb.or([eb("chairmanship_id", "=", chairmanshipId), eb("event_id", "in", [...eventIds])])
        : eb("chairmanship_id", "=", chairmanshipId),
    )
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .orderBy("published_on", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** Public documents of a chairmanship, its plan or its events, oldest first. */
export async function chairmanshipDocuments(
  db: Kysely<DB>,
  chairmanshipId: number,
  planId: number | undefined,
  eventIds: readonly number[],
) {
  return db
    .selectFrom("documents")
    .select(["id", "slug", "kind", "published_on"])
    .where((eb) =>
      eb.or([
        eb("chairmanship_id", "=", chairmanshipId),
        ...(planId !== undefined ? [eb("plan_id", "=", planId)] : []),
        ...(eventIds.length > 0 ? [eb("event_id", "in", [...eventIds])] : []),
      ]),
    )
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .orderBy("published_on")
    .orderBy("id")
    .execute();
}
