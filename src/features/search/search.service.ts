import type { Kysely } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/messages.ts";
import {
  buildMatch,
  COUNT_CAP,
  expandPrefixes,
  gather,
  RERANK,
  rank,
  TITLE_CANDIDATES,
} from "./search.gather.ts";
import { type FacetValue, facetLabels, parseDisplay, type SearchHit, toHit } from "./search.present.ts";
import { parseQuery, variantsOf, wordMatcher } from "./search.query.ts";
import { type FacetName, type Filters, facetCounts } from "./search.rank.ts";
import { docDisplays, inSearchScope, matchTop } from "./search.repo.ts";
import { inLocale, type SearchType } from "./search.types.ts";

export type { FacetValue, SearchHit } from "./search.present.ts";

/** What a search asks for. */
export interface SearchParams {
  q: string;
  locale: Locale;
  type?: SearchType;
  country?: string;
  topic?: string;
  year?: number;
  page?: number;
  pageSize?: number;
}

/** A page of results with facets. */
export interface SearchResult {
  query: string;
  total: number;
  /** False when there are more than `total` matches (it is then COUNT_CAP): shown as "1,000+". */
  totalExact: boolean;
  /** False when facet counts were counted over the newest matches only: each is a lower bound. */
  facetsExact: boolean;
  page: number;
  pageSize: number;
  results: SearchHit[];
  facets: Record<FacetName, FacetValue[]>;
}

const SUGGEST_LIMIT = 8;

/**
 * Searches the index: whatever script or spelling the query is in, with facets over the matches and one
 * page of results in the reader's language, best first. Never throws on any query text. Facet type labels
 * are translated with `t` when given.
 */
export async function search(
  database: Database,
  p: SearchParams,
  t?: Translate,
  countCap = COUNT_CAP,
): Promise<SearchResult> {
  return inSearchScope(database, (db) => searchIn(db, database.db, p, t, countCap));
}

/** `db` runs the search's own statements, `labels` reads the facets' labels (through the caches). */
async function searchIn(
  db: Kysely<DB>,
  labels: Kysely<DB>,
  p: SearchParams,
  t: Translate | undefined,
  countCap: number,
) {
  const page = p.page ?? 1;
  const pageSize = p.pageSize ?? 20;
  const parsed = parseQuery(p.q);
  if (parsed.terms.length === 0) {
    const facets = { type: [], country: [], topic: [], year: [] };
    return {
      query: parsed.text,
      total: 0,
      totalExact: true,
      facetsExact: true,
      page,
      pageSize,
      results: [],
      facets,
    };
  }
  const filters: Filters = { type: p.type, country: p.country, topic: p.topic, year: p.year };
  const { match, typos } = await buildMatch(db, parsed);
  const pageEnd = page * pageSize;
  const g = await gather(
    db,
    match,
    filters,
    Math.max(RERANK, pageEnd),
    countCap,
    Math.max(TITLE_CANDIDATES, pageEnd),
  );
  const facets = await facetLabels(labels, p.locale, facetCounts(g.counts, filters), filters, t);
  const ranked = await rank(db, g, parsed.words);
  const slice = ranked.rows.slice((page - 1) * pageSize, page * pageSize);
  const rows = new Map(ranked.displays);
  const missing = slice.filter((c) => !rows.has(c.id)).map((c) => c.id);
  for (const r of await docDisplays(db, missing)) rows.set(r.id, r);
  const matches = wordMatcher(parsed.terms, typos);
  const results = slice.flatMap((c) => {
    const r = rows.get(c.id);
    return r ? [toHit(r, p.locale, matches)] : [];
  });
  const { total, totalExact, facetsExact } = g;
  return { query: parsed.text, total, totalExact, facetsExact, page, pageSize, results, facets };
}

/** One suggestion for the search box. */
export interface Suggestion {
  title: string;
  url: string;
  type: SearchType;
}

/** Up to eight titles starting with what has been typed so far (prefix match on titles only). */
export async function suggest(database: Database, q: string, locale: Locale): Promise<Suggestion[]> {
  return inSearchScope(database, (db) => suggestIn(db, q, locale));
}

async function suggestIn(db: Kysely<DB>, q: string, locale: Locale): Promise<Suggestion[]> {
  const parsed = parseQuery(q);
  if (parsed.terms.length === 0) return [];
  const groups = await expandPrefixes(
    db,
    parsed.terms.map((t) => variantsOf(t)),
  );
  const top = await matchTop(db, { groups, titleOnly: true }, {}, SUGGEST_LIMIT);
  const rows = new Map(
    (
      await docDisplays(
        db,
        top.map((r) => r.id),
      )
    ).map((r) => [r.id, r]),
  );
  return top.flatMap((m) => {
    const r = rows.get(m.id);
    if (!r) return [];
    const title = inLocale(parseDisplay(r.display).t, locale)?.text ?? r.path;
    return [{ title, url: `/${locale}${r.path}`, type: r.type as SearchType }];
  });
}
