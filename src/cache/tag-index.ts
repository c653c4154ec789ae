/**
 * Which keys depend on each tag: the index both the render cache and the list totals keep, so that an
 * invalidation by tags finds exactly the keys to drop.
 */
export class TagIndex {
  private readonly byTag = new Map<string, Set<string>>();

  /** Files `key` under each of `tags`. */
  add(key: string, tags: Iterable<string>): void {
    for (const tag of tags) {
      let keys = this.byTag.get(tag);
      if (!keys) {
        keys = new Set();
        this.byTag.set(tag, keys);
      }
      keys.add(key);
    }
  }

  /** Unfiles `key` from each of `tags` (empty tags are forgotten). */
  remove(key: string, tags: Iterable<string>): void {
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }

  /** The keys filed under any of `tags`, as a snapshot (safe to drop them while iterating). */
  keysOf(tags: Iterable<string>): string[] {
    const out = new Set<string>();
    for (const tag of tags) for (const key of this.byTag.get(tag) ?? []) out.add(key);
    return [...out];
  }

  /** Forgets every key. */
  clear(): void {
    this.byTag.clear();
  }
}
