/**
 * Compares two versions of the search code on one kept benchmark database, in one process: every query
 * runs through the other version's `search()` and this checkout's (or `--new DIR`'s), in alternating
 * order, twice. On a machine whose speed drifts by a third from one minute to the next, separate runs of
 * `npm run bench:search` cannot tell a 1 ms change; alternating per query can (the same code on both sides
 * agreed within 0.1 ms at the median).
 *
 *   git worktree add /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/node_modules
 *   npm run bench:search -- --keep --no-write            # prints the kept database or schema
 *   npx tsx bench/search-ab.ts --old /tmp/old --reuse SCHEMA_OR_PATH [--kinds phrase,filter]
 *
 * With DATABASE_URL set to PostgreSQL, --reuse names a schema; otherwise a SQLite file. The other
 * checkout must know the database's migrations. Both versions share one database handle, so also its
 * search pool, whose sessions carry the settings of whichever version opened it first: a change to the
 * search sessions' settings cannot be compared this way.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openDatabase } from "../src/db/connection.ts";
import type { search } from "../src/features/search/search.service.ts";
import { buildQueries } from "./data/queries.ts";
import { percentile } from "./report.ts";

const { values: args } = parseArgs({
  options: {
    old: { type: "string" },
    new: { type: "string" },
    reuse: { type: "string" },
    kinds: { type: "string" },
    rounds: { type: "string", default: "2" },
  },
});
if (!args.old || !args.reuse) {
  console.error(
    "usage: npx tsx bench/search-ab.ts --old DIR --reuse SCHEMA_OR_PATH [--kinds a,b] [--rounds 2]",
  );
  process.exit(2);
}
const pgUrl = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : undefined;
const database = pgUrl
  ? openDatabase({ url: pgUrl, dataDir: "", schema: args.reuse })
  : openDatabase({ url: `sqlite:${args.reuse}`, dataDir: path.dirname(args.reuse) });
// Each version has its own module instances, so its own caches: both are wired as the app wires them (the
// facet labels come from them), else the version left without would read its labels from the database.
const load = async (dir: string): Promise<typeof search> => {
  const from = (file: string) => import(path.resolve(dir, "src", file));
  (await from("cache/translation-cache.ts")).translationCacheFor(database.db);
  (await from("cache/lookups.ts")).lookupsFor(database.db);
  return (await from("features/search/search.service.ts")).search;
};
const here = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const versions = { old: await load(args.old), new: await load(args.new ?? here) };
const kinds = args.kinds?.split(",");
const queries = (await buildQueries(database.db, 600)).filter((q) => !kinds || kinds.includes(q.kind));
for (const q of queries.slice(0, 60))
  for (const run of Object.values(versions)) await run(database, q.params);

const times = { old: new Map<string, number[]>(), new: new Map<string, number[]>() };
for (let round = 0; round < Number(args.rounds); round++) {
  for (const [i, q] of queries.entries()) {
    const order = (i + round) % 2 === 0 ? (["old", "new"] as const) : (["new", "old"] as const);
    for (const which of order) {
      const t0 = performance.now();
      await versions[which](database, q.params);
      const ms = performance.now() - t0;
      for (const kind of [q.kind, "all"]) times[which].set(kind, [...(times[which].get(kind) ?? []), ms]);
    }
  }
}
const at = (ms: number[], p: number) =>
  percentile(
    [...ms].sort((a, b) => a - b),
    p,
  ).toFixed(2);
console.log("| queries | n | old p50 ms | new p50 ms | old p95 ms | new p95 ms |\n|---|--:|--:|--:|--:|--:|");
for (const [kind, old] of times.old) {
  const now = times.new.get(kind) ?? [];
  console.log(
    `| ${kind} | ${old.length} | ${at(old, 50)} | ${at(now, 50)} | ${at(old, 95)} | ${at(now, 95)} |`,
  );
}
await database.close();
