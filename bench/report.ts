import fs from "node:fs";
import { QUERY_KINDS } from "./data/queries.ts";
import type { RunResult, Sample } from "./search-run.ts";

/** Latency and quality figures of one group of queries. */
export interface Row {
  kind: string;
  n: number;
  /** Median number of matching documents. */
  matches: number;
  /** Share of queries with at least one result. */
  hits: number;
  /** Share of full-name queries whose person is on the first page (null: none in the group). */
  found: number | null;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Share of the time spent in SQL (only with --sql). */
  sql: number | null;
}

/** The nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

function rowOf(kind: string, samples: readonly Sample[]): Row {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const judged = samples.filter((s) => s.found !== null);
  return {
    kind,
    n: samples.length,
    matches: percentile(
      samples.map((s) => s.total).sort((a, b) => a - b),
      50,
    ),
    hits: samples.filter((s) => s.total > 0).length / Math.max(1, samples.length),
    found: judged.length ? judged.filter((s) => s.found).length / judged.length : null,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms[ms.length - 1] ?? 0,
    sql: samples.some((s) => s.sqlMs === null)
      ? null
      : samples.reduce((n, s) => n + (s.sqlMs ?? 0), 0) /
        Math.max(
          1e-9,
          samples.reduce((n, s) => n + s.ms, 0),
        ),
  };
}

/** One row per query kind, then "all". */
export function summarize(samples: readonly Sample[]): Row[] {
  const rows = QUERY_KINDS.map((k) =>
    rowOf(
      k,
      samples.filter((s) => s.kind === k),
    ),
  ).filter((r) => r.n > 0);
  rows.push(rowOf("all", samples));
  return rows;
}

const pct = (x: number | null): string => (x === null ? "–" : `${Math.round(x * 100)} %`);
const ms = (x: number): string => x.toFixed(2);
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const BUCKETS: [string, number][] = [
  ["0–100", 100],
  ["101–1,000", 1000],
  ["1,001–10,000", 10000],
  ["> 10,000", Number.POSITIVE_INFINITY],
];

/** Latency by the number of matching documents (the query's total), as Markdown. */
export function bucketTable(samples: readonly Sample[]): string {
  const lines = ["| matching documents | n | p50 ms | p95 ms | max ms |", "|---|--:|--:|--:|--:|"];
  let low = -1;
  for (const [name, high] of BUCKETS) {
    const ms = samples
      .filter((s) => s.total > low && s.total <= high)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    low = high;
    if (ms.length === 0) continue;
    const times = [percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1]!].map((x) => x.toFixed(2));
    lines.push(`| ${[name, ms.length, ...times].join(" | ")} |`);
  }
  return lines.join("\n");
}

/** The latency table as Markdown. */
export function markdownTable(rows: readonly Row[]): string {
  const withSql = rows.some((r) => r.sql !== null);
  const lines = [
    `| queries | n | median matches | with results | person on page 1 | p50 ms | p95 ms | p99 ms | max ms |${withSql ? " in SQL |" : ""}`,
    `|---|--:|--:|--:|--:|--:|--:|--:|--:|${withSql ? "--:|" : ""}`,
  ];
  for (const r of rows) {
    const name = r.kind === "all" ? "**all**" : r.kind;
    const cells = [
      name,
      r.n,
      r.matches,
      pct(r.hits),
      pct(r.found),
      ms(r.p50),
      ms(r.p95),
      ms(r.p99),
      ms(r.max),
    ];
    if (withSql) cells.push(pct(r.sql));
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/** The statements that took the most time (with --sql), as a Markdown table. */
export function sqlTable(top: readonly [string, number, number, number][]): string {
  const lines = ["| statement | calls | total ms | mean ms | max ms |", "|---|--:|--:|--:|--:|"];
  for (const [shape, count, total, max] of top) {
    lines.push(
      `| \`${shape.replace(/\|/g, "\\|")}\` | ${count} | ${total.toFixed(0)} | ${(total / count).toFixed(2)} | ${max.toFixed(1)} |`,
    );
  }
  return lines.join("\n");
}

/** Everything a report section says. */
export interface Report {
  database: "sqlite" | "postgres";
  date: string;
  command: string;
  env: string;
  docs: number;
  generate: { rows: number; secs: number };
  index: { documents: number; secs: number; size: string };
  rows: Row[];
  run: RunResult;
  benchMaxRss: number;
  targets: { p95: number; rss: number };
}

/** The Markdown section of one database's run. */
export function section(r: Report): string {
  const all = r.rows.find((x) => x.kind === "all")!;
  const p95ok = all.p95 < r.targets.p95;
  const rssok = r.run.rss < r.targets.rss * 1024 * 1024;
  const verdict = (ok: boolean) => (ok ? "met" : "**not met**");
  const fmt = new Intl.NumberFormat("en-US");
  return [
    `### ${r.database === "sqlite" ? "SQLite (FTS5)" : "PostgreSQL (tsvector + GIN)"}`,
    "",
    `Measured ${r.date} on ${r.env}.`,
    "",
    "```sh",
    r.command,
    "```",
    "",
    r.generate.rows > 0
      ? `- Data: ${fmt.format(r.docs)} public documents generated (${fmt.format(r.generate.rows)} rows in all) in ${r.generate.secs.toFixed(1)} s.`
      : "- Data: an existing database (--reuse).",
    r.index.secs > 0
      ? `- Index: \`reindexAll\` indexed ${fmt.format(r.index.documents)} documents in ${r.index.secs.toFixed(1)} s: **${fmt.format(Math.round(r.index.documents / r.index.secs))} documents/s**${r.index.size ? ` (${r.index.size})` : ""}.`
      : `- Index: the existing one (${r.index.size}).`,
    `- Queries: ${all.n} measured after a warm-up, one at a time, \`performance.now()\` around each \`search()\` call in a separate process that only opens the database and searches.`,
    `- p95 ${ms(all.p95)} ms against a target of ${r.targets.p95} ms: ${verdict(p95ok)}. RSS of the query process after the run ${mb(r.run.rss)} (${mb(r.run.rssStart)} before the first query, peak ${mb(r.run.maxRss)}, V8 heap in use ${mb(r.run.heapUsed)}) against ${r.targets.rss} MB: ${verdict(rssok)}. The generating and indexing process peaked at ${mb(r.benchMaxRss)}.`,
    "",
    markdownTable(r.rows),
    "",
    "By the number of documents a query matched (after its filters):",
    "",
    bucketTable(r.run.samples),
    "",
  ].join("\n");
}

const HEADER = `# Performance

Figures measured by the benchmarks in \`bench/\`. Each benchmark rewrites its own section below (between
its markers) when it runs; the text outside the markers is kept.

## Search (\`npm run bench:search\`)

Issue 4's target: p95 under 10 ms over 100,000 documents, process memory under 200 MB RSS.
The generator (\`bench/data/\`) writes realistic, deterministic data into the real schema: people with
Kazakh, Kyrgyz, Tajik, Turkmen, Uzbek and Russian names in Cyrillic and in Latin (BGN/PCGN, ICAO, national
Latin alphabets), organizations, events with sessions and statements, projects, action-plan items, news
and documents, with texts in all seven locales. Queries are drawn from that data: full names in Cyrillic,
full names in a Latin romanization (often not the one stored), three-letter surname prefixes, names with
one typo, two-word phrases from titles (half of them quoted), and a domain word with a country, topic or
year filter. "with results" is the share of queries that found anything; "person on page 1" is, for
full-name queries, the share whose person is among the first 20 results.
`;

/** Writes (or refreshes) one database's section of docs/PERFORMANCE.md. */
export function writeSection(file: string, database: string, body: string): void {
  writeMarked(file, `bench:search:${database}`, body);
}

/** Writes (or refreshes) the block between `<!-- marker -->` and `<!-- /marker -->`; the rest is kept. */
export function writeMarked(file: string, marker: string, body: string): void {
  const start = `<!-- ${marker} -->`;
  const end = `<!-- /${marker} -->`;
  const block = `${start}\n${body}${end}`;
  let text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : HEADER;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a >= 0 && b > a) text = text.slice(0, a) + block + text.slice(b + end.length);
  else text = `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, text);
}
