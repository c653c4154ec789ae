/**
 * How much of a search is the database server's own work (PostgreSQL): runs the benchmark's queries on a
 * kept database, records every statement each search sends, then runs each again under `EXPLAIN (ANALYZE,
 * TIMING OFF)` in a search session and adds up its planning and execution times. What is left of a
 * search's time is round trips, the driver and the process's own work: the part that fewer statements could
 * save. Statements that ran side by side are added up too, so the server time is an upper bound.
 *
 *   DATABASE_URL=postgres://… npm run bench:search -- --keep --no-write   # prints the kept schema
 *   DATABASE_URL=postgres://… npx tsx bench/search-server-time.ts --reuse SCHEMA [--kinds phrase,filter]
 */
import { parseArgs } from "node:util";
import { CompiledQuery } from "kysely";
import { lookupsFor } from "../src/cache/lookups.ts";
import { translationCacheFor } from "../src/cache/translation-cache.ts";
import { openDatabase } from "../src/db/connection.ts";
import { inSearchScope } from "../src/features/search/search.repo.ts";
import { search } from "../src/features/search/search.service.ts";
import { buildQueries } from "./data/queries.ts";
import { percentile } from "./report.ts";

const { values: args } = parseArgs({ options: { reuse: { type: "string" }, kinds: { type: "string" } } });
const url = process.env.DATABASE_URL ?? "";
if (!args.reuse || !/^postgres(ql)?:/.test(url)) {
  console.error(
    "usage: DATABASE_URL=postgres://… npx tsx bench/search-server-time.ts --reuse SCHEMA [--kinds a,b]",
  );
  process.exit(2);
}
let sent: { text: string; params: readonly unknown[] }[] = [];
let recording = false;
const database = openDatabase({
  url,
  dataDir: "",
  schema: args.reuse,
  onQuery: (text, params) => {
    if (recording) sent.push({ text, params });
  },
});
// As in the app, whose cache plugin wires these caches to its invalidation: facet labels come from them.
translationCacheFor(database.db);
lookupsFor(database.db);
const kinds = args.kinds?.split(",");
const queries = (await buildQueries(database.db, 600)).filter((q) => !kinds || kinds.includes(q.kind));
for (const q of queries.slice(0, 60)) await search(database, q.params);

/** Planning and execution time of one statement, as the server reports it (ms). */
async function serverMs(text: string, params: readonly unknown[]): Promise<number> {
  const plan = await inSearchScope(database, (db) =>
    db.executeQuery<{ "QUERY PLAN": [{ "Planning Time": number; "Execution Time": number }] }>(
      CompiledQuery.raw(`explain (analyze, timing off, summary on, format json) ${text}`, [...params]),
    ),
  );
  const top = plan.rows[0]?.["QUERY PLAN"][0];
  return (top?.["Planning Time"] ?? 0) + (top?.["Execution Time"] ?? 0);
}

const byKind = new Map<string, { wall: number[]; server: number[]; statements: number[] }>();
for (const q of queries) {
  sent = [];
  recording = true;
  const t0 = performance.now();
  await search(database, q.params);
  const wall = performance.now() - t0;
  recording = false;
  const own = sent.filter((s) => !s.text.includes("min(id) from search_docs"));
  let server = 0;
  for (const s of own) server += await serverMs(s.text, s.params);
  for (const kind of [q.kind, "all"]) {
    const k = byKind.get(kind) ?? { wall: [], server: [], statements: [] };
    k.wall.push(wall);
    k.server.push(server);
    k.statements.push(own.length);
    byKind.set(kind, k);
  }
}
const at = (ms: number[], p: number) =>
  percentile(
    [...ms].sort((a, b) => a - b),
    p,
  );
console.log(
  "| queries | n | statements (median) | search p50 ms | search p95 ms | server p50 ms | server p95 ms |",
);
console.log("|---|--:|--:|--:|--:|--:|--:|");
for (const [kind, k] of byKind) {
  const cells = [at(k.wall, 50), at(k.wall, 95), at(k.server, 50), at(k.server, 95)].map((v) => v.toFixed(2));
  console.log(`| ${kind} | ${k.wall.length} | ${at(k.statements, 50)} | ${cells.join(" | ")} |`);
}
await database.close();
