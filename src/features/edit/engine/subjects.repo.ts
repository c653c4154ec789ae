import type { Kysely } from "kysely";
import type { DB } from "../../../db/types.ts";

/** A value as an id, leniently (unvalidated input may hold anything): a positive integer or null. */
export function toId(v: unknown): number | null {
  const n =
    typeof v === "number" ? v : typeof v === "string" && /^\d{1,10}$/.test(v.trim()) ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? n : null;
}

/** The year of a chairmanship, or null. */
export async function yearOfChairmanship(db: Kysely<DB>, id: unknown): Promise<number | null> {
  const cid = toId(id);
  if (cid === null) return null;
  const r = await db.selectFrom("chairmanships").select("year").where("id", "=", cid).executeTakeFirst();
  return r?.year ?? null;
}

/** The chairmanship year of an event, or null (no such event, or an event outside any chairmanship). */
export async function yearOfEvent(db: Kysely<DB>, id: unknown): Promise<number | null> {
  const eid = toId(id);
  if (eid === null) return null;
  const r = await db
    .selectFrom("events as e")
    .innerJoin("chairmanships as c", "c.id", "e.chairmanship_id")
    .select("c.year")
    .where("e.id", "=", eid)
    .executeTakeFirst();
  return r?.year ?? null;
}

/** The chairmanship year of an action plan, or null. */
export async function yearOfPlan(db: Kysely<DB>, id: unknown): Promise<number | null> {
  const pid = toId(id);
  if (pid === null) return null;
  const r = await db
    .selectFrom("action_plans as p")
    .innerJoin("chairmanships as c", "c.id", "p.chairmanship_id")
    .select("c.year")
    .where("p.id", "=", pid)
    .executeTakeFirst();
  return r?.year ?? null;
}

/** The plan of an action-plan item, or null. */
export async function planOfItem(db: Kysely<DB>, id: unknown): Promise<number | null> {
  const iid = toId(id);
  if (iid === null) return null;
  const r = await db.selectFrom("plan_items").select("plan_id").where("id", "=", iid).executeTakeFirst();
  return r?.plan_id ?? null;
}

/** The countries responsible for an action-plan item. */
export async function countriesOfItem(db: Kysely<DB>, id: unknown): Promise<string[]> {
  const iid = toId(id);
  if (iid === null) return [];
  const rows = await db
    .selectFrom("plan_item_countries")
    .select("country_code")
    .where("item_id", "=", iid)
    .execute();
  return rows.map((r) => r.country_code);
}

/** The chairmanship year of a showcase block (through its event), or null. */
export async function yearOfBlock(db: Kysely<DB>, id: unknown): Promise<number | null> {
  const bid = toId(id);
  if (bid === null) return null;
  const r = await db
    .selectFrom("showcase_blocks")
    .select("event_id")
    .where("id", "=", bid)
    .executeTakeFirst();
  return yearOfEvent(db, r?.event_id ?? null);
}

/** The country of a person, or null. */
export async function countryOfPerson(db: Kysely<DB>, id: unknown): Promise<string | null> {
  const pid = toId(id);
  if (pid === null) return null;
  const r = await db.selectFrom("people").select("country_code").where("id", "=", pid).executeTakeFirst();
  return r?.country_code ?? null;
}
