import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * Narrower, cheaper walks of the newest matches (`walk` in search.repo.ts):
 *
 * - Each index document's topic slugs, comma-separated, in a column of its own row (`search_docs.topics`),
 *   beside the rows of `search_doc_topics` (which filters and reindexing by topic use). A walk reads every
 *   walked document's topics for the facet counts; on PostgreSQL a lookup per row cost 2 ms of a
 *   1,000-row walk, where the column comes with the row the walk reads anyway.
 * - PostgreSQL: the GIN indexes hold the document's block of 256 ids (`id_block`, generated) instead of
 *   its id. A window of the newest ids was a range of as many index entries, one per id (3 ms for 25,000
 *   ids); as blocks it is a hundred entries holding 256 row addresses each (about half the time).
 * - PostgreSQL: rows of `search_docs` keep only short values in line (`toast_tuple_target`): the whole
 *   text's tsvector, often 1–2 kB, moved into TOAST, where only ranking a few matches reads it. A walk
 *   reads fewer, fuller pages (73 MB of rows for 100,000 documents before). The title's tsvector, which
 *   walks rank by, stays in the row (`storage main`).
 *
 * Applying this migration makes `openAndPrepare` rebuild the index, which fills the new columns and
 * rewrites every row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("search_docs")
    .addColumn("topics", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_docs add column id_block integer generated always as (id >> 8) stored`.execute(
    db,
  );
  await sql`alter table search_docs set (toast_tuple_target = 128)`.execute(db);
  await sql`alter table search_docs alter column title_tsv set storage main`.execute(db);
  await sql`drop index search_docs_tsv_idx`.execute(db);
  await sql`drop index search_docs_title_idx`.execute(db);
  await sql`create index search_docs_tsv_idx on search_docs using gin (id_block, tsv) with (fastupdate = off)`.execute(
    db,
  );
  await sql`create index search_docs_title_idx on search_docs using gin (id_block, title_tsv) with (fastupdate = off)`.execute(
    db,
  );
}

export async function down(): Promise<void> {
  throw new Error("Migrations are not undone; restore a backup instead.");
}
