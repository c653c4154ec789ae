import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import type { Config } from "../config.ts";
import { openDatabase } from "../db/connection.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { reindexAll } from "../features/search/search.indexer.ts";

/** Adds `search reindex` to the CLI. */
export function registerSearchCommands(program: Command, config: () => Config): void {
  const search = program.command("search").description("Look after the search index.");
  search
    .command("reindex")
    .description(
      "Rebuild the whole search index from the data, in one transaction (searches keep answering from the old index until it commits).",
    )
    .option("--quiet", "print only the summary, no progress bar")
    .action(async (opts: { quiet?: boolean }) => {
      const c = config();
      const d = openDatabase({ url: c.DATABASE_URL, dataDir: c.dataDir });
      const bar = new SingleBar({
        format: "Indexing [{bar}] {percentage}% | {value}/{total} records | {eta_formatted} left",
        hideCursor: true,
      });
      const started = Date.now();
      let shown = false;
      try {
        await migrateToLatest(d.db);
        const summary = await reindexAll(d.db, (done, total) => {
          if (opts.quiet) return;
          if (!shown) {
            bar.start(total, done);
            shown = true;
          } else bar.update(done);
        });
        if (shown) bar.stop();
        const seconds = (Date.now() - started) / 1000;
        console.log(
          `Indexed ${summary.documents} public documents from ${summary.records} records in ${seconds.toFixed(1)} s.`,
        );
      } catch (e) {
        if (shown) bar.stop();
        throw e;
      } finally {
        await d.close();
      }
    });
}
