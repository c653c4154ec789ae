import { AsyncLocalStorage } from "node:async_hooks";
import type { Kysely } from "kysely";
import type { DB } from "../db/types.ts";
import type { CacheBus } from "./bus.ts";
import { usableTranslationCache } from "./translation-cache.ts";

/** Foreign-key columns and the entity each points to. */
const FK: Record<string, string> = {
  event_id: "event",
  adopted_event_id: "event",
  evidence_event_id: "event",
  person_id: "person",
  chair_person_id: "person",
  organization_id: "organization",
  source_organization_id: "organization",
  chairmanship_id: "chairmanship",
  plan_id: "plan",
  item_id: "plan_item",
  block_id: "block",
  session_id: "session",
  position_id: "position",
  indicator_id: "indicator",
  evidence_document_id: "document",
};
/** Join fields of the editing engine's snapshots and the entity their values are ids of. */
const JOINS: Record<string, string> = {
  topics: "topic",
  organizations: "organization",
  presenters: "person",
};

interface Snapshot {
  row?: Record<string, unknown> | null;
  joins?: Record<string, unknown[]>;
}

function refsOf(entity: string, snap: unknown, out: Set<string>): void {
  if (!snap || typeof snap !== "object") return;
  const { row, joins } = snap as Snapshot;
  for (const [col, value] of Object.entries(row ?? {})) {
    const target = col === "parent_id" ? entity : FK[col];
    if (target && typeof value === "number") out.add(`${target}:${value}`);
  }
  for (const [field, values] of Object.entries(joins ?? {})) {
    const target = JOINS[field];
    if (target) for (const v of values) if (typeof v === "number") out.add(`${target}:${v}`);
  }
}

const VISIBILITY = ["status", "deleted_at", "is_public"] as const;

function visibilityChanged(before: unknown, after: unknown): boolean {
  const b = (before as Snapshot | null)?.row;
  const a = (after as Snapshot | null)?.row;
  if (!b || !a) return true;
  return VISIBILITY.some((k) => b[k] !== a[k]);
}

/**
 * The cache tags a change invalidates: the entity itself and its kind's lists, always. The entities it
 * points to (its event, its presenters, its plan…) only when the relationship itself changed: the row
 * appeared or disappeared, became public or private, or the reference was added or removed (moving an item
 * from one plan to another re-renders both plans). A plain text edit reaches the pages that show the entity
 * through their own `entity:id` tag, so unrelated pages stay cached.
 */
export function tagsOfChange(entity: string, id: number | null, before: unknown, after: unknown): string[] {
  const out = new Set<string>([`list:${entity}`]);
  if (id !== null) out.add(`${entity}:${id}`);
  const was = new Set<string>();
  const is = new Set<string>();
  refsOf(entity, before, was);
  refsOf(entity, after, is);
  const all = visibilityChanged(before, after);
  for (const t of was) if (all || !is.has(t)) out.add(t);
  for (const t of is) if (all || !was.has(t)) out.add(t);
  return [...out];
}

interface WriteScope {
  bus: CacheBus;
  tags: Set<string>;
}
const scope = new AsyncLocalStorage<WriteScope>();

/** Runs the rest of a state-changing request inside a write scope (entered by the cache plugin). */
export function runWriteScope(bus: CacheBus, fn: () => void): void {
  scope.run({ bus, tags: new Set() }, fn);
}

/**
 * True inside a state-changing request. Its reads skip the kept translations and lookups: what a write
 * merges with or checks against must be the database's current rows, not a copy another process's write
 * (whose NOTIFY is still on its way) has made stale.
 */
export function inWriteScope(): boolean {
  return scope.getStore() !== undefined;
}

/** The tags the current request's writes touched (to invalidate before its response goes out). */
export function writtenTags(): Set<string> | undefined {
  return scope.getStore()?.tags;
}

/**
 * Notes a change (called by the audit log, which every change goes through): the tags are kept for this
 * process's invalidation, and published to other processes inside the write's transaction (PostgreSQL).
 */
export async function noteChange(
  db: Kysely<DB>,
  entity: string | null | undefined,
  id: number | null | undefined,
  before: unknown,
  after: unknown,
): Promise<void> {
  const s = scope.getStore();
  if (!s || !entity) return;
  const tags = tagsOfChange(entity, id ?? null, before, after);
  for (const t of tags) s.tags.add(t);
  await s.bus.publish(db, tags);
}

/**
 * Notes that a write changed an entity's translations (saveTranslations calls it), whether or not an audit
 * entry follows: inside a request, like `noteChange`; outside one (a script or a test writing through an
 * app's handle, no transaction), the translation cache drops the entity at once, the write being committed.
 */
export async function noteTranslationsWritten(db: Kysely<DB>, entity: string, id: number): Promise<void> {
  const tag = `${entity}:${id}`;
  const s = scope.getStore();
  if (!s) {
    usableTranslationCache(db)?.invalidate([tag]);
    return;
  }
  s.tags.add(tag);
  await s.bus.publish(db, [tag]);
}
