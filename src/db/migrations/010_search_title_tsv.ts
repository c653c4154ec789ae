import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * PostgreSQL only (SQLite's FTS5 needs none of this):
 *
 * - The title words (and the facet terms, for filtered title matches) get a tsvector of their own,
 *   `search_docs.title_tsv`. Title-only matches (suggestions as you type, a broad query's title
 *   candidates) were the weight-restricted `tsv @@ 'word:A'`, which GIN cannot answer alone: every
 *   document matching anywhere had its tsvector read back from TOAST and rechecked (75 ms on average,
 *   300 ms for a common prefix, over 100,000 documents).
 * - Both GIN indexes also hold the document id (`btree_gin`, created by `migrateToLatest`), so "the matches
 *   among the newest N documents" is answered inside the index: a broad match is walked in growing windows
 *   of ids, newest first, instead of reading every matching row (see `newestFirst` in search.repo.ts).
 * - `fastupdate = off`: a GIN index with a pending list makes every search scan that list linearly until a
 *   vacuum merges it (4 MB by default); writes here are few, searches many.
 *
 * Applying this migration makes `openAndPrepare` rebuild the index, which fills the new column.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_docs add column title_tsv tsvector not null default ''::tsvector`.execute(db);
  await sql`drop index search_docs_tsv_idx`.execute(db);
  await sql`create index search_docs_tsv_idx on search_docs using gin (id, tsv) with (fastupdate = off)`.execute(
    db,
  );
  await sql`create index search_docs_title_idx on search_docs using gin (id, title_tsv) with (fastupdate = off)`.execute(
    db,
  );
}

export async function down(): Promise<void> {
  throw new Error("Migrations are not undone; restore a backup instead.");
}
