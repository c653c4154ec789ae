import type { InsertObject, Kysely } from "kysely";
import type { LocaleMap } from "../translations.ts";
import type { DB, TranslatableEntity, TranslationsTable } from "../types.ts";
import { SEED_TIME } from "./types.ts";

/** Rows inserted per statement when bulk-loading (well under SQLite's bound-parameter limit). */
const CHUNK = 200;

/**
 * Carries the transaction of one seed run, remembers the ids of what it inserted under
 * their slugs, and collects translations to write in bulk at the end.
 */
export class SeedWriter {
  readonly ids = {
    topic: new Map<string, number>(),
    org: new Map<string, number>(),
    person: new Map<string, number>(),
    position: new Map<string, number>(),
    chairmanship: new Map<number, number>(),
    event: new Map<string, number>(),
    session: new Map<string, number>(),
    block: new Map<string, number>(),
    project: new Map<string, number>(),
    plan: new Map<number, number>(),
    document: new Map<string, number>(),
  };
  /** Timestamps every content row gets. */
  readonly meta = { created_at: SEED_TIME, updated_at: SEED_TIME };
  private readonly translations: TranslationsTable[] = [];

  constructor(readonly db: Kysely<DB>) {}

  /** Queues the given fields' texts of one entity; undefined fields and empty texts are skipped. */
  tr(entity: TranslatableEntity, entityId: number, fields: Record<string, LocaleMap | undefined>): void {
    for (const [field, locales] of Object.entries(fields)) {
      if (!locales) continue;
      for (const [locale, value] of Object.entries(locales)) {
        if (!value) continue;
        this.translations.push({ entity, entity_id: entityId, field, locale, value });
      }
    }
  }

  /** Writes every queued translation. */
  async flush(): Promise<void> {
    await this.bulk("translations", this.translations);
    this.translations.length = 0;
  }

  /** Inserts many rows into one table (link tables, translations), in chunks. */
  async bulk<T extends keyof DB & string>(table: T, rows: readonly InsertObject<DB, T>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await this.db
        .insertInto(table)
        .values(rows.slice(i, i + CHUNK))
        .execute();
    }
  }
}

/** Looks a slug up in one of the writer's id maps; a missing slug is a bug in the seed data. */
export function idOf<K>(map: Map<K, number>, key: K, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Demo seed: unknown ${what} "${String(key)}"`);
  return id;
}
