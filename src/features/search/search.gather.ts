import type { Kysely } from "kysely";
import type { DB } from "../../db/types.ts";
import {
  MAX_TERMS,
  type ParsedQuery,
  pairTerms,
  typoCandidates,
  type Variant,
  variantsOf,
} from "./search.query.ts";
import {
  byScore,
  type Counts,
  countsFrom,
  type Filters,
  filtersKeys,
  keysPassing,
  tierOf,
  totalOf,
} from "./search.rank.ts";
import {
  docTexts,
  facetsOf,
  knownTerms,
  type MatchQuery,
  type MatchRow,
  matchCounts,
  matchTop,
  matchTopicCounts,
} from "./search.repo.ts";

/**
 * From a parsed query to ordered matches: the engine query with its variants, facet counts and totals
 * counted in the database, and the best matches re-ranked (exact title, phrase, engine score).
 */

/** The engine's best candidates are re-ranked: exact title, phrase in title, phrase in body, the rest. */
export const RERANK = 200;

/** What ranking needs: the facet combinations, the total, and the matches to order. */
export interface Gathered {
  counts: Counts;
  total: number;
  rows: MatchRow[];
}

/**
 * Builds the engine query: each term's variants (prefix, stem, and the one-typo spellings that are words
 * of the index), terms ANDed. Also answers those typo words, for highlighting.
 */
export async function buildMatch(
  db: Kysely<DB>,
  parsed: ParsedQuery,
): Promise<{ match: MatchQuery; typos: Set<string> }> {
  const loose = parsed.terms.filter((t) => t.loose);
  const candidates = loose.map(typoCandidates);
  const known = await knownTerms(db, [...new Set(candidates.flat())]);
  const groups = loose.map((t, i): Variant[] => [
    ...variantsOf(t),
    ...(candidates[i] ?? []).filter((c) => known.has(c)).map((term) => ({ term, prefix: false })),
  ]);
  // A quoted phrase: each two neighbouring words must stand together (pair terms, see pairTerm).
  for (const term of pairTerms(parsed.phrases, MAX_TERMS)) groups.push([{ term, prefix: false }]);
  return { match: { groups }, typos: known };
}

/** Counts in the database, then fetches only as many of the best matches as ranking and the page need. */
export async function gather(db: Kysely<DB>, match: MatchQuery, f: Filters, need: number): Promise<Gathered> {
  const byKey = await matchCounts(db, match);
  if (byKey.size === 0) return { counts: { byKey: [], byTopic: [] }, total: 0, rows: [] };
  const facets = await facetsOf(db, byKey.keys());
  const counts = countsFrom(byKey, await matchTopicCounts(db, match), facets);
  const total = totalOf(counts, f);
  const keys = filtersKeys(f) ? keysPassing(counts.byKey, f) : undefined;
  const rows = total > 0 ? await matchTop(db, match, { keys, topic: f.topic }, Math.min(total, need)) : [];
  return { counts, total, rows };
}

/** Orders by relevance: the engine's best few hundred re-ranked by exact and phrase matches, then the rest. */
export async function rank(db: Kysely<DB>, g: Gathered, words: string[]): Promise<MatchRow[]> {
  const sorted = [...g.rows].sort(byScore);
  const head = sorted.slice(0, RERANK);
  const texts = await docTexts(
    db,
    head.map((c) => c.id),
    words.length > 1,
  );
  const tier = new Map(
    head.map((c) => [c.id, tierOf(texts.get(c.id)?.title ?? "", texts.get(c.id)?.body ?? "", words)]),
  );
  head.sort((a, b) => (tier.get(a.id) ?? 3) - (tier.get(b.id) ?? 3) || byScore(a, b));
  return [...head, ...sorted.slice(RERANK)];
}
