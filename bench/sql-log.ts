import SQLite from "better-sqlite3";
import { Kysely, type LogEvent, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "../src/db/connection.ts";
import type { DB } from "../src/db/types.ts";

/** Time spent in SQL, in all and per statement shape. */
export interface SqlStats {
  totalMs: number;
  byStatement: Map<string, { count: number; ms: number; maxMs: number }>;
}

/** A statement's shape: whitespace collapsed, parameter lists shortened, cut to a readable length. */
function shapeOf(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/(\(\s*(\?|\$\d+)\s*(,\s*(\?|\$\d+)\s*)+\))/g, "(…)")
    .trim()
    .slice(0, 160);
}

/**
 * Opens the database like `openDatabase` does (same pragmas / pool), but with Kysely's query log
 * feeding `stats`, so the benchmark can say which SQL the time goes to.
 */
export function openLogged(url: string, schema: string | undefined, stats: SqlStats): Database {
  const log = (e: LogEvent): void => {
    stats.totalMs += e.queryDurationMillis;
    const key = shapeOf(e.query.sql);
    const s = stats.byStatement.get(key) ?? { count: 0, ms: 0, maxMs: 0 };
    s.count++;
    s.ms += e.queryDurationMillis;
    s.maxMs = Math.max(s.maxMs, e.queryDurationMillis);
    stats.byStatement.set(key, s);
  };
  let db: Kysely<DB>;
  if (/^postgres(ql)?:/.test(url)) {
    pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
    pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      options: schema ? `-c search_path=${schema}` : undefined,
    });
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log });
  } else {
    const file = new SQLite(url.slice("sqlite:".length));
    file.pragma("journal_mode = WAL");
    file.pragma("foreign_keys = ON");
    file.pragma("busy_timeout = 5000");
    file.pragma("synchronous = NORMAL");
    db = new Kysely<DB>({ dialect: new SqliteDialect({ database: file }), log });
  }
  return {
    db,
    dialect: /^postgres(ql)?:/.test(url) ? "postgres" : "sqlite",
    ping: async () => {
      await sql`select 1`.execute(db);
      return true;
    },
    close: () => db.destroy(),
  };
}
