import type { Kysely } from "kysely";
import type { DB, ItemState, Row } from "../../db/types.ts";

export type ChairRow = Pick<
  Row<"chairmanships">,
  "id" | "year" | "country_code" | "chair_person_id" | "starts_on" | "ends_on"
>;
export type EventRow = Pick<
  Row<"events">,
  "id" | "slug" | "starts_on" | "ends_on" | "date_approximate" | "country_code" | "is_online"
>;
export type ProjectRow = Pick<Row<"projects">, "id" | "slug" | "country_code">;

/** The public chairmanship with the greatest year not after `year`. */
export async function chairmanshipUpTo(db: Kysely<DB>, year: number): Promise<ChairRow | undefined> {
  return db
    .selectFrom("chairmanships")
    .select(["id", "year", "country_code", "chair_person_id", "starts_on", "ends_on"])
    .where("year", "<=", year)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .orderBy("year", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** A person, when public. */
export async function publicPerson(
  db: Kysely<DB>,
  id: number,
): Promise<{ id: number; slug: string } | undefined> {
  return db
    .selectFrom("people")
    .select(["id", "slug"])
    .where("id", "=", id)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .where("is_public", "=", 1)
    .executeTakeFirst();
}

/** The newest public events. */
export async function recentEvents(db: Kysely<DB>, limit: number): Promise<EventRow[]> {
  return db
    .selectFrom("events")
    .select(["id", "slug", "starts_on", "ends_on", "date_approximate", "country_code", "is_online"])
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .orderBy("starts_on", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** The public action plan of the latest chairmanship year that has public items. */
export async function latestPlanWithItems(db: Kysely<DB>): Promise<{ id: number; year: number } | undefined> {
  return db
    .selectFrom("action_plans as p")
    .innerJoin("chairmanships as c", "c.id", "p.chairmanship_id")
    .select(["p.id", "c.year"])
    .where("p.status", "=", "published")
    .where("p.deleted_at", "is", null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("plan_items as i")
          .select("i.id")
          .whereRef("i.plan_id", "=", "p.id")
          .where("i.status", "=", "published")
          .where("i.deleted_at", "is", null),
      ),
    )
    .orderBy("c.year", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** A plan's top-level public items counted by state, with the sum of their progress. */
export async function planStateCounts(
  db: Kysely<DB>,
  planId: number,
): Promise<{ state: ItemState; n: number; progress: number }[]> {
  const rows = await db
    .selectFrom("plan_items")
    .select([
      "state",
      (eb) => eb.fn.countAll<number>().as("n"),
      (eb) => eb.fn.sum<number>("progress").as("progress"),
    ])
    .where("plan_id", "=", planId)
    .where("parent_id", "is", null)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .groupBy("state")
    .execute();
  return rows.map((r) => ({ state: r.state, n: Number(r.n), progress: Number(r.progress ?? 0) }));
}

/** The first public projects in showcase order. */
export async function featuredProjects(db: Kysely<DB>, limit: number): Promise<ProjectRow[]> {
  return db
    .selectFrom("projects")
    .select(["id", "slug", "country_code"])
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .orderBy("sort_order")
    .orderBy("id")
    .limit(limit)
    .execute();
}
