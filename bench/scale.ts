/**
 * `npm run bench:data -- --size 10k|100k|1m` (several sizes: `--size 10k,100k,1m`, the default): fills a
 * database with the demo data plus generated rows of that size (bench/data/: people, organizations,
 * events over 30 years with sessions and statements, projects, plan items with updates, indicator
 * observations, audit rows), starts the built server on each with the render cache off, and measures each
 * page's median latency (one connection, so the figure is the page's own time, not queueing), the sizes
 * in alternation (measureAll). With more than one size it reports how each page's median grows from the
 * smallest to the largest, and the server's RSS after the 100k run. Writes its section of docs/PERFORMANCE.md (unless --no-write).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { bundle } from "../scripts/bundle.mjs";
import { openDatabase } from "../src/db/connection.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { seedDemo } from "../src/db/seed/demo.ts";
import { reindexAll } from "../src/features/search/search.indexer.ts";
import { generateData } from "./data/generate.ts";
import { progressLine } from "./data/progress.ts";
import { latencies, median } from "./http/load.ts";
import { PAGES } from "./http/pages.ts";
import { ROOT, startApp } from "./http/servers.ts";
import { mb, writeMarked } from "./report.ts";

const { values: args } = parseArgs({
  options: {
    size: { type: "string", default: "10k,100k,1m" },
    duration: { type: "string", default: "5" },
    "no-write": { type: "boolean", default: false },
  },
});

/** Rows the generator writes per public document, all tables (measured: about 11.4 at every size). */
const ROWS_PER_DOC = 11.4;

/** Turns per page and size, in alternation (see measureAll). */
const ROUNDS = 5;

/** "10k" → 10000, "1m" → 1000000, "2500" → 2500. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`bad size "${s}": use a number, optionally with k or m (10k, 100k, 1m)`);
  const unit = m[2]?.toLowerCase() === "m" ? 1e6 : m[2]?.toLowerCase() === "k" ? 1e3 : 1;
  return Math.round(Number(m[1]) * unit);
}

interface SizeResult {
  label: string;
  rows: number;
  genMs: number;
  medians: Map<string, number>;
  rss: number;
}

/** Demo data, then generated rows, then the search index: a database the server can open as is. */
export async function prepare(dataDir: string, rows: number): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  const database = openDatabase({ url: "", dataDir });
  try {
    await migrateToLatest(database.db);
    await seedDemo(database.db);
    const progress = progressLine("generate");
    const gen = await generateData(database, {
      docs: Math.max(1, Math.round(rows / ROWS_PER_DOC)),
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.done();
    const index = progressLine("index");
    await reindexAll(database.db, (done, total) => index.update(done, total));
    index.done();
    return { rows: gen.rows, ms: performance.now() - started };
  } finally {
    await database.close();
  }
}

/** A size's data, prepared in a directory of its own. */
interface Prepared {
  label: string;
  dataDir: string;
  rows: number;
  genMs: number;
}

/**
 * Measures every page on every size's server, the sizes in alternation: each page gets `ROUNDS` turns per
 * size, in a rotating order, and a size's median is over all its turns. A size measured minutes after
 * another would see a different machine: on the shared 2-core machines here the same search took 3.9 ms
 * in one minute and 6.2 ms in the next, which one size after another had turned into a growth "from
 * the data".
 */
async function measureAll(sizes: Prepared[]): Promise<SizeResult[]> {
  const apps: Awaited<ReturnType<typeof startApp>>[] = [];
  try {
    for (const s of sizes) apps.push(await startApp({ dataDir: s.dataDir, cache: false, seed: false }));
    const medians = sizes.map(() => new Map<string, number>());
    const seconds = Number(args.duration) / ROUNDS;
    for (const page of PAGES) {
      const urls = apps.map((app) => `http://127.0.0.1:${app.port}${page.path}`);
      for (const url of urls) await latencies(url, 1);
      const times: number[][] = sizes.map(() => []);
      for (let round = 0; round < ROUNDS; round++) {
        for (let k = 0; k < sizes.length; k++) {
          const i = (k + round) % sizes.length;
          const r = await latencies(urls[i] ?? "", seconds);
          if (r.errors > 0) throw new Error(`${page.path}: ${r.errors} errors at size ${sizes[i]?.label}`);
          times[i]?.push(...r.times);
        }
      }
      const line = sizes.map((s, i) => {
        medians[i]?.set(page.name, median(times[i] ?? []));
        return `${s.label} ${median(times[i] ?? []).toFixed(2)} ms (${times[i]?.length})`;
      });
      console.log(`  ${page.name}: median ${line.join(", ")}`);
    }
    return sizes.map((s, i) => ({
      label: s.label,
      rows: s.rows,
      genMs: s.genMs,
      medians: medians[i] ?? new Map(),
      rss: apps[i]?.rss() ?? 0,
    }));
  } finally {
    for (const app of apps) await app.stop();
  }
}

function sectionOf(results: SizeResult[]): string {
  const first = results[0];
  const last = results.at(-1);
  const growth = results.length > 1 && first && last;
  const head = `| page | ${results.map((r) => `${r.label} (${r.rows.toLocaleString("en")} rows) median ms`).join(" | ")} |${growth ? ` growth ${first.label} → ${last.label} |` : ""}`;
  const rule = `|---|${results.map(() => "--:").join("|")}|${growth ? "--:|" : ""}`;
  const rows = PAGES.map((p) => {
    const cells = results.map((r) => r.medians.get(p.name)?.toFixed(2) ?? "–");
    const ratio = growth
      ? ` **${((last.medians.get(p.name) ?? 0) / (first.medians.get(p.name) || 1)).toFixed(2)}×** |`
      : "";
    return `| ${p.name} | ${cells.join(" | ")} |${ratio}`;
  });
  const rss = results.find((r) => r.label.toLowerCase() === "100k") ?? last;
  return [
    "### Scale (`npm run bench:data`)",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "?"}), Node ${process.version}, SQLite.`,
    "",
    "```sh",
    `npm run bench:data -- --size ${results.map((r) => r.label).join(",")}`,
    "```",
    "",
    "Each size: the demo data plus generated rows (bench/data/), the search index built, then the built " +
      "server with `RENDER_CACHE=off` (every request renders and queries), one connection, " +
      `requests one after another for ${args.duration} s per page and size after a 1 s warm-up, in ${ROUNDS} turns ` +
      "that alternate between the sizes (so that a change in the machine's speed meets every size alike); the median latency seen by " +
      "the client (keep-alive, body read to the end). " +
      "Target: at most 2× from 10k to 1M rows.",
    "",
    head,
    rule,
    ...rows,
    "",
    ...results.map(
      (r) =>
        `- ${r.label}: prepared in ${(r.genMs / 1000).toFixed(0)} s; server RSS after its run **${mb(r.rss)}**.`,
    ),
    rss ? `- RSS after the ${rss.label} run: **${mb(rss.rss)}** (target 200 MB).` : "",
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const labels = String(args.size)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const l of labels) parseSize(l);
  await bundle({ server: "src/server.ts" });
  const sizes: Prepared[] = [];
  try {
    for (const label of labels) {
      const size: Prepared = {
        label,
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "dialogue-scale-")),
        rows: 0,
        genMs: 0,
      };
      sizes.push(size); // before preparing, so that its directory is removed even if preparing fails
      console.log(`size ${label}`);
      const { rows, ms } = await prepare(size.dataDir, parseSize(label));
      size.rows = rows;
      size.genMs = ms;
    }
    const report = sectionOf(await measureAll(sizes));
    console.log(report);
    if (!args["no-write"]) writeMarked(path.join(ROOT, "docs", "PERFORMANCE.md"), "bench:scale", report);
  } finally {
    for (const s of sizes) fs.rmSync(s.dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, "bench", "scale.ts")) await main();
