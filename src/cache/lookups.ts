import { KeptValues } from "./kept-values.ts";
import { inWriteScope } from "./write-tags.ts";

/**
 * Small lists that many pages show as options and few writes change (member countries, topics, showcase
 * blocks, the years events happened in), kept per database handle like the translations: dropped by the
 * render cache's invalidation (a write to the kind a list reads, here or through NOTIFY), a read that a
 * write overtook is not kept, and a read inside a transaction neither uses nor fills it. Kept with
 * RENDER_CACHE=off too. Values are frozen: every request shares them.
 */
export class Lookups extends KeptValues<unknown> {
  constructor(max = 1_000) {
    super(max);
  }
}

const byDatabase = new WeakMap<object, Lookups>();

/** The lookups of a database handle, made on first use (the cache plugin wires them to its invalidation). */
export function lookupsFor(db: object): Lookups {
  let lookups = byDatabase.get(db);
  if (!lookups) {
    lookups = new Lookups();
    byDatabase.set(db, lookups);
  }
  return lookups;
}

function frozen<T>(value: T): T {
  if (Array.isArray(value))
    for (const item of value) if (item && typeof item === "object") Object.freeze(item);
  return Object.freeze(value);
}

/**
 * The list under `key`, read by `load` when not kept; `tags` name what it reads (`list:topic`…). Outside
 * an app's handle (the CLI, scripts), inside a transaction or a state-changing request, `load` runs every time.
 */
export async function remembered<T>(
  db: { isTransaction: boolean },
  key: string,
  tags: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const lookups = db.isTransaction || inWriteScope() ? undefined : byDatabase.get(db);
  if (!lookups) return load();
  return (await lookups.get(key, tags, async () => frozen(await load()))) as T;
}
