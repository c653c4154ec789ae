import { type Kysely, sql } from "kysely";

/**
 * Topics join the facet key. A facet key stood for a document's type, country and year; it now stands for
 * its topics as well (`search_facets.topics`, the sorted slugs comma-separated, "" for none), so the topic
 * counts of a search come from the keys of its matches, like the other facets, with no lookup per walked
 * row. That lookup cost 1.5 of the 2.6 ms SQLite took to walk 811 matches (1M rows of scale data).
 * Combinations without topics keep their keys (their signature is unchanged). `search_docs.topics`
 * (migration 011), which only walks read, is dropped.
 *
 * Applying this migration makes `openAndPrepare` rebuild the index, which gives every document with topics
 * its new key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("search_facets")
    .addColumn("topics", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await sql`alter table search_docs drop column topics`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error("Migrations are not undone; restore a backup instead.");
}
