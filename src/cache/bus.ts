import type { Kysely } from "kysely";
import { sql } from "kysely";
import pg from "pg";
import type { Database } from "../db/connection.ts";
import type { DB } from "../db/types.ts";
import type { RenderCache } from "./render-cache.ts";

const CHANNEL = "dialogue_cache";
/** NOTIFY payloads are limited to 8000 bytes; past this, the message says "drop everything". */
const MAX_PAYLOAD = 7_000;

/**
 * Carries cache invalidations. Within one process, `invalidate` drops entries at once (after the write's
 * commit). With several app processes on one PostgreSQL, `publish` sends the tags with NOTIFY inside the
 * write's transaction, so other processes hear of it exactly when the write commits, and `listen` applies
 * what they hear.
 */
export interface CacheBus {
  /** Inside the write's transaction: tell the other processes (PostgreSQL; nothing to do on SQLite). */
  publish(trx: Kysely<DB>, tags: readonly string[]): Promise<void>;
  /** After the commit: drop this process's entries that depend on the tags. */
  invalidate(tags: readonly string[]): void;
  /** Stops listening. */
  close(): Promise<void>;
}

/** Builds the bus for a database and a cache; on PostgreSQL it LISTENs on a connection of its own. */
export async function createCacheBus(
  database: Database,
  cache: RenderCache,
  url: string,
  log?: { warn: (o: object, m: string) => void },
): Promise<CacheBus> {
  const apply = (payload: string) => {
    if (payload === "*") cache.clear();
    else cache.invalidate(payload.split("\n"));
  };
  let client: pg.Client | undefined;
  let closed = false;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on("notification", (n) => apply(n.payload ?? "*"));
    c.on("error", (err) => {
      log?.warn({ err }, "cache listener lost its connection; dropping the cache and reconnecting");
      cache.clear();
      if (!closed) setTimeout(() => void connect().catch(() => undefined), 1_000).unref();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    // Writes committed while no one listened were not heard: whatever was kept meanwhile may be stale.
    if (client) cache.clear();
    client = c;
  };
  if (database.dialect === "postgres") await connect();
  return {
    publish: async (trx, tags) => {
      if (database.dialect !== "postgres" || tags.length === 0) return;
      const text = tags.join("\n");
      await sql`select pg_notify(${CHANNEL}, ${text.length > MAX_PAYLOAD ? "*" : text})`.execute(trx);
    },
    invalidate: (tags) => {
      cache.invalidate(tags);
    },
    close: async () => {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}
