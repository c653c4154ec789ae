import type { Kysely } from "kysely";
import type { DB, Row } from "../../db/types.ts";

/** A chairmanship by id. */
export async function findChairmanship(
  db: Kysely<DB>,
  id: number,
): Promise<Row<"chairmanships"> | undefined> {
  return db.selectFrom("chairmanships").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Marks a chairmanship handed over (now, UTC). */
export async function markHandedOver(db: Kysely<DB>, id: number, at: string): Promise<void> {
  await db
    .updateTable("chairmanships")
    .set({ handed_over_at: at, updated_at: at })
    .where("id", "=", id)
    .execute();
}
