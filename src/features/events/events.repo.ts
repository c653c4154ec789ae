import { type Kysely, sql } from "kysely";
import { remembered } from "../../cache/lookups.ts";
import type { DB } from "../../db/types.ts";
import { offsetOf, type PageQuery } from "../../http/list.ts";
import type { EventFilters } from "./events.schema.ts";

/** An event as lists show it. */
export interface EventRow {
  id: number;
  slug: string;
  kind: string;
  starts_on: string;
  ends_on: string | null;
  date_approximate: number;
  is_online: number;
  country_code: string | null;
  chairmanship_id: number | null;
  chairmanship_year: number | null;
  chairmanship_country: string | null;
}

/** Public events, with the year of their (public) chairmanship. */
function publicEvents(db: Kysely<DB>) {
  return db
    .selectFrom("events as e")
    .leftJoin("chairmanships as c", (j) =>
      j
        .onRef("c.id", "=", "e.chairmanship_id")
        .on("c.status", "=", "published")
        .on("c.deleted_at", "is", null),
    )
    .where("e.status", "=", "published")
    .where("e.deleted_at", "is", null);
}

const EVENT_COLUMNS = [
  "e.id",
  "e.slug",
  "e.kind",
  "e.starts_on",
  "e.ends_on",
  "e.date_approximate",
  "e.is_online",
  "e.country_code",
  "c.id as chairmanship_id",
  "c.year as chairmanship_year",
  "c.country_code as chairmanship_country",
] as const;

/** Public events filtered by calendar year, country and kind. */
function filteredEvents(db: Kysely<DB>, f: EventFilters) {
  let base = publicEvents(db);
  if (f.year !== undefined) {
    base = base
      .where("e.starts_on", ">=", `${f.year}-01-01`)
      .where("e.starts_on", "<", `${f.year + 1}-01-01`);
  }
  if (f.country !== undefined) base = base.where("e.country_code", "=", f.country);
  if (f.kind !== undefined) base = base.where("e.kind", "=", f.kind);
  return base;
}

/** One page of public events, newest first, filtered by calendar year, country and kind. */
export async function listEvents(db: Kysely<DB>, f: EventFilters, q: PageQuery): Promise<EventRow[]> {
  return filteredEvents(db, f)
    .select(EVENT_COLUMNS)
    .orderBy("e.starts_on", "desc")
    .orderBy("e.id", "desc")
    .limit(q.pageSize)
    .offset(offsetOf(q))
    .execute();
}

/** How many public events the filters leave. */
export async function countEvents(db: Kysely<DB>, f: EventFilters): Promise<number> {
  const count = await filteredEvents(db, f)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(count?.n ?? 0);
}

/** The public events of some chairmanships, oldest first. */
export async function eventsOfChairmanships(
  db: Kysely<DB>,
  chairIds: readonly number[],
): Promise<EventRow[]> {
  if (chairIds.length === 0) return [];
  return publicEvents(db)
    .where("e.chairmanship_id", "in", [...chairIds])
    .select(EVENT_COLUMNS)
    .orderBy("e.starts_on")
    .orderBy("e.id")
    .execute();
}

/** Public events that belong to no chairmanship (the launch of the Dialogue), oldest first. */
export async function eventsWithoutChairmanship(db: Kysely<DB>, limit = 50): Promise<EventRow[]> {
  return publicEvents(db)
    .where("e.chairmanship_id", "is", null)
    .select(EVENT_COLUMNS)
    .orderBy("e.starts_on")
    .orderBy("e.id")
    .limit(limit)
    .execute();
}

/** One public event by its slug. */
export async function findEvent(db: Kysely<DB>, slug: string): Promise<EventRow | undefined> {
  return publicEvents(db).where("e.slug", "=", slug).select(EVENT_COLUMNS).executeTakeFirst();
}

/** The calendar years public events happened in, newest first (for the filter form). */
export async function eventYears(db: Kysely<DB>): Promise<readonly number[]> {
  return remembered(db, "event-years", ["list:event"], async () => {
    const rows = await publicEvents(db)
      .select(sql<string>`substr(e.starts_on, 1, 4)`.as("y"))
      .distinct()
      .execute();
    return rows.map((r) => Number(r.y)).sort((a, b) => b - a);
  });
}
