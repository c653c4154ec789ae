import type { Config } from "../config.ts";
import { type Database, openDatabase } from "./connection.ts";
import { migrateToLatest } from "./migrate.ts";
import { reindexAll } from "../features/search/search.indexer.ts";
import { seedDemo } from "./seed/demo.ts";

/** Opens the configured database, migrates it, and loads the demo data on first run (unless SEED_DEMO=never). */
export async function openAndPrepare(config: Config): Promise<Database> {
  const database = openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir });
  const applied = await migrateToLatest(database.db);
  // An existing database that just gained the search index gets it filled (a new one is filled by the seed).
  if (applied.includes("004_search")) await reindexAll(database.db);
  if (config.SEED_DEMO === "auto") await seedDemo(database.db);
  return database;
}
