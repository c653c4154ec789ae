import { type Kysely, type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from "kysely";
import * as m001 from "./migrations/001_domain.ts";
import * as m002 from "./migrations/002_accounts.ts";
import * as m003 from "./migrations/003_totp_step.ts";
import * as m004 from "./migrations/004_search.ts";
import * as m005 from "./migrations/005_public_indexes.ts";
import * as m006 from "./migrations/006_search_facet_terms.ts";
import * as m007 from "./migrations/007_scale_indexes.ts";
import * as m008 from "./migrations/008_search_typo_deletes.ts";
import * as m009 from "./migrations/009_person_sort_keys.ts";
import * as m010 from "./migrations/010_search_title_tsv.ts";
import * as m011 from "./migrations/011_search_walk_columns.ts";
import * as m012 from "./migrations/012_search_topic_keys.ts";
import * as m013 from "./migrations/013_search_prefix_terms.ts";
import type { DB } from "./types.ts";

/** Migrations are listed here, in order; the same files run on SQLite and PostgreSQL. */
export const migrations: Record<string, Migration> = {
  "001_domain": m001,
  "002_accounts": m002,
  "003_totp_step": m003,
  "004_search": m004,
  "005_public_indexes": m005,
  "006_search_facet_terms": m006,
  "007_scale_indexes": m007,
  "008_search_typo_deletes": m008,
  "009_person_sort_keys": m009,
  "010_search_title_tsv": m010,
  "011_search_walk_columns": m011,
  "012_search_topic_keys": m012,
  "013_search_prefix_terms": m013,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the schema up to date; throws with the failing migration's error. Returns the names applied.
 * On PostgreSQL, `schema` keeps Kysely's own bookkeeping tables in that schema (tests isolate themselves so).
 */
export async function migrateToLatest(db: Kysely<DB>, schema?: string): Promise<string[]> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await ensureExtensions(db);
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/**
 * PostgreSQL extensions the migrations use: `btree_gin` (in PostgreSQL's contrib, trusted since 13, so the
 * database's owner may create it), for search indexes that hold a document id beside its words. Created in
 * `public`, once per database, outside the migrations' transaction: schemas of their own (tests, benchmarks)
 * come and go, and an extension in one of them would take the others' indexes with it when dropped.
 */
async function ensureExtensions(db: Kysely<DB>): Promise<void> {
  const has = async () =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from pg_extension where extname = 'btree_gin'`.execute(db)
    ).rows[0]?.n === 1;
  if (await has()) return;
  try {
    await sql`create extension if not exists btree_gin with schema public`.execute(db);
  } catch (err) {
    // Another process may have created it at the same moment (a unique violation here).
    if (await has()) return;
    throw new Error(
      `PostgreSQL needs the btree_gin extension (contrib) for search; create it as a superuser with ` +
        `"create extension btree_gin with schema public;" (${err instanceof Error ? err.message : String(err)})`,
    );
  }
}
