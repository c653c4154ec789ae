import type { Config } from "../config.ts";
import { type Database, openDatabase } from "./connection.ts";
import { migrateToLatest } from "./migrate.ts";
import { seedDemo } from "./seed/demo.ts";

/** Opens the configured database, migrates it, and loads the demo data on first run (unless SEED_DEMO=never). */
export async function openAndPrepare(config: Config): Promise<Database> {
  const database = openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  if (config.SEED_DEMO === "auto") await seedDemo(database.db);
  return database;
}
