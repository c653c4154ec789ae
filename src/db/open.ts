import type { Config } from "../config.ts";
import { reindexAll } from "../features/search/search.indexer.ts";
import { type Database, openDatabase } from "./connection.ts";
import { migrateToLatest } from "./migrate.ts";
import { seedDemo } from "./seed/demo.ts";

/** Migrations after which the search index is rebuilt. */
const REINDEXING = [
  "004_search",
  "006_search_facet_terms",
  "008_search_typo_deletes",
  "010_search_title_tsv",
  "011_search_walk_columns",
  "012_search_topic_keys",
  "013_search_prefix_terms",
];

/** Whether migrations just applied change the search index's shape, so that it must be rebuilt. */
export function needsReindex(applied: readonly string[]): boolean {
  return applied.some((m) => REINDEXING.includes(m));
}

/** Opens the configured database, migrates it, and loads the demo data on first run (unless SEED_DEMO=never). */
export async function openAndPrepare(config: Config): Promise<Database> {
  const database = openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir });
  const applied = await migrateToLatest(database.db);
  // An existing database whose search index is new or changed shape gets it (re)built (a new one is
  // filled by the seed).
  if (needsReindex(applied)) await reindexAll(database.db);
  if (config.SEED_DEMO === "auto") await seedDemo(database.db);
  return database;
}
