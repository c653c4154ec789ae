import type { Kysely } from "kysely";
import type { DB, ItemState } from "../../db/types.ts";

/** A public action plan with its chairmanship year and country. */
export interface PlanRow {
  id: number;
  year: number;
  country_code: string;
  adopted_event_id: number | null;
  adopted_on: string | null;
}

/** Which items to load: of one plan or across plans, by year, state and responsible country. */
export interface ItemFilter {
  planId?: number;
  year?: number;
  state?: ItemState;
  country?: string;
}

/** Public plans joined to their public chairmanship. */
function publicPlans(db: Kysely<DB>) {
  return db
    .selectFrom("action_plans as ap")
    .innerJoin("chairmanships as c", "c.id", "ap.chairmanship_id")
    .where("ap.status", "=", "published")
    .where("ap.deleted_at", "is", null)
    .where("c.status", "=", "published")
    .where("c.deleted_at", "is", null);
}

const PLAN_COLUMNS = ["ap.id", "c.year", "c.country_code", "ap.adopted_event_id", "ap.adopted_on"] as const;

/** One page of public plans, newest chairmanship first, and how many there are. */
export async function findPlans(
  db: Kysely<DB>,
  limit: number,
  offset: number,
): Promise<{ rows: PlanRow[]; total: number }> {
  const rows = await publicPlans(db)
    .select(PLAN_COLUMNS)
    .orderBy("c.year", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
  const count = await publicPlans(db)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** The public plan of a chairmanship year, or undefined. */
export async function findPlanByYear(db: Kysely<DB>, year: number): Promise<PlanRow | undefined> {
  return publicPlans(db).select(PLAN_COLUMNS).where("c.year", "=", year).executeTakeFirst();
}

/** Public items of public plans with the filters applied. */
function filteredItems(db: Kysely<DB>, f: ItemFilter) {
  let q = publicPlans(db)
    .innerJoin("plan_items as i", "i.plan_id", "ap.id")
    .where("i.status", "=", "published")
    .where("i.deleted_at", "is", null);
  if (f.planId !== undefined) q = q.where("ap.id", "=", f.planId);
  if (f.year !== undefined) q = q.where("c.year", "=", f.year);
  if (f.state) q = q.where("i.state", "=", f.state);
  if (f.country) {
    q = q.where("i.id", "in", (eb) =>
      eb
        .selectFrom("plan_item_countries")
        .select("item_id")
        .where("country_code", "=", f.country ?? ""),
    );
  }
  return q;
}

/** Items matching the filter, by year (newest first) then their order; a page of them when limit is given. */
export async function findItems(db: Kysely<DB>, f: ItemFilter, limit?: number, offset = 0) {
  let q = filteredItems(db, f)
    .select([
      "i.id",
      "i.plan_id",
      "c.year",
      "i.parent_id",
      "i.code",
      "i.state",
      "i.progress",
      "i.due_from",
      "i.due_to",
    ])
    .orderBy("c.year", "desc")
    .orderBy("i.sort_order")
    .orderBy("i.id");
  if (limit !== undefined) q = q.limit(limit).offset(offset);
  return q.execute();
}

/** How many items match the filter. */
export async function countItems(db: Kysely<DB>, f: ItemFilter): Promise<number> {
  const r = await filteredItems(db, f)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The public items of many plans, just what progress needs. */
export async function findItemStats(db: Kysely<DB>, planIds: readonly number[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom("plan_items")
    .select(["id", "plan_id", "parent_id", "state", "progress"])
    .where("plan_id", "in", planIds)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .execute();
}

/** Responsible countries of many items, in the countries' order. */
export async function findItemCountries(db: Kysely<DB>, itemIds: readonly number[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom("plan_item_countries as ic")
    .innerJoin("countries as co", "co.code", "ic.country_code")
    .select(["ic.item_id", "ic.country_code"])
    .where("ic.item_id", "in", itemIds)
    .orderBy("co.sort_order")
    .orderBy("co.code")
    .execute();
}

/** Responsible public organizations of many items. */
export async function findItemOrganizations(db: Kysely<DB>, itemIds: readonly number[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom("plan_item_organizations as io")
    .innerJoin("organizations as o", "o.id", "io.organization_id")
    .select(["io.item_id", "o.id", "o.slug"])
    .where("io.item_id", "in", itemIds)
    .where("o.status", "=", "published")
    .where("o.deleted_at", "is", null)
    .orderBy("o.slug")
    .execute();
}

/** Public progress updates of many items, oldest first. */
export async function findUpdates(db: Kysely<DB>, itemIds: readonly number[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom("plan_updates")
    .select([
      "id",
      "item_id",
      "reported_on",
      "state",
      "progress",
      "reported_by_country",
      "evidence_event_id",
      "evidence_document_id",
      "evidence_url",
    ])
    .where("item_id", "in", itemIds)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .orderBy("reported_on")
    .orderBy("id")
    .execute();
}

/** The latest public update date of many items. */
export async function findLastReported(db: Kysely<DB>, itemIds: readonly number[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom("plan_updates")
    .select((eb) => ["item_id", eb.fn.max("reported_on").as("last")])
    .where("item_id", "in", itemIds)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .groupBy("item_id")
    .execute();
}

/** Public documents by id. */
export async function findDocuments(db: Kysely<DB>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("documents")
    .select(["id", "slug"])
    .where("id", "in", ids)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .execute();
}
