import { createHash } from "node:crypto";
import { encodeAll } from "../http/encoding.ts";
import { Lookups } from "./lookups.ts";
import { TagIndex } from "./tag-index.ts";
import { ListTotals } from "./totals.ts";
import { TranslationCache } from "./translation-cache.ts";

/** One cached answer, kept compressed in every encoding a client may ask for. */
export interface CachedResponse {
  status: number;
  contentType: string;
  etag: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
  tags: Set<string>;
}

/**
 * Rendered public pages and API answers, kept in memory already compressed (brotli and gzip) with an ETag.
 * Entries are indexed by dependency tag so that a write drops exactly the entries it affects.
 * Least recently used entries go first when the cache is full.
 */
export class RenderCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly byTag = new TagIndex();
  /** The totals of public lists, dropped by the same invalidations (and kept when the cache is off). */
  readonly totals = new ListTotals();

  /**
   * @param maxEntries pages kept (0: none, RENDER_CACHE=off)
   * @param translations the database's translation cache, dropped by the same invalidations (kept when off)
   * @param lookups the database's kept option lists, likewise
   */
  constructor(
    private readonly maxEntries = 5_000,
    readonly translations = new TranslationCache(),
    readonly lookups = new Lookups(),
  ) {}

  /** False when the cache keeps nothing (RENDER_CACHE=off). */
  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  /** The entry for a key, refreshed as most recently used. */
  get(key: string): CachedResponse | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  /** Stores a rendered body under a key with its dependency tags; compresses it once, here (brotli quality 11). */
  set(key: string, status: number, contentType: string, body: Buffer, tags: Set<string>): CachedResponse {
    const entry = compressed(status, contentType, body, tags, 11);
    this.delete(key);
    this.entries.set(key, entry);
    this.byTag.add(key, tags);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    return entry;
  }

  /** Drops every entry that depends on any of these tags; returns how many were dropped. */
  invalidate(tags: Iterable<string>): number {
    const list = [...tags];
    this.totals.invalidate(list);
    this.translations.invalidate(list);
    this.lookups.invalidate(list);
    let dropped = 0;
    for (const key of this.byTag.keysOf(list)) dropped += this.delete(key) ? 1 : 0;
    return dropped;
  }

  /** Drops everything (a restore, a reindex, or a notification the process could not read). */
  clear(): void {
    this.totals.clear();
    this.translations.clear();
    this.lookups.clear();
    this.entries.clear();
    this.byTag.clear();
  }

  /**
   * How many answers are kept. (Hit and miss counters were dropped: a request may look a page up up to three
   * times, in the server's fast path and two hooks, so they counted lookups, not requests, and nothing read them.)
   */
  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): boolean {
    const e = this.entries.get(key);
    if (!e) return false;
    this.entries.delete(key);
    this.byTag.remove(key, e.tags);
    return true;
  }
}

/** A response compressed in every encoding: quality 11 for what is cached, a cheap level for one-off answers. */
export function compressed(
  status: number,
  contentType: string,
  body: Buffer,
  tags: Set<string>,
  quality: number,
): CachedResponse {
  return {
    status,
    contentType,
    etag: etagOf(body),
    ...encodeAll(body, quality),
    tags,
  };
}

/** The strong ETag of a body. */
export function etagOf(body: Buffer): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}
