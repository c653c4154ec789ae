import type { LocaleMap } from "../../src/db/translations.ts";
import type { ItemState } from "../../src/db/types.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import type { Rng } from "./random.ts";
import type { Reference } from "./reference.ts";
import type { BatchWriter } from "./writer.ts";

/** The searchable document types, as the search index names them. */
export const DOC_TYPES = [
  "person",
  "organization",
  "event",
  "statement",
  "project",
  "plan_item",
  "news",
  "document",
] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Share of each type among the generated documents (statements dominate, as in real archives). */
const SHARES: Record<DocType, number> = {
  person: 0.18,
  organization: 0.04,
  event: 0.08,
  statement: 0.4,
  project: 0.1,
  plan_item: 0.1,
  news: 0.06,
  document: 0.04,
};

/** How many public documents of each type make `docs` in all (at least one of each). */
export function countsFor(docs: number): Record<DocType, number> {
  const out = {} as Record<DocType, number>;
  let sum = 0;
  for (const t of DOC_TYPES) {
    out[t] = Math.max(1, Math.floor(docs * SHARES[t]));
    sum += out[t];
  }
  out.statement = Math.max(1, out.statement + docs - sum);
  return out;
}

/** A generated person other rows point at, with her name in every locale (for mentions). */
export interface PersonRef {
  id: number;
  country: string | null;
  names: LocaleMap;
}
/** A generated event other rows point at. */
export interface EventRef {
  id: number;
  year: number;
  country: string | null;
  firstSession: number;
  sessions: number;
}

/** A generated public action-plan item (what its progress updates need). */
export interface PlanItemRef {
  id: number;
  year: number;
  state: ItemState;
  progress: number;
  countries: string[];
}
/** A generated public document. */
export interface DocumentRef {
  id: number;
  year: number;
}

/** Everything the per-type generators share. */
export interface GenContext {
  rng: Rng;
  w: BatchWriter;
  ref: Reference;
  hiddenShare: number;
  people: PersonRef[];
  orgs: number[];
  events: EventRef[];
  /** Public plan items and documents, recorded for the extra rows (`gen-extra.ts`); no randomness is drawn for them. */
  planItems: PlanItemRef[];
  documents: DocumentRef[];
  /** Called after each document (public or hidden) is queued. */
  tick(): Promise<void>;
}

export const NATIONAL_LOCALE: Record<string, Locale> = { KZ: "kk", KG: "ky", TJ: "tg", TM: "tk", UZ: "uz" };
const OTHER_LOCALES: readonly Locale[] = ["kk", "ky", "tg", "tk", "uz"];

/** The locales an entity has texts in: nearly always ru and en, often the national one, sometimes more. */
export function localesFor(rng: Rng, country: string | null): Locale[] {
  const out = new Set<Locale>();
  if (rng.chance(0.95)) out.add("ru");
  if (rng.chance(0.9)) out.add("en");
  const national = country ? NATIONAL_LOCALE[country] : rng.pick(OTHER_LOCALES);
  if (national && rng.chance(0.7)) out.add(national);
  for (const l of OTHER_LOCALES) if (rng.chance(0.12)) out.add(l);
  if (out.size === 0) out.add("ru");
  return [...out];
}

/** Status columns of a content row: public, or (for the hidden share) a draft or a soft-deleted row. */
export function statusOf(
  hidden: boolean,
  rng: Rng,
): { status: "draft" | "published"; deleted_at: string | null } {
  if (!hidden) return { status: "published", deleted_at: null };
  return rng.chance(0.5)
    ? { status: "draft", deleted_at: null }
    : { status: "published", deleted_at: "2024-01-01T00:00:00Z" };
}

/** A date (YYYY-MM-DD) in the given year. */
export function dateIn(rng: Rng, year: number): string {
  const m = String(rng.int(1, 12)).padStart(2, "0");
  const d = String(rng.int(1, 28)).padStart(2, "0");
  return `${year}-${m}-${d}`;
}

/** A slug from a Latin text and an id (unique by the id). */
export function slugOf(text: string | undefined, id: number, prefix: string): string {
  const base = (text ?? "")
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return `${prefix}-${base ? `${base}-` : ""}${id}`;
}

/** Queues topic links for an owner (k distinct topics). */
export function tagTopics(
  ctx: GenContext,
  table: "person_topics" | "event_topics" | "statement_topics" | "plan_item_topics" | "project_topics",
  ownerId: number,
  k: number,
): void {
  for (const topicId of ctx.rng.sample(ctx.ref.topicIds, k))
    ctx.w.add(table, { owner_id: ownerId, topic_id: topicId });
}

/** Runs `make(hidden)` for `count` public documents plus the hidden share on top. */
export async function repeat(
  ctx: GenContext,
  count: number,
  make: (hidden: boolean) => void | Promise<void>,
): Promise<number> {
  const hidden = Math.round(count * ctx.hiddenShare);
  for (let i = 0; i < count + hidden; i++) {
    await make(i >= count);
    await ctx.tick();
  }
  return hidden;
}
