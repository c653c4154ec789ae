import type { Kysely } from "kysely";
import type { DB } from "../../db/types.ts";

/** Public organizations of an event with their role, in display order. */
export async function eventOrganizations(db: Kysely<DB>, eventId: number) {
  return db
    .selectFrom("event_organizations as eo")
    .innerJoin("organizations as o", "o.id", "eo.organization_id")
    .select(["o.id", "o.slug", "eo.role", "eo.sort_order"])
    .where("eo.event_id", "=", eventId)
    .where("o.status", "=", "published")
    .where("o.deleted_at", "is", null)
    .orderBy("eo.sort_order")
    .orderBy("o.id")
    .execute();
}

/** The countries taking part in an event, members first. */
export async function eventCountries(db: Kysely<DB>, eventId: number) {
  return db
    .selectFrom("event_countries as ec")
    .innerJoin("countries as c", "c.code", "ec.country_code")
    .select(["c.id", "ec.country_code", "ec.role"])
    .where("ec.event_id", "=", eventId)
    .orderBy("c.sort_order")
    .orderBy("c.code")
    .execute();
}

/** The agenda: sessions of an event in order. */
export async function eventSessions(db: Kysely<DB>, eventId: number) {
  return db
    .selectFrom("sessions")
    .select(["id", "kind", "sort_order"])
    .where("event_id", "=", eventId)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
}

/** Who took part (public people only), with the position each held there, in order. */
export async function eventParticipations(db: Kysely<DB>, eventId: number) {
  return db
    .selectFrom("participations as pa")
    .innerJoin("people as p", "p.id", "pa.person_id")
    .select([
      "pa.id",
      "pa.session_id",
      "pa.role",
      "pa.person_id",
      "p.slug as person_slug",
      "p.sort_name",
      "pa.position_id",
    ])
    .where("pa.event_id", "=", eventId)
    .where("p.status", "=", "published")
    .where("p.deleted_at", "is", null)
    .where("p.is_public", "=", 1)
    .orderBy("pa.sort_order")
    .orderBy("pa.id")
    .execute();
}

/** Public statements of an event by public people, in order. */
export async function eventStatements(db: Kysely<DB>, eventId: number) {
  return db
    .selectFrom("statements as s")
    .innerJoin("people as p", "p.id", "s.person_id")
    .select(["s.id", "s.session_id", "s.kind", "s.person_id", "p.slug as person_slug", "p.sort_name"])
    .where("s.event_id", "=", eventId)
    .where("s.status", "=", "published")
    .where("s.deleted_at", "is", null)
    .where("p.status", "=", "published")
    .where("p.deleted_at", "is", null)
    .where("p.is_public", "=", 1)
    .orderBy("s.sort_order")
    .orderBy("s.id")
    .execute();
}

/** Public showcase blocks of an event. */
export async function eventBlocks(db: Kysely<DB>, eventId: number) {
  return db
    .selectFrom("showcase_blocks")
    .select(["id", "slug", "session_id"])
    .where("event_id", "=", eventId)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
}

/** Public projects of some blocks, in order. */
export async function blockProjects(db: Kysely<DB>, blockIds: readonly number[]) {
  if (blockIds.length === 0) return [];
  return db
    .selectFrom("projects")
    .select(["id", "slug", "block_id", "country_code"])
    .where("block_id", "in", [...blockIds])
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
}

/** Public documents of an event. */
export async function eventDocuments(db: Kysely<DB>, eventId: number) {
  return db
    .selectFrom("documents")
    .select(["id", "slug", "kind", "published_on"])
    .where("event_id", "=", eventId)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .orderBy("published_on")
    .orderBy("id")
    .execute();
}

/** Public action plans adopted at an event, with their year and number of public items. */
export async function plansAdoptedAt(db: Kysely<DB>, eventId: number) {
  const rows = await db
    .selectFrom("action_plans as ap")
    .innerJoin("chairmanships as c", "c.id", "ap.chairmanship_id")
    .select((eb) => [
      "ap.id",
      "c.year",
      eb
        .selectFrom("plan_items as pi")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("pi.plan_id", "=", "ap.id")
        .where("pi.status", "=", "published")
        .where("pi.deleted_at", "is", null)
        .as("item_count"),
    ])
    .where("ap.adopted_event_id", "=", eventId)
    .where("ap.status", "=", "published")
    .where("ap.deleted_at", "is", null)
    .where("c.status", "=", "published")
    .where("c.deleted_at", "is", null)
    .orderBy("c.year")
    .execute();
  return rows.map((r) => ({ id: r.id, year: r.year, itemCount: Number(r.item_count ?? 0) }));
}
