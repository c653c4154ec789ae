import type { Kysely } from "kysely";
import type { DB } from "../../db/types.ts";
import {
  ENGINE_PREFIX_MAX,
  facetTerms,
  MAX_TERMS,
  type ParsedQuery,
  pairTerms,
  typoKeys,
  typosOf,
  type Variant,
  variantsOf,
} from "./search.query.ts";
import {
  byScore,
  type Counts,
  countsFrom,
  type Filters,
  filtered,
  keysPassing,
  NO_COUNTS,
  tally,
  totalOf,
} from "./search.rank.ts";
import {
  completions,
  type DocDisplay,
  docTiers,
  facetsOf,
  idsFrom,
  type MatchQuery,
  type MatchRow,
  matchTop,
  type Only,
  ROWID_SHIFT,
  scoreWalk,
  vocabulary,
  type Walk,
  walk,
} from "./search.repo.ts";

/**
 * From a parsed query to ordered matches: the engine query with its variants, facet counts and totals
 * counted in the database, and the best matches re-ranked (exact title, phrase, engine score).
 */

/** The engine's best candidates are re-ranked: exact title, phrase in title, phrase in body, the rest. */
export const RERANK = 200;

/**
 * Facets and totals are counted exactly up to this many matches. A broader query is counted over its
 * newest COUNT_CAP + 1 matches, so its counts are lower bounds ("1,000+"), like a search engine's
 * tracked total hits: counting every one of 70,000 matches costs more than the whole time budget.
 */
export const COUNT_CAP = 1000;
/**
 * A broad query's extra ranking candidates: its newest matches in titles, this many or as many as the
 * page asked for reaches, whichever is more. A title-only walk tests the title column of every body match
 * it passes, so it is kept short: 40 cost 1 ms where 200 cost 4–8 ms over 100,000 documents.
 */
export const TITLE_CANDIDATES = 40;

/** What ranking needs: the facet combinations, the total, and the matches to order. */
export interface Gathered {
  counts: Counts;
  total: number;
  /** False when `total` is a lower bound (more than COUNT_CAP matches). */
  totalExact: boolean;
  /** False when facet counts were counted over the newest matches only (lower bounds). */
  facetsExact: boolean;
  rows: MatchRow[];
  /**
   * The rows whose title holds the words, when that is known of every row (SQLite does not know it of a
   * broad query's newest matches): ranking reads no other row's title for a one-word query.
   */
  titled?: ReadonlySet<number>;
}

const idsOf = (rows: readonly MatchRow[]) => new Set(rows.map((r) => r.id));

/**
 * Builds the engine query: each term's variants (prefix, stem, and the one-typo spellings that are words
 * of the index), terms ANDed. Also answers those typo words, for highlighting.
 */
export async function buildMatch(
  db: Kysely<DB>,
  parsed: ParsedQuery,
): Promise<{ match: MatchQuery; typos: Set<string> }> {
  const loose = parsed.terms.filter((t) => t.loose);
  const typing = loose.at(-1);
  const own = loose.map((t) => variantsOf(t, t === typing));
  // Both lookups in one statement: the words the long prefixes complete to, and the typo words (never
  // prefixes). Side by side on two connections they had cost a round trip each.
  const { completions: words, typos: found } = await vocabulary(db, longPrefixes(own), MAX_COMPLETIONS, [
    ...new Set(loose.flatMap(typoKeys)),
  ]);
  const typos = loose.map((t) => typosOf(t, found));
  const groups = expandWith(
    words,
    own.map((variants, i): Variant[] => [
      ...variants,
      ...(typos[i] ?? []).map((term) => ({ term, prefix: false })),
    ]),
  );
  // A quoted phrase: each two neighbouring words must stand together (pair terms, see pairTerm).
  for (const term of pairTerms(parsed.phrases, MAX_TERMS)) groups.push([{ term, prefix: false }]);
  return { match: { groups }, typos: new Set(typos.flat()) };
}

/** A longer prefix becomes its words when it has at most this many in the vocabulary. */
const MAX_COMPLETIONS = 64;

/**
 * Turns each prefix of four letters or more into the words of the index that start with it (the
 * vocabulary holds every indexed word of five letters or more; a four-letter word is the prefix itself).
 * The engine walks a few exact words lazily, newest first, but must merge every matching word's list
 * before it can answer a long prefix: 1–2 ms instead of 30 ms for a common stem. A prefix with more words
 * than MAX_COMPLETIONS stays a prefix.
 */
export async function expandPrefixes(db: Kysely<DB>, groups: Variant[][]): Promise<Variant[][]> {
  return expandWith(await completions(db, longPrefixes(groups), MAX_COMPLETIONS), groups);
}

const isLong = (v: Variant) => v.prefix && v.term.length > ENGINE_PREFIX_MAX;

/** The prefixes of four letters or more among the groups' variants (see expandPrefixes). */
const longPrefixes = (groups: Variant[][]) => groups.flatMap((g) => g.filter(isLong).map((v) => v.term));

/** The groups with each long prefix replaced by its words, when it has few enough (see expandPrefixes). */
function expandWith(words: Map<string, string[]>, groups: Variant[][]): Variant[][] {
  return groups.map((group) => {
    const out = new Map<string, Variant>();
    for (const v of group) {
      const found = isLong(v) ? words.get(v.term) : undefined;
      if (found === undefined || found.length > MAX_COMPLETIONS) {
        out.set(`${v.term}${v.prefix ? "*" : ""}`, v);
        continue;
      }
      for (const term of [v.term, ...found]) out.set(term, out.get(term) ?? { term, prefix: false });
    }
    return [...out.values()];
  });
}

/**
 * Walks the newest matches once (at most COUNT_CAP + 1) to count facets and totals, then fetches only as
 * many of the best matches as ranking and the page need. `firstWindow` sizes the walks' first windows on
 * PostgreSQL (tests use small ones to walk small data in windows).
 */
export async function gather(
  db: Kysely<DB>,
  match: MatchQuery,
  f: Filters,
  need: number,
  cap = COUNT_CAP,
  titles = TITLE_CANDIDATES,
  firstWindow?: number,
): Promise<Gathered> {
  const w = await walk(db, match, cap + 1, firstWindow);
  if (w.rows.length === 0) {
    return { counts: NO_COUNTS, total: 0, totalExact: true, facetsExact: true, rows: [] };
  }
  const byKey = tally(w.rows);
  const counts = countsFrom(byKey, await facetsOf(db, byKey.keys()));
  const only = { keys: filtered(f) ? keysPassing(counts, f) : undefined };
  if (w.rows.length <= cap) {
    const total = totalOf(counts, f);
    if (total === 0) return { counts, total, totalExact: true, facetsExact: true, rows: [] };
    const scored = await scoreWalk(db, match, w);
    const rows = passing(scored, only).sort(byScore).slice(0, need);
    return { counts, total, totalExact: true, facetsExact: true, rows, titled: idsOf(scored.titled) };
  }
  const range = { need, cap, titles, firstWindow };
  return { counts, ...(await broad(db, match, f, range, w, only)), facetsExact: false };
}

/**
 * A broad query's matches: the newest passing the filters (at most COUNT_CAP + 1, which also tells
 * whether the filtered total is exact); without filters, the walk's own rows. Few enough are ranked by
 * engine score; otherwise the newest title matches come first, then the newest of the rest (rank() then
 * puts exact and phrase matches on top).
 */
async function broad(
  db: Kysely<DB>,
  query: MatchQuery,
  f: Filters,
  {
    need,
    cap,
    titles: nTitles,
    firstWindow,
  }: { need: number; cap: number; titles: number; firstWindow?: number },
  walked: Walk,
  only: Only,
) {
  // Filters are engine words of the index (facet terms), so the engine intersects them with the match.
  const match = { ...query, facets: facetTerms({ ...f, topics: f.topic === undefined ? [] : [f.topic] }) };
  const w = filtered(f) ? await walkFiltered(db, match, cap + 1, walked, only) : walked;
  const newest = w.rows;
  if (newest.length <= cap) {
    const scored = await scoreWalk(db, match, w);
    const rows = [...scored.rows].sort(byScore).slice(0, need);
    return { total: newest.length, totalExact: true, rows, titled: idsOf(scored.titled) };
  }
  // The walk holds the newest matches, so when it holds enough title matches they are the newest of all.
  const titles =
    w.scored && w.titled.length >= nTitles
      ? w.titled.slice(0, nTitles)
      : await matchTop(db, { ...match, titleOnly: true }, {}, nTitles, "newest", firstWindow);
  // Scores: title matches above the rest, newer above older within each.
  const scored = [
    ...titles.map((r) => ({ ...r, score: 2 * ROWID_SHIFT * ROWID_SHIFT + r.id })),
    ...newest.map((r) => ({ ...r, score: r.id })),
  ];
  const seen = new Set<number>();
  const rows = scored.filter((r) => !seen.has(r.id) && seen.add(r.id)).slice(0, Math.max(need, cap));
  const titled = w.scored ? idsOf([...w.titled, ...titles]) : undefined;
  return { total: cap, totalExact: false, rows, titled };
}

/**
 * The newest `limit` matches of a filtered query, knowing the unfiltered walk (the newest matches of the
 * same words): the filtered matches among its rows are all of them down to its oldest id. When they are
 * `limit` or more, they are the answer; otherwise their density there sizes the engine's first window.
 */
async function walkFiltered(
  db: Kysely<DB>,
  match: MatchQuery,
  limit: number,
  walked: Walk,
  only: Only,
): Promise<Walk> {
  const rows = passing(walked, only);
  if (rows.length >= limit) {
    const kept = new Set(rows.slice(0, limit).map((r) => r.id));
    const titled = walked.titled.filter((r) => kept.has(r.id));
    return { ...walked, rows: rows.slice(0, limit), titled };
  }
  const oldest = walked.rows.at(-1)?.id;
  const covered = oldest === undefined ? undefined : idsFrom(db, oldest);
  const window =
    covered === undefined ? undefined : Math.ceil((covered * 1.25 * limit) / Math.max(rows.length, 1));
  return walk(db, match, limit, window);
}

/** The walked matches that pass `only` (a key stands for its documents' facet values and topics). */
function passing(w: Walk, only: Only): MatchRow[] {
  if (!only.keys) return [...w.rows];
  const keys = new Set(only.keys);
  return w.rows.filter((r) => keys.has(r.key));
}

/**
 * A ranking that reads at most this many documents' texts also reads their displays (see docTiers): a
 * narrow query's page then needs no statement of its own.
 */
export const DISPLAYS_WITH_TEXTS = 60;

/** The matches in order, and what those ranking read show (when they were few enough: see docTiers). */
export interface Ranked {
  rows: MatchRow[];
  displays: ReadonlyMap<number, DocDisplay>;
}

/** Orders by relevance: the engine's best few hundred re-ranked by exact and phrase matches, then the rest. */
export async function rank(db: Kysely<DB>, g: Gathered, words: string[]): Promise<Ranked> {
  const sorted = [...g.rows].sort(byScore);
  const head = sorted.slice(0, RERANK);
  // One word: only a title holding it can be exact or a phrase (tiers 0 and 1), and a title that holds it
  // is a title match of the engine, so the other rows' texts are not read (tier 3).
  const { titled } = g;
  const reading = words.length === 1 && titled ? head.filter((c) => titled.has(c.id)) : head;
  const tiers = await docTiers(
    db,
    reading.map((c) => c.id),
    words,
    reading.length <= DISPLAYS_WITH_TEXTS,
  );
  const tier = (id: number) => tiers.get(id)?.tier ?? 3;
  head.sort((a, b) => tier(a.id) - tier(b.id) || byScore(a, b));
  const displays = new Map<number, DocDisplay>();
  for (const [id, t] of tiers) if (t.display) displays.set(id, t.display);
  return { rows: [...head, ...sorted.slice(RERANK)], displays };
}
