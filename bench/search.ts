/**
 * `npm run bench:search [-- --docs N --queries N --warmup N --seed N --keep --no-write]`
 * Diagnostics: `--sql` (time per SQL statement; adds a little overhead), `--profile` (CPU profile of the
 * query process, into $TMPDIR/dialogue-bench-profiles/), `--reuse PATH|SCHEMA` (a kept SQLite file, or a
 * kept schema of DATABASE_URL: no generation), `--no-index` (with --reuse: keep the existing index),
 * `--kinds phrase,filter` (only these query kinds).
 *
 * Generates N searchable documents (default 100,000) into a fresh database (SQLite in a temp dir, or a
 * schema of its own in the PostgreSQL of DATABASE_URL), builds the search index with `reindexAll`
 * (documents/s), then measures `search()` latency p50/p95/p99 over a mix of queries drawn from the
 * data, in a separate process that only opens the database and searches (so its RSS is what a server
 * process would use, not the generator's), and writes the figures into docs/PERFORMANCE.md.
 */
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import pg from "pg";
import { bundle } from "../scripts/bundle.mjs";
import { type Database, openDatabase } from "../src/db/connection.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { reindexAll } from "../src/features/search/search.indexer.ts";
import { generateData } from "./data/generate.ts";
import { progressLine } from "./data/progress.ts";
import { type BenchQuery, buildQueries } from "./data/queries.ts";
import { mb, type Report, section, sqlTable, summarize, writeSection } from "./report.ts";
import { type RunResult, runQueries } from "./search-run.ts";
import { openLogged, type SqlStats } from "./sql-log.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOC_FILE = path.join(HERE, "..", "docs", "PERFORMANCE.md");
const TARGETS = { p95: 10, rss: 200 };

/** Where the benchmark's database lives. */
interface Target {
  url: string;
  dataDir: string;
  schema?: string;
}
/** The message the query process receives. */
interface RunRequest {
  target: Target;
  queries: BenchQuery[];
  warmup: number;
  sql: boolean;
}

const { values: args } = parseArgs({
  options: {
    docs: { type: "string", default: "100000" },
    queries: { type: "string", default: "600" },
    warmup: { type: "string", default: "60" },
    seed: { type: "string", default: "42" },
    keep: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    sql: { type: "boolean", default: false },
    reuse: { type: "string" },
    "no-index": { type: "boolean", default: false },
    kinds: { type: "string" },
    child: { type: "boolean", default: false },
  },
});

const PG_URL = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL! : "";

async function pgAdmin(query: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(query);
  } finally {
    await c.end();
  }
}

async function open(target: Target): Promise<Database> {
  return openDatabase({ url: target.url, dataDir: target.dataDir, schema: target.schema });
}

/** The query process: open, run, report, exit. */
function child(): void {
  process.once("message", async (msg: RunRequest) => {
    const stats: SqlStats = { totalMs: 0, byStatement: new Map() };
    const database = msg.sql ? openLogged(msg.target.url, msg.target.schema, stats) : await open(msg.target);
    const result = await runQueries(database, msg.queries, msg.warmup, msg.sql ? stats : undefined);
    await database.close();
    process.send?.(result, () => process.exit(0));
  });
}

/**
 * Runs the queries in a fresh Node process (with --cpu-prof when profiling). The process runs this file
 * bundled by esbuild, as `npm start` runs the server: plain JavaScript without the TypeScript loader, whose
 * own memory (about 36 MB) would otherwise count in the RSS measured.
 */
async function runInChild(req: RunRequest, profileDir: string | null): Promise<RunResult> {
  await bundle({ search: "bench/search.ts" }, "dist/bench");
  const execArgv = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const proc = fork(path.join(HERE, "..", "dist", "bench", "search.js"), ["--child"], {
    execArgv,
    stdio: "inherit",
  });
  return new Promise((resolve, reject) => {
    proc.once("message", (m) => resolve(m as RunResult));
    proc.once("error", reject);
    proc.once("exit", (code) => {
      if (code !== 0) reject(new Error(`query process exited with ${code}`));
    });
    proc.send(req);
  });
}

async function indexSize(database: Database, target: Target): Promise<string> {
  if (database.dialect === "postgres") {
    const r = await sql<{
      bytes: number;
    }>`select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint as bytes
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${target.schema} and c.relkind = 'r' and c.relname like 'search%'`.execute(
      database.db,
    );
    return `search tables ${mb(Number(r.rows[0]?.bytes ?? 0))}`;
  }
  const file = target.url.slice("sqlite:".length);
  try {
    const r = await sql<{
      bytes: number;
    }>`select sum(pgsize) as bytes from dbstat where name like 'search%'`.execute(database.db);
    return `search tables ${mb(Number(r.rows[0]?.bytes ?? 0))}, database file ${mb(fs.statSync(file).size)}`;
  } catch {
    return `database file ${mb(fs.statSync(file).size)}`;
  }
}

function commandLine(): string {
  const extra = process.argv.slice(2).filter((a) => a !== "--child");
  const env = PG_URL ? `DATABASE_URL=${PG_URL.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@")} ` : "";
  return `${env}npm run bench:search${extra.length ? ` -- ${extra.join(" ")}` : ""}`;
}

async function main(): Promise<void> {
  const docs = Number(args.docs);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dialogue-bench-"));
  const reuse = args.reuse;
  const target: Target = PG_URL
    ? { url: PG_URL, dataDir: tmp, schema: reuse ?? `bench_${randomBytes(4).toString("hex")}` }
    : { url: `sqlite:${reuse ?? path.join(tmp, "bench.db")}`, dataDir: tmp };
  if (target.schema && !reuse) await pgAdmin(`create schema ${target.schema}`);
  const where = target.schema ? `PostgreSQL schema ${target.schema}` : target.url;
  console.error(`search benchmark: ${reuse ? "reusing" : `${docs} documents,`} ${where}`);
  const database = await open(target);
  let closed = false;
  try {
    await migrateToLatest(database.db, target.schema);
    let gen = { docs: 0, rows: 0, ms: 0 };
    if (!reuse) {
      const bar = progressLine("generate");
      gen = await generateData(database, { docs, seed: Number(args.seed), onProgress: bar.update });
      bar.done();
    }
    let summary = { documents: 0, records: 0 };
    let indexSecs = 0;
    if (!reuse || !args["no-index"]) {
      const bar = progressLine("index");
      const t0 = performance.now();
      summary = await reindexAll(database.db, bar.update);
      indexSecs = (performance.now() - t0) / 1000;
      bar.done();
    }
    // As autovacuum would leave it: a rebuild in place leaves the old index rows dead until a vacuum.
    if (database.dialect === "postgres") await sql`vacuum analyze`.execute(database.db);
    else await sql`pragma wal_checkpoint(truncate)`.execute(database.db);
    const size = await indexSize(database, target);
    const kinds = args.kinds?.split(",");
    const queries = (await buildQueries(database.db, Number(args.queries))).filter(
      (q) => !kinds || kinds.includes(q.kind),
    );
    await database.close();
    closed = true;

    console.error(`  queries    ${queries.length} (+${args.warmup} warm-up) in a separate process`);
    const profileDir = args.profile ? path.join(os.tmpdir(), "dialogue-bench-profiles") : null;
    const run = await runInChild({ target, queries, warmup: Number(args.warmup), sql: args.sql }, profileDir);
    const rows = summarize(run.samples);
    const cpus = os.cpus();
    const report: Report = {
      database: database.dialect,
      date: new Date().toISOString().slice(0, 10),
      command: commandLine(),
      env: `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}, ${os.platform()} ${os.release()}, ${database.dialect === "postgres" ? "PostgreSQL" : "SQLite (better-sqlite3)"}`,
      docs: gen.docs || summary.documents,
      generate: { rows: gen.rows, secs: gen.ms / 1000 },
      index: { documents: summary.documents, secs: indexSecs, size },
      rows,
      run,
      benchMaxRss: process.resourceUsage().maxRSS * 1024,
      targets: TARGETS,
    };
    const text = section(report);
    console.log(`\n${text}`);
    if (args.sql)
      console.log(`Time per SQL statement over the measured queries:\n\n${sqlTable(run.topSql)}\n`);
    if (profileDir) console.error(`CPU profile of the query process written to ${profileDir}`);
    if (!args["no-write"] && !reuse && !args.sql && !args.profile && !kinds) {
      writeSection(DOC_FILE, database.dialect, text);
      console.error(`written to ${path.relative(process.cwd(), DOC_FILE)}`);
    }
  } finally {
    if (!closed) await database.close();
    const keep = args.keep || reuse !== undefined;
    if (keep) console.error(`kept: ${where}`);
    else if (target.schema) await pgAdmin(`drop schema if exists ${target.schema} cascade`);
    // The temp dir holds only a generated SQLite file: it goes unless that file is kept.
    if (!(keep && !target.schema && !reuse)) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (args.child) child();
else
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
