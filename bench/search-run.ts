import type { Database } from "../src/db/connection.ts";
import { search } from "../src/features/search/search.service.ts";
import type { BenchQuery, QueryKind } from "./data/queries.ts";
import type { SqlStats } from "./sql-log.ts";

/** One measured query. */
export interface Sample {
  kind: QueryKind;
  ms: number;
  total: number;
  /** For queries with an expected person: whether she is on the first page. */
  found: boolean | null;
  /** Time spent in SQL during the call (only with --sql). */
  sqlMs: number | null;
}

/** What the query process reports back. */
export interface RunResult {
  samples: Sample[];
  /** RSS with the modules loaded and the database open, before the first query (bytes). */
  rssStart: number;
  /** RSS after the run (bytes). */
  rss: number;
  /** Peak RSS of the query process (bytes). */
  maxRss: number;
  heapUsed: number;
  /** With --sql: the statements that took the most time, [shape, count, total ms, max ms]. */
  topSql: [string, number, number, number][];
}

/**
 * Runs `warmup` queries unmeasured, then every query once, timing each `search()` call in-process with
 * performance.now(); reports the process's memory afterwards.
 */
export async function runQueries(
  database: Database,
  queries: BenchQuery[],
  warmup: number,
  stats?: SqlStats,
): Promise<RunResult> {
  const rssStart = process.memoryUsage().rss;
  for (let i = 0; i < warmup && queries.length > 0; i++) {
    await search(database, queries[i % queries.length]!.params);
  }
  stats?.byStatement.clear();
  const samples: Sample[] = [];
  for (const q of queries) {
    const sql0 = stats?.totalMs ?? 0;
    const t0 = performance.now();
    const r = await search(database, q.params);
    const ms = performance.now() - t0;
    const found = q.expect ? r.results.some((h) => h.type === q.expect!.type && h.id === q.expect!.id) : null;
    samples.push({ kind: q.kind, ms, total: r.total, found, sqlMs: stats ? stats.totalMs - sql0 : null });
  }
  const mem = process.memoryUsage();
  const topSql = [...(stats?.byStatement ?? new Map()).entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 12)
    .map(([shape, s]): [string, number, number, number] => [shape, s.count, s.ms, s.maxMs]);
  return {
    samples,
    rssStart,
    rss: mem.rss,
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: mem.heapUsed,
    topSql,
  };
}
