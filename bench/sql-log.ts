import { type Database, openDatabase } from "../src/db/connection.ts";

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

/** Opens the database as the app does, with every statement's time added to `stats`. */
export function openLogged(url: string, schema: string | undefined, stats: SqlStats): Database {
  return openDatabase({
    url,
    dataDir: "",
    schema,
    onQuery: (text, _params, ms) => {
      stats.totalMs += ms;
      const key = shapeOf(text);
      const s = stats.byStatement.get(key) ?? { count: 0, ms: 0, maxMs: 0 };
      s.count++;
      s.ms += ms;
      s.maxMs = Math.max(s.maxMs, ms);
      stats.byStatement.set(key, s);
    },
  });
}
