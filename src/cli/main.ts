import { Command } from "commander";
import { ConfigError, loadConfig } from "../config.ts";
import { openDatabase } from "../db/connection.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { needsReindex } from "../db/open.ts";
import { seedDemo } from "../db/seed/demo.ts";
import { reindexAll } from "../features/search/search.indexer.ts";
import { startServer } from "../server.ts";
import { registerSearchCommands } from "./search.ts";
import { registerUserCommands } from "./users.ts";

function config() {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
}

const program = new Command()
  .name("dialogue")
  .description("The Dialogue platform: serve it and look after its data.")
  .showHelpAfterError();

program
  .command("serve")
  .description(
    "Migrate the database, load the demo data on first run, and serve HTTP (PORT, HOST, DATABASE_URL).",
  )
  .action(async () => startServer());

program
  .command("migrate")
  .description("Bring the database schema up to date.")
  .action(async () => {
    const c = config();
    const d = openDatabase({ url: c.DATABASE_URL, dataDir: c.dataDir });
    const applied = await migrateToLatest(d.db);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The schema is up to date.");
    // The search index arrives empty with its migration, and some later ones change its shape: (re)build it
    // from the data already there, as the server would on start.
    if (needsReindex(applied)) {
      const { documents } = await reindexAll(d.db);
      console.log(`Search index built: ${documents} documents.`);
    }
    await d.close();
  });

program
  .command("seed")
  .description("Load data into the database.")
  .option("--demo", "load the demo data set (the Astana 2023 meeting and the chairmanship timeline)")
  .action(async (opts: { demo?: boolean }) => {
    if (!opts.demo) {
      console.error("Say what to load: --demo");
      process.exit(2);
    }
    const c = config();
    const d = openDatabase({ url: c.DATABASE_URL, dataDir: c.dataDir });
    await migrateToLatest(d.db);
    const { created } = await seedDemo(d.db);
    console.log(created ? "Demo data loaded." : "Demo data already present; nothing changed.");
    await d.close();
  });

registerUserCommands(program, config);
registerSearchCommands(program, config);

await program.parseAsync(process.argv);
