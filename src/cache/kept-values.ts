import { LRUCache } from "lru-cache";
import { TagIndex } from "./tag-index.ts";

interface Entry<T> {
  value: T;
  tags: readonly string[];
}

/**
 * Values computed from the database (a list's total, a small list of options), each kept under a key with
 * the dependency tags it read (`list:event`…) until an invalidation names one of them. A value whose
 * computation an invalidation overtook is answered but not kept: it may predate the write. At most `max`
 * values, least recently used first out. The list totals and the lookups are two of these.
 */
export class KeptValues<T> {
  private readonly entries: LRUCache<string, Entry<T>>;
  private readonly byTag = new TagIndex();
  /** Bumped by every invalidation: a computation that started before one may have read the old rows. */
  private epoch = 0;

  constructor(max = 10_000) {
    this.entries = new LRUCache<string, Entry<T>>({
      max,
      dispose: (entry, key) => this.byTag.remove(key, entry.tags),
    });
  }

  /** The value under `key`, computed by `load` (and kept under `tags`) when it is not known. */
  async get(key: string, tags: readonly string[], load: () => Promise<T>): Promise<T> {
    const known = this.entries.get(key);
    if (known) return known.value;
    const started = this.epoch;
    const value = await load();
    // A write committed while computing: the value may predate it, so it is not kept.
    if (this.epoch !== started) return value;
    this.entries.set(key, { value, tags });
    this.byTag.add(key, tags);
    return value;
  }

  /** Drops the values that depend on any of these tags. */
  invalidate(tags: Iterable<string>): void {
    this.epoch++;
    for (const key of this.byTag.keysOf(tags)) this.entries.delete(key);
  }

  /** Drops every value. */
  clear(): void {
    this.epoch++;
    this.entries.clear();
    this.byTag.clear();
  }

  /** How many values are kept. */
  get size(): number {
    return this.entries.size;
  }
}
