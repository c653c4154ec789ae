import type { Kysely } from "kysely";

/**
 * Indexes for the public read paths. Every public list orders by its own key and filters on
 * `status = ? and deleted_at is null` (bound parameters, so partial indexes would not apply). Each index
 * leads with the sort key and ends with the visibility columns: a list walks it in order, a count reads
 * only the index, and lookups by id keep using the primary key (an index led by `status` tempts the
 * planner away from it).
 */
const INDEXES: [name: string, table: string, columns: string[]][] = [
  [
    "events_public_idx",
    "events",
    ["starts_on", "id", "status", "deleted_at", "chairmanship_id", "country_code", "kind"],
  ],
  ["people_public_idx", "people", ["sort_name", "id", "status", "deleted_at", "is_public"]],
  ["organizations_public_idx", "organizations", ["slug", "status", "deleted_at"]],
  ["showcase_blocks_event_idx", "showcase_blocks", ["event_id", "sort_order"]],
  ["showcase_blocks_public_idx", "showcase_blocks", ["sort_order", "id", "status", "deleted_at"]],
  ["projects_public_idx", "projects", ["sort_order", "id", "status", "deleted_at"]],
  ["indicators_public_idx", "indicators", ["code", "status", "deleted_at"]],
  ["news_public_idx", "news", ["published_on", "id", "status", "deleted_at"]],
  ["documents_public_idx", "documents", ["published_on", "id", "status", "deleted_at"]],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, table, columns] of INDEXES) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}

export async function down(): Promise<void> {
  throw new Error("Migrations are not undone; restore a backup instead.");
}
