import { type Kysely, PostgresAdapter, sql } from "kysely";
import { rebuildPersonSortKeys } from "../../features/people/sort-keys.repo.ts";
import type { DB } from "../types.ts";

/**
 * People lists in the reader's alphabet (issue 6): each person's name as a sort key per locale (see
 * src/features/people/sort-keys.ts). The keys are plain base-36 text compared byte by byte (`collate "C"`
 * on PostgreSQL), and the index leads with the locale, so a list page walks it in order. Existing people
 * get their keys here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("person_sort_keys")
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("sort_key", pg ? sql`text collate "C"` : "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("person_sort_keys_pk", ["person_id", "locale"])
    .execute();
  await db.schema
    .createIndex("person_sort_keys_order_idx")
    .on("person_sort_keys")
    .columns(["locale", "sort_key", "person_id"])
    .execute();
  await rebuildPersonSortKeys(db as unknown as Kysely<DB>);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("person_sort_keys").execute();
}
