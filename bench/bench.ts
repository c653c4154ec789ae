/**
 * `npm run bench`: load benchmark of the built server (dist/server.js, what `npm start` runs) against a
 * bare node:http server answering a static body of the same size, in the same run, on the same machine.
 * Every page is measured with the render cache on (cached) and off (RENDER_CACHE=off: rendered on every
 * request), with autocannon (50 connections by default). Also measures cold start to /readyz on the demo
 * data and the server's RSS. Writes its section of docs/PERFORMANCE.md (unless --no-write, or a partial run:
 * --pages, --cached-only).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { bundle } from "../scripts/bundle.mjs";
import { type Load, load, plainBody, sentBytes } from "./http/load.ts";
import { PAGES } from "./http/pages.ts";
import { ROOT, startApp, startBare, startCompressOnly } from "./http/servers.ts";
import { mb, percentile, writeMarked } from "./report.ts";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    starts: { type: "string", default: "7" },
    profile: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    /** A comma list of page ids (bench/http/pages.ts) to measure instead of all of them. */
    pages: { type: "string" },
    /** Only the cached pass (and the bare server): no RENDER_CACHE=off run, no never-cached pages. */
    "cached-only": { type: "boolean", default: false },
  },
});
const cachedOnly = args["cached-only"];
/** The pages measured: all, or those --pages names (an unknown id stops the run with the list of ids). */
const selected = selectPages(args.pages);
/** A partial run measures less than the table holds, so it never rewrites docs/PERFORMANCE.md. */
const partial = cachedOnly || selected.length < PAGES.length;

function selectPages(list: string | undefined): typeof PAGES {
  if (!list) return PAGES;
  const ids = list.split(",").map((id) => id.trim());
  const unknown = ids.filter((id) => !PAGES.some((p) => p.id === id));
  if (unknown.length > 0 || ids.length === 0) {
    console.error(`unknown page id: ${unknown.join(", ")}; known: ${PAGES.map((p) => p.id).join(", ")}`);
    process.exit(2);
  }
  return PAGES.filter((p) => ids.includes(p.id));
}
const seconds = Number(args.duration);
/** Alternating runs per page and server. */
const ROUNDS = Number(args.rounds);

/** The run with the median req/s. */
function median(runs: Load[]): Load {
  return [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)] as Load;
}
const connections = Number(args.connections);

interface PageResult {
  name: string;
  path: string;
  bytes: number;
  bare: Load;
  cached: Load | null;
  /** Null in a --cached-only run. */
  uncached: Load | null;
  /**
   * The compression ceiling: a bare server that only compresses the page's body per request, as the app
   * compresses a one-off answer (null in a --cached-only run).
   */
  compressOnly: Load | null;
}

async function main(): Promise<void> {
  console.log(`load benchmark: ${connections} connections, ${seconds} s per run`);
  await bundle({ server: "src/server.ts" });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dialogue-load-"));
  try {
    // The first start migrates and loads the demo data; the next ones are cold starts on it.
    await (await startApp({ dataDir, cache: true })).stop();
    const starts: number[] = [];
    for (let i = 0; i < Number(args.starts); i++) {
      const s = await startApp({ dataDir, cache: true });
      starts.push(s.readyMs);
      await s.stop();
    }
    const results = await measurePages(dataDir);
    const report = sectionOf(results.pages, starts, results.rss);
    console.log(report);
    if (!args["no-write"] && !args.profile && !partial)
      writeMarked(path.join(ROOT, "docs", "PERFORMANCE.md"), "bench:load", report);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Cached pass (with the bare server measured page by page), then the uncached pass. */
async function measurePages(dataDir: string): Promise<{ pages: PageResult[]; rss: number }> {
  const bare = await startBare();
  const compressOnly = cachedOnly ? null : await startCompressOnly();
  const out = new Map<string, Partial<PageResult>>();
  let rss = 0;
  try {
    for (const cache of cachedOnly ? [true] : [true, false]) {
      const profileDir = path.join(os.tmpdir(), "dialogue-bench-profiles");
      const nodeArgs = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
      const app = await startApp({ dataDir, cache, nodeArgs });
      try {
        for (const page of selected) {
          if (cachedOnly && !page.cacheable) continue;
          const url = `http://127.0.0.1:${app.port}${page.path}`;
          const r = out.get(page.path) ?? {
            name: page.name,
            path: page.path,
            uncached: null,
            compressOnly: null,
          };
          out.set(page.path, r);
          // The size as cached (brotli 11): what the bare server answers with, for both passes.
          if (cache) r.bytes = await sentBytes(url);
          else await sentBytes(url);
          const bareUrl = `http://127.0.0.1:${bare.port}/${r.bytes}`;
          // Uncached, the ceiling alternates with the app: the same body, compressed per request, nothing else.
          const other = cache ? bareUrl : `http://127.0.0.1:${compressOnly?.port}/${page.id}`;
          if (!cache) await compressOnly?.hold(page.id, await plainBody(url));
          // Warm both (JIT, statement cache, render cache), then alternate short runs and keep the median
          // of each: on a shared 2-core machine the bare server's own figure moves by 2× between runs.
          await load(url, 10, 1);
          await load(other, 10, 1);
          const appRuns: Load[] = [];
          const otherRuns: Load[] = [];
          for (let i = 0; i < ROUNDS; i++) {
            otherRuns.push(await load(other, connections, seconds));
            appRuns.push(await load(url, connections, seconds));
          }
          const measured = median(appRuns);
          console.log(`  ${cache ? "cached  " : "uncached"} ${page.name}: ${measured.rps.toFixed(0)} req/s`);
          if (cache) {
            r.cached = page.cacheable ? measured : null;
            r.bare = median(otherRuns);
            console.log(`  bare     ${r.bytes} B: ${r.bare.rps.toFixed(0)} req/s`);
          } else {
            r.uncached = measured;
            r.compressOnly = median(otherRuns);
            console.log(`  compress-only: ${r.compressOnly.rps.toFixed(0)} req/s`);
          }
        }
        if (cache) rss = app.rss();
      } finally {
        await app.stop();
      }
    }
  } finally {
    await bare.stop();
    await compressOnly?.stop();
  }
  return { pages: [...out.values()] as PageResult[], rss };
}

const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)} %`;
const ms = (v: number) => v.toFixed(0);

function sectionOf(pages: PageResult[], starts: number[], rss: number): string {
  const sorted = [...starts].sort((a, b) => a - b);
  const errors = pages.reduce(
    (n, p) => n + p.bare.errors + (p.cached?.errors ?? 0) + (p.uncached?.errors ?? 0),
    0,
  );
  const rows = pages.map((p) => {
    const cached = p.cached
      ? `${p.cached.rps.toFixed(0)} | **${pct(p.cached.rps, p.bare.rps)}** | ${ms(p.cached.p50)} | ${ms(p.cached.p99)}`
      : "– | – | – | –";
    const u = p.uncached;
    const uncached = u
      ? `${u.rps.toFixed(0)} | **${pct(u.rps, p.bare.rps)}** | ${ms(u.p50)} | ${ms(u.p99)}`
      : "– | – | – | –";
    const c = p.compressOnly;
    const ceiling = c ? `${pct(c.rps, p.bare.rps)} | ${ms(c.p99)}` : "– | –";
    return `| ${p.name} | ${p.bytes} | ${p.bare.rps.toFixed(0)} | ${cached} | ${uncached} | ${ceiling} |`;
  });
  return [
    "### Load (`npm run bench`)",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "?"}), Node ${process.version}, SQLite, demo data.`,
    "",
    "```sh",
    "npm run bench",
    "```",
    "",
    `autocannon, ${connections} connections, against the built server (\`dist/server.js\`) and, page by page in ` +
      "the same run, a bare `node:http` server answering a static body of random bytes (like compressed ones) of the same size as the page as sent " +
      `(brotli). After a 1 s warm-up of each, ${ROUNDS} runs of ${seconds} s alternate between the bare server ` +
      "and the app; the table gives each one's median run. Requests ask for brotli like a browser. Cached: the " +
      "render cache on (default). Uncached: `RENDER_CACHE=off`, every request rendered and compressed. The search " +
      `API is never cached. Errors and non-2xx answers over all runs: ${errors}.`,
    "",
    "The last two columns are a ceiling for the uncached ones: a bare `node:http` server that does nothing but " +
      "compress the page's body for each request, as the app compresses a page it renders for one request " +
      "(brotli quality 3, `bench/http/compress-server.ts`), measured in alternation with the uncached app. No " +
      "server that compresses each answer can pass it.",
    "",
    "| page | bytes sent | bare req/s | cached req/s | cached ÷ bare | p50 ms | p99 ms | uncached req/s | uncached ÷ bare | p50 ms | p99 ms | compress-only ÷ bare | p99 ms |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...rows,
    "",
    ...(starts.length === 0
      ? []
      : [
          `- Cold start, process spawn to \`/readyz\` answering 200 on the demo data (median of ${starts.length}): ` +
            `**${ms(percentile(sorted, 50))} ms** (min ${ms(sorted[0] ?? 0)}, max ${ms(sorted.at(-1) ?? 0)}). Target 1,000 ms.`,
        ]),
    `- RSS of the server after the cached runs: **${mb(rss)}**.`,
    "",
  ].join("\n");
}

await main();
