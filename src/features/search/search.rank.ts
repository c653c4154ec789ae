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

/** A combination of facet values (type, country, year, and a topic when counted so) with how many matches have it. */
export type Combo = Pick<Facet, "type" | "country" | "year"> & { n: number; topic?: string };

/** Matches counted by facet values, and by values and topic (a document counts once per topic). */
export interface Counts {
  /** What each matched facet key stands for (which filters pass: `keysPassing`). */
  keys: ReadonlyMap<number, Facet>;
  /** Per type, country and year (the keys of one such combination differ by their topics only). */
  byValues: Combo[];
  /** Per type, country, year and topic. */
  byTopic: Combo[];
}

/** No matches. */
export const NO_COUNTS: Counts = Object.freeze({ keys: new Map(), byValues: [], byTopic: [] });

/** How many walked matches have each facet key. */
export function tally(rows: readonly MatchRow[]): Map<number, number> {
  const byKey = new Map<number, number>();
  for (const r of rows) byKey.set(r.key, (byKey.get(r.key) ?? 0) + 1);
  return byKey;
}

/**
 * Counts by facet values, and by values and topic: a key holds its documents' topics (migration 012), so a
 * key counted n times counts n for each of its topics. Keys are many (a walk of 811 matches holds about
 * 700), their combinations of values fewer, and the facets are counted over those.
 */
export function countsFrom(byKey: Map<number, number>, facets: Map<number, Facet>): Counts {
  const keys = new Map<number, Facet>();
  const byValues = new Map<string, { combo: Combo; topics: Map<string, Combo> }>();
  const byTopic: Combo[] = [];
  for (const [key, n] of byKey) {
    const f = facets.get(key);
    if (!f) continue;
    keys.set(key, f);
    let v = byValues.get(f.values);
    if (!v) {
      v = { combo: { type: f.type, country: f.country, year: f.year, n: 0 }, topics: new Map() };
      byValues.set(f.values, v);
    }
    v.combo.n += n;
    for (const topic of f.topics) {
      const t = v.topics.get(topic);
      if (t) t.n += n;
      else {
        const combo = { type: f.type, country: f.country, year: f.year, n, topic };
        v.topics.set(topic, combo);
        byTopic.push(combo);
      }
    }
  }
  return { keys, byValues: [...byValues.values()].map((v) => v.combo), byTopic };
}

/** Whether facet values pass the type, country and year filters, except `skip`. */
function passes(c: Pick<Facet, "type" | "country" | "year">, f: Filters, skip?: FacetName): boolean {
  if (skip !== "type" && f.type !== undefined && c.type !== f.type) return false;
  if (skip !== "country" && f.country !== undefined && c.country !== f.country) return false;
  if (skip !== "year" && f.year !== undefined && c.year !== f.year) return false;
  return true;
}

/** Whether any filter is set. */
export const filtered = (f: Filters): boolean =>
  f.type !== undefined || f.country !== undefined || f.year !== undefined || f.topic !== undefined;

/** The matched facet keys whose values pass every filter, topic included. */
export function keysPassing(c: Counts, f: Filters): number[] {
  const out: number[] = [];
  for (const [key, facet] of c.keys) {
    if (passes(facet, f) && (f.topic === undefined || facet.topics.includes(f.topic))) out.push(key);
  }
  return out;
}

/** The combinations standing for the documents that pass the topic filter (all, when there is none). */
function scope(c: Counts, f: Filters): Combo[] {
  return f.topic === undefined ? c.byValues : c.byTopic.filter((r) => r.topic === f.topic);
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

/** Engine order: score, then newest (ties are common: both engines score by the title). */
export function byScore(a: MatchRow, b: MatchRow): number {
  return b.score - a.score || b.id - a.id;
}
