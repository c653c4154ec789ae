import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Dependency tags of a rendering. While a cacheable page renders, every entity it shows is recorded as
 * `entity:id` (the translation loader does it: nearly everything a page shows has translated text), and
 * list routes add `list:<entity>`. A write invalidates exactly the pages whose tags it touches.
 */
const store = new AsyncLocalStorage<Set<string>>();
/** The storage itself, for the cache plugin's request hook. */
export const tagStore = store;

/** Runs `fn` collecting the tags recorded inside it. */
export async function collectTags<T>(fn: () => Promise<T>): Promise<{ value: T; tags: Set<string> }> {
  const tags = new Set<string>();
  const value = await store.run(tags, fn);
  return { value, tags };
}

/** The tag set of the rendering in progress, if any (so a request can add its own). */
export function currentTags(): Set<string> | undefined {
  return store.getStore();
}

/** Records that the rendering in progress showed these entities (no-op outside a cacheable rendering). */
export function recordEntities(entity: string, ids: readonly number[]): void {
  const tags = store.getStore();
  if (!tags) return;
  for (const id of ids) tags.add(`${entity}:${id}`);
}

/** Records that the rendering in progress lists entities of this kind (new or removed rows change it). */
export function recordList(entity: string): void {
  store.getStore()?.add(`list:${entity}`);
}

/** The tags a write to one entity invalidates: itself, the entities it refers to, and lists of its kind. */
export function tagsForWrite(entity: string, id: number | null, refs: readonly string[] = []): string[] {
  return [...(id === null ? [] : [`${entity}:${id}`]), `list:${entity}`, ...refs];
}
