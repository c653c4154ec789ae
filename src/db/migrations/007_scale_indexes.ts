import type { Kysely } from "kysely";

/**
 * Indexes found missing by `npm run bench:data` at a million rows. The home page asks, for each action
 * plan, whether it has a public item: with only (plan_id, sort_order) indexed, SQLite read item rows to
 * check their status (2.1 ms at 9,000 items); with the visibility columns in the index it reads none
 * (0.07 ms).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("plan_items_plan_public_idx")
    .on("plan_items")
    .columns(["plan_id", "status", "deleted_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("plan_items_plan_public_idx").execute();
}
