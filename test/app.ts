import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { type Config, loadConfig } from "../src/config.ts";
import { type Database, openDatabase } from "../src/db/connection.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { seedDemo } from "../src/db/seed/demo.ts";

/** The PostgreSQL URL the suite runs against, when there is one. */
export const PG_URL = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "")
  ? process.env.DATABASE_URL
  : undefined;

export interface TestDb {
  database: Database;
  config: Config;
  /** Drops everything the test created. */
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory SQLite, or, when DATABASE_URL
 * points at PostgreSQL, a schema of its own in that database (dropped afterwards).
 */
export async function createTestDb(
  opts: { seed?: boolean; onQuery?: (sql: string, parameters: readonly unknown[]) => void } = {},
): Promise<TestDb> {
  const config = loadConfig({
    LOG_LEVEL: "silent",
    DATA_DIR: `/tmp/dialogue-test-${randomBytes(4).toString("hex")}`,
  });
  let database: Database;
  let drop = async () => {};
  let schema: string | undefined;
  if (PG_URL) {
    schema = `t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    database = openDatabase({ url: PG_URL, dataDir: config.dataDir, schema, onQuery: opts.onQuery });
    drop = async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    };
  } else {
    database = openDatabase({ url: "sqlite::memory:", dataDir: config.dataDir, onQuery: opts.onQuery });
  }
  try {
    await migrateToLatest(database.db, schema);
  } catch (e) {
    await database.close();
    await drop();
    throw e;
  }
  if (opts.seed !== false) await seedDemo(database.db);
  return {
    database,
    config,
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

export interface TestApp extends TestDb {
  app: FastifyInstance;
}

/** The real app, in-process, over a fresh database with the demo data (unless seed: false). */
export async function createTestApp(
  opts: { seed?: boolean; onQuery?: (sql: string, parameters: readonly unknown[]) => void } = {},
): Promise<TestApp> {
  const tdb = await createTestDb(opts);
  const app = await buildApp({ config: tdb.config, database: tdb.database, logger: false });
  await app.ready();
  return {
    ...tdb,
    app,
    close: async () => {
      await app.close();
      await tdb.close();
    },
  };
}

/** GETs a page and returns its status and HTML; asks for HTML like a browser does. */
export async function getPage(
  app: FastifyInstance,
  url: string,
): Promise<{ status: number; html: string; headers: Record<string, unknown> }> {
  const res = await app.inject({ method: "GET", url, headers: { accept: "text/html" } });
  return { status: res.statusCode, html: res.body, headers: res.headers };
}

/** GETs JSON and returns its status and parsed body. */
export async function getJson<T = unknown>(
  app: FastifyInstance,
  url: string,
): Promise<{ status: number; body: T }> {
  const res = await app.inject({ method: "GET", url, headers: { accept: "application/json" } });
  return { status: res.statusCode, body: res.json() as T };
}

/** The visible text of an HTML string: tags stripped, entities decoded, white space folded. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#(\d+)|#x([0-9a-f]+)|amp|lt|gt|quot|apos|nbsp);/gi, (_m, _e, dec, hex) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
      return (
        { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&nbsp;": " " }[
          _m.toLowerCase()
        ] ?? _m
      );
    })
    .replace(/\s+/g, " ")
    .trim();
}
