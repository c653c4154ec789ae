import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, type KyselyConfig, type LogEvent, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { sortKey } from "../i18n/collation.ts";
import { isLocale } from "../i18n/locales.ts";
import { SORT_KEY_FUNCTION } from "./collation.ts";
import type { DB } from "./types.ts";

export type Dialect = "sqlite" | "postgres";

/** An open database: the Kysely handle, which dialect it speaks, and how to close it. */
export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** PostgreSQL only: the connection URL (the cache listener opens a connection of its own). */
  url?: string;
  /**
   * PostgreSQL only: a handle on a small pool of its own whose sessions carry these settings (one pool per
   * name, opened on first use, closed with the database), for statements that need the planner steered
   * without a transaction around them to set it in.
   */
  tuned?(name: string, settings: Readonly<Record<string, string>>): Kysely<DB>;
  /** Answers true when the database responds to a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…` selects PostgreSQL; empty or `sqlite:PATH` selects SQLite. */
  url: string;
  /** Where the SQLite file lives when the URL does not name one. */
  dataDir: string;
  /** PostgreSQL only: the schema to use (tests isolate themselves this way). */
  schema?: string;
  /**
   * Called with every query run and how long it took (tests use it to EXPLAIN what the pages ask, the
   * search benchmark to say where the time goes).
   */
  onQuery?: (sql: string, parameters: readonly unknown[], ms: number) => void;
}

/** Opens SQLite (WAL, foreign keys, busy timeout) or PostgreSQL, as the URL says. */
export function openDatabase(opts: DatabaseOptions): Database {
  if (/^postgres(ql)?:/.test(opts.url)) return openPostgres(opts.url, opts.schema, opts.onQuery);
  const file = opts.url.startsWith("sqlite:")
    ? opts.url.slice("sqlite:".length)
    : path.join(opts.dataDir, "dialogue.db");
  return openSqlite(file, opts.onQuery);
}

type OnQuery = DatabaseOptions["onQuery"];

/** Kysely's log hook, reporting each query to `onQuery`. */
function logger(onQuery: OnQuery): KyselyConfig["log"] {
  if (!onQuery) return undefined;
  return (e: LogEvent) => {
    if (e.level === "query") onQuery(e.query.sql, e.query.parameters, e.queryDurationMillis);
  };
}

function openSqlite(file: string, onQuery?: OnQuery): Database {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.function(SORT_KEY_FUNCTION, { deterministic: true }, (locale: unknown, text: unknown) =>
    text === null || text === undefined ? null : sortKey(isLocale(locale) ? locale : "en", String(text)),
  );
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    log: logger(onQuery),
  });
  return {
    db,
    dialect: "sqlite",
    ping: async () => {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
}

/** How many prepared statements a SQLite connection keeps for reuse. */
const STATEMENT_CACHE = 256;

/**
 * The connection as Kysely sees it, with prepared statements kept by SQL text (least recently used out
 * first). Kysely prepares every query anew, and preparing costs as much as running a small indexed
 * query; the app runs the same few hundred statements over and over. A statement is only ever run to
 * completion (`all`/`run`, never a lazy `iterate`), so sharing one is safe.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (stmt) cache.delete(text);
      else stmt = sqlite.prepare(text);
      cache.set(text, stmt);
      if (cache.size > STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      return stmt;
    },
  };
}

/** Connections in each tuned pool (`Database.tuned`): searches are short, a few at a time suffice. */
const TUNED_POOL_SIZE = 4;

function openPostgres(url: string, schema?: string, onQuery?: OnQuery): Database {
  // Counts and sums arrive as strings by default; the app's numbers fit in a double.
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    options: schema ? `-c search_path=${schema}` : undefined,
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: logger(onQuery) });
  const tuned = new Map<string, Kysely<DB>>();
  return {
    db,
    dialect: "postgres",
    url,
    tuned(name, settings) {
      let handle = tuned.get(name);
      if (!handle) {
        const options = [...(schema ? [["search_path", schema]] : []), ...Object.entries(settings)]
          .map(([k, v]) => `-c ${k}=${v}`)
          .join(" ");
        const tunedPool = new pg.Pool({ connectionString: url, max: TUNED_POOL_SIZE, options });
        handle = new Kysely<DB>({ dialect: new PostgresDialect({ pool: tunedPool }), log: logger(onQuery) });
        tuned.set(name, handle);
      }
      return handle;
    },
    ping: async () => {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await Promise.all([...tuned.values()].map((k) => k.destroy()));
      await db.destroy();
    },
  };
}
