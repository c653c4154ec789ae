import type { Facet, MatchRow } from "./search.repo.ts";
import { SEARCH_TYPES } from "./search.types.ts";

/** The active filters of a search. */
export interface Filters {
  type?: string;
  country?: string;
  topic?: string;
  year?: number;
}

export type FacetName = keyof Filters;
export const FACETS: readonly FacetName[] = ["type", "country", "topic", "year"];

/** A facet combination (type, country, year) with how many matches have it (and a topic, when counted so). */
export type Combo = Facet & { key: number; n: number; topic?: string };

/** Matches counted by facet key, and by topic and facet key (a document counts once per topic). */
export interface Counts {
  byKey: Combo[];
  byTopic: Combo[];
}

/** How many walked matches have each facet key. */
export function tally(rows: readonly MatchRow[]): Map<number, number> {
  const byKey = new Map<number, number>();
  for (const r of rows) byKey.set(r.key, (byKey.get(r.key) ?? 0) + 1);
  return byKey;
}

/**
 * Counts by facet key, and by topic and key, with what each key stands for: a key holds its documents'
 * topics (migration 012), so a key counted n times counts n for each of its topics.
 */
export function countsFrom(byKey: Map<number, number>, facets: Map<number, Facet>): Counts {
  const out: Counts = { byKey: [], byTopic: [] };
  for (const [key, n] of byKey) {
    const f = facets.get(key);
    if (!f) continue;
    const { type, country, year, topics } = f;
    out.byKey.push({ type, country, year, topics, key, n, topic: undefined });
    for (const topic of topics) out.byTopic.push({ type, country, year, topics, key, n, topic });
  }
  return out;
}

/** Whether facet values pass the type, country and year filters, except `skip`. */
function passes(c: Facet, f: Filters, skip?: FacetName): boolean {
  if (skip !== "type" && f.type !== undefined && c.type !== f.type) return false;
  if (skip !== "country" && f.country !== undefined && c.country !== f.country) return false;
  if (skip !== "year" && f.year !== undefined && c.year !== f.year) return false;
  return true;
}

/** Whether any filter is set. */
export const filtered = (f: Filters): boolean =>
  f.type !== undefined || f.country !== undefined || f.year !== undefined || f.topic !== undefined;

/** The facet keys whose values pass every filter, topic included. */
export function keysPassing(combos: readonly Combo[], f: Filters): number[] {
  return combos
    .filter((c) => passes(c, f) && (f.topic === undefined || c.topics.includes(f.topic)))
    .map((c) => c.key);
}

/** The combinations standing for the documents that pass the topic filter (all, when there is none). */
function scope(c: Counts, f: Filters): Combo[] {
  return f.topic === undefined ? c.byKey : c.byTopic.filter((r) => r.topic === f.topic);
}

/** How many matches pass every filter. */
export function totalOf(c: Counts, f: Filters): number {
  return scope(c, f)
    .filter((r) => passes(r, f))
    .reduce((n, r) => n + r.n, 0);
}

/**
 * Counts per facet value over the matches, each facet respecting the other active filters (choosing a
 * country shows how many of each type that country has). The active value is listed even at zero.
 */
export function facetCounts(c: Counts, f: Filters): Record<FacetName, [string, number][]> {
  const out = {} as Record<FacetName, [string, number][]>;
  for (const facet of FACETS) {
    const counts = new Map<string, number>();
    for (const r of facet === "topic" ? c.byTopic : scope(c, f)) {
      if (!passes(r, f, facet)) continue;
      const v = facet === "topic" ? r.topic : r[facet];
      if (v === null || v === undefined) continue;
      counts.set(String(v), (counts.get(String(v)) ?? 0) + r.n);
    }
    const active = f[facet];
    if (active !== undefined && !counts.has(String(active))) counts.set(String(active), 0);
    out[facet] = [...counts].sort(order(facet));
  }
  return out;
}

function order(facet: FacetName): (a: [string, number], b: [string, number]) => number {
  if (facet === "type") {
    const rank = (t: string) => (SEARCH_TYPES as readonly string[]).indexOf(t);
    return (a, b) => rank(a[0]) - rank(b[0]);
  }
  if (facet === "year") return (a, b) => Number(b[0]) - Number(a[0]);
  return (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]);
}

/** Whether the folded words of a phrase appear in the lines, in order (the last one may be a prefix). */
export function hasPhrase(lines: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${lines.replace(/\n/g, " \n ")}`.includes(` ${phrase}`);
}

/**
 * The ranking tier of a document (lower is better): 0 a title is exactly the query, 1 the query's
 * words stand together in a title, 2 they stand together in the body, 3 anything else.
 */
export function tierOf(title: string, body: string, words: readonly string[]): number {
  const q = words.join(" ");
  if (!q) return 3;
  if (title.split("\n").includes(q)) return 0;
  if (hasPhrase(title, q)) return 1;
  if (words.length > 1 && hasPhrase(body, q)) return 2;
  return 3;
}

/** Engine order: score, then newest (ties are common: both engines score by the title). */
export function byScore(a: MatchRow, b: MatchRow): number {
  return b.score - a.score || b.id - a.id;
}
