import { LRUCache } from "lru-cache";

/** One entity's translated fields, as `loadTranslations` returns them ({ title: { en, ru }, … }). */
type Fields = Record<string, Partial<Record<string, string>>>;

/** What is kept for an entity that has no translations at all (so it is not asked for again). */
const NONE: Fields = Object.freeze({});

/**
 * About 16 MB of text (a UTF-16 code unit counted as 2 bytes, plus a little per field and locale; V8's own
 * objects add about as much again): the texts of tens of thousands of entities, within the 200 MB RSS budget.
 */
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

function sizeOf(fields: Fields): number {
  let n = 64;
  for (const [field, locales] of Object.entries(fields)) {
    n += 2 * field.length + 32;
    for (const v of Object.values(locales)) n += 2 * (v?.length ?? 0) + 24;
  }
  return n;
}

function frozen(fields: Fields): Fields {
  for (const locales of Object.values(fields)) Object.freeze(locales);
  return Object.freeze(fields);
}

/**
 * The translations of entities, kept in memory per entity (`event:12` → its FieldMap), so that a page does
 * not read the `translations` table for texts it read before. It is the largest share of an uncached page's
 * SQL. Kept even when the render cache is off.
 *
 * Correctness rests on three rules:
 * - An entry is dropped by the render cache's own invalidation, which runs after a write commits: in this
 *   process when the write's answer is sent, in other processes when PostgreSQL delivers the NOTIFY sent in
 *   the write's transaction. The key is the entity's dependency tag, so a write drops exactly its entity.
 * - A read that an invalidation overtook is not stored (`epoch`): the read may have seen the old text.
 * - Reads inside a transaction neither use nor fill the cache (they may see the transaction's own writes,
 *   which nobody else may see before the commit).
 *
 * Entries are frozen: every request shares them. Bounded by size, least recently used first out.
 */
export class TranslationCache {
  private readonly entries: LRUCache<string, Fields>;
  private generation = 0;

  constructor(maxBytes = DEFAULT_MAX_BYTES) {
    this.entries = new LRUCache<string, Fields>({ maxSize: maxBytes, sizeCalculation: sizeOf });
  }

  /** Bumped by every invalidation; a read records it before it queries and hands it to `store`. */
  get epoch(): number {
    return this.generation;
  }

  /** An entity's fields: a FieldMap, `null` when it is known to have none, `undefined` when not known. */
  get(entity: string, id: number): Fields | null | undefined {
    const hit = this.entries.get(`${entity}:${id}`);
    if (hit === undefined) return undefined;
    return hit === NONE ? null : hit;
  }

  /**
   * Keeps what a read found for an entity (undefined: no translations), unless an invalidation happened
   * since `startedAt` (the read may predate that write). The fields are frozen; the caller must not change
   * them afterwards.
   */
  store(startedAt: number, entity: string, id: number, fields: Fields | undefined): void {
    if (startedAt !== this.generation) return;
    this.entries.set(`${entity}:${id}`, fields ? frozen(fields) : NONE);
  }

  /** Drops the entities named by these tags (`event:12`; list tags name no entity and are ignored). */
  invalidate(tags: Iterable<string>): void {
    this.generation++;
    for (const tag of tags) if (!tag.startsWith("list:")) this.entries.delete(tag);
  }

  /** Drops everything. */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  /** How many entities are kept. */
  get size(): number {
    return this.entries.size;
  }
}

const byDatabase = new WeakMap<object, TranslationCache>();

/**
 * The translation cache of a database handle, made on first use (the cache plugin asks for it, and wires it
 * to its invalidation). Apps sharing one handle share one cache, and each one's invalidations reach it.
 */
export function translationCacheFor(db: object): TranslationCache {
  let cache = byDatabase.get(db);
  if (!cache) {
    cache = new TranslationCache();
    byDatabase.set(db, cache);
  }
  return cache;
}

/**
 * The cache a read through `db` may use: none inside a transaction, and none for a handle no app wired to
 * an invalidation (the CLI, the benchmarks' generators, tests without an app), which read the table as before.
 */
export function usableTranslationCache(db: { isTransaction: boolean }): TranslationCache | undefined {
  return db.isTransaction ? undefined : byDatabase.get(db);
}
