import { type InsertObject, type Kysely, sql } from "kysely";
import type { Dialect } from "../../src/db/connection.ts";
import type { LocaleMap } from "../../src/db/translations.ts";
import type { DB, TranslatableEntity } from "../../src/db/types.ts";

/** Tables in foreign-key order: a flush inserts parents before children. */
const ORDER = [
  "countries",
  "topics",
  "organizations",
  "people",
  "person_sort_keys",
  "positions",
  "chairmanships",
  "events",
  "event_organizations",
  "event_countries",
  "sessions",
  "participations",
  "statements",
  "action_plans",
  "plan_items",
  "plan_item_countries",
  "showcase_blocks",
  "projects",
  "project_presenters",
  "news",
  "documents",
  "plan_updates",
  "indicators",
  "observations",
  "person_topics",
  "event_topics",
  "statement_topics",
  "plan_item_topics",
  "project_topics",
  "translations",
  "audit_log",
] as const satisfies readonly (keyof DB)[];

export type Table = (typeof ORDER)[number];
/** Tables whose ids the writer hands out itself. */
export type IdTable = Extract<
  Table,
  | "organizations"
  | "people"
  | "positions"
  | "chairmanships"
  | "events"
  | "sessions"
  | "participations"
  | "statements"
  | "action_plans"
  | "plan_items"
  | "showcase_blocks"
  | "projects"
  | "news"
  | "documents"
  | "plan_updates"
  | "indicators"
  | "observations"
  | "audit_log"
>;
const ID_TABLES: readonly IdTable[] = [
  "organizations",
  "people",
  "positions",
  "chairmanships",
  "events",
  "sessions",
  "participations",
  "statements",
  "action_plans",
  "plan_items",
  "showcase_blocks",
  "projects",
  "news",
  "documents",
  "plan_updates",
  "indicators",
  "observations",
  "audit_log",
];

/** Bound parameters per INSERT: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;

/**
 * Buffers rows per table and writes them in multi-row INSERTs, one transaction per flush, parents
 * first. Ids are handed out here (max(id) + 1, …), so children can point at parents before either is
 * written; on PostgreSQL the serial sequences are moved past them at the end.
 */
export class BatchWriter {
  private readonly buffers = new Map<Table, Record<string, unknown>[]>();
  private readonly nextIds = new Map<IdTable, number>();
  private buffered = 0;
  /** Rows written so far, all tables. */
  written = 0;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
    private readonly flushAt = 25_000,
  ) {}

  /** Reads the current max(id) of every id table; call once before `id()`. */
  async init(): Promise<void> {
    for (const t of ID_TABLES) {
      const row = await this.db
        .selectFrom(t)
        .select((eb) => eb.fn.max<number | null>("id").as("max"))
        .executeTakeFirst();
      this.nextIds.set(t, Number(row?.max ?? 0) + 1);
    }
  }

  /** The next id of a table. */
  id(table: IdTable): number {
    const id = this.nextIds.get(table);
    if (id === undefined) throw new Error("BatchWriter.init() was not called");
    this.nextIds.set(table, id + 1);
    return id;
  }

  /** Queues one row. */
  add<T extends Table>(table: T, row: InsertObject<DB, T>): void {
    let buf = this.buffers.get(table);
    if (!buf) {
      buf = [];
      this.buffers.set(table, buf);
    }
    buf.push(row as Record<string, unknown>);
    this.buffered++;
  }

  /** Queues the texts of an entity's fields (skipping empty ones). */
  tr(entity: TranslatableEntity, entityId: number, fields: Record<string, LocaleMap | undefined>): void {
    for (const [field, locales] of Object.entries(fields)) {
      for (const [locale, value] of Object.entries(locales ?? {})) {
        if (value) this.add("translations", { entity, entity_id: entityId, field, locale, value });
      }
    }
  }

  /** Flushes when enough rows are buffered. */
  async maybeFlush(): Promise<void> {
    if (this.buffered >= this.flushAt) await this.flush();
  }

  /** Writes everything buffered, in one transaction. */
  async flush(): Promise<void> {
    if (this.buffered === 0) return;
    await this.db.transaction().execute(async (trx) => {
      for (const table of ORDER) {
        const rows = this.buffers.get(table);
        if (!rows || rows.length === 0) continue;
        const per = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(rows[0]!).length));
        for (let i = 0; i < rows.length; i += per) {
          await trx
            .insertInto(table)
            .values(rows.slice(i, i + per) as InsertObject<DB, typeof table>[])
            .execute();
        }
        this.written += rows.length;
      }
    });
    this.buffers.clear();
    this.buffered = 0;
  }

  /** Flushes, then (PostgreSQL) moves each serial sequence past the ids handed out. */
  async finish(): Promise<void> {
    await this.flush();
    if (this.dialect !== "postgres") return;
    for (const t of ID_TABLES) {
      await sql`select setval(pg_get_serial_sequence(${t}, 'id'), coalesce((select max(id) from ${sql.table(t)}), 0) + 1, false)`.execute(
        this.db,
      );
    }
  }
}
