import { type Kysely, PostgresAdapter, sql } from "kysely";
import type { DB } from "../../db/types.ts";
import type { Variant } from "./search.query.ts";

/**
 * The search index's queries; with search.store.repo.ts (its writes), the only place with
 * dialect-specific search SQL. SQLite keeps the full-text index in the FTS5 table `search_fts`: its rowid
 * is document id × 2²⁰ + facet key, so facets are counted from rowids alone (and rowids grow with ids, as
 * FTS5 likes); bm25 weighs the title 10:1. PostgreSQL keeps it in `search_docs.tsv` (title weight A, body
 * weight B, GIN index, ts_rank_cd). Match expressions are built here, only from folded [a-z0-9] strings.
 */

/** What to match: every group must match (AND); within a group any variant may (OR). */
export interface MatchQuery {
  groups: Variant[][];
  /** Match titles only (suggestions as you type). */
  titleOnly?: boolean;
}

/** A match: document id, facet key, and a score that is higher for better matches on both engines. */
export interface MatchRow {
  id: number;
  key: number;
  score: number;
}

/** The facet values a key stands for. */
export interface Facet {
  type: string;
  country: string | null;
  year: number | null;
}

/** How many matches with a facet key have a topic. */
export interface TopicCount {
  topic: string;
  key: number;
  n: number;
}

/** SQLite rowids of the full-text table: document id × ROWID_SHIFT + facet key (keys stay below it). */
export const ROWID_SHIFT = 1_048_576;

/** The full-text rowid of a document. */
export const ftsRowid = (id: number, key: number): number => id * ROWID_SHIFT + key;

/** True on PostgreSQL (also inside a transaction). */
export const isPg = (db: Kysely<DB>) => db.getExecutor().adapter instanceof PostgresAdapter;
const SAFE = /^[a-z0-9]{1,160}$/;

/** The FTS5 MATCH string, or the tsquery string; "" when nothing can match. */
export function matchExpression(q: MatchQuery, pg: boolean): string {
  const groups = q.groups
    .map((g) => g.filter((v) => SAFE.test(v.term)))
    .filter((g) => g.length > 0)
    .map((g) =>
      g.map((v) =>
        pg
          ? `${v.term}${v.prefix ? ":*" : ""}${q.titleOnly ? (v.prefix ? "A" : ":A") : ""}`
          : `"${v.term}"${v.prefix ? "*" : ""}`,
      ),
    );
  if (groups.length === 0 || groups.length < q.groups.length) return "";
  const expr = groups.map((g) => `(${g.join(pg ? " | " : " OR ")})`).join(pg ? " & " : " AND ");
  return !pg && q.titleOnly ? `{title} : (${expr})` : expr;
}

/** The matches as `id, key, score` columns and a FROM … WHERE clause. */
function matched(db: Kysely<DB>, q: MatchQuery) {
  const pg = isPg(db);
  const expr = matchExpression(q, pg);
  if (!expr) return null;
  return pg
    ? {
        cols: sql`d.id, d.facet_key as key, ts_rank_cd(d.tsv, q) as score`,
        id: sql`d.id`,
        key: sql`d.facet_key`,
        from: sql`search_docs d, to_tsquery('simple', ${expr}) q where d.tsv @@ q`,
      }
    : {
        cols: sql`search_fts.rowid >> 20 as id, search_fts.rowid & 1048575 as key,
          -bm25(search_fts, 10.0, 1.0) as score`,
        id: sql`(search_fts.rowid >> 20)`,
        key: sql`(search_fts.rowid & 1048575)`,
        from: sql`search_fts where search_fts match ${expr}`,
      };
}

/** How many documents match, by facet key (counted inside the database, without reading documents). */
export async function matchCounts(db: Kysely<DB>, q: MatchQuery): Promise<Map<number, number>> {
  const m = matched(db, q);
  if (!m) return new Map();
  const res = await sql<{ key: number; n: number }>`select ${m.key} as key, count(*) as n from ${m.from}
    group by 1`.execute(db);
  return new Map(res.rows.map((r) => [Number(r.key), Number(r.n)]));
}

/** How many matches have each topic, by facet key. */
export async function matchTopicCounts(db: Kysely<DB>, q: MatchQuery): Promise<TopicCount[]> {
  const m = matched(db, q);
  if (!m) return [];
  const res = await sql<TopicCount>`select t.topic_slug as topic, m.key, count(*) as n
    from (select ${m.id} as id, ${m.key} as key from ${m.from}) m
    join search_doc_topics t on t.doc_id = m.id group by t.topic_slug, m.key`.execute(db);
  return res.rows.map((r) => ({ topic: r.topic, key: Number(r.key), n: Number(r.n) }));
}

/** Narrowing of matches: facet keys to keep, and a topic they must have. */
export interface Only {
  keys?: readonly number[];
  topic?: string;
}

/** The best matches passing `only`, best first, at most `limit`. */
export async function matchTop(
  db: Kysely<DB>,
  q: MatchQuery,
  only: Only,
  limit: number,
): Promise<MatchRow[]> {
  const m = matched(db, q);
  if (!m || only.keys?.length === 0) return [];
  const keys = only.keys ? sql` and ${m.key} in (${sql.join(only.keys)})` : sql``;
  const topic =
    only.topic !== undefined
      ? sql` and exists (select 1 from search_doc_topics t where t.doc_id = ${m.id} and t.topic_slug = ${only.topic})`
      : sql``;
  const res = await sql<MatchRow>`select ${m.cols} from ${m.from}${keys}${topic}
    order by score desc, id limit ${limit}`.execute(db);
  return res.rows.map((r) => ({ id: Number(r.id), key: Number(r.key), score: Number(r.score) }));
}

const facetCache = new WeakMap<Kysely<DB>, Map<number, Facet>>();

/**
 * The facet values of some keys. Keys never change meaning (the dictionary only grows), so they are
 * cached per database handle.
 */
export async function facetsOf(db: Kysely<DB>, keys: Iterable<number>): Promise<Map<number, Facet>> {
  const cache = facetCache.get(db) ?? new Map<number, Facet>();
  facetCache.set(db, cache);
  const missing = [...new Set(keys)].filter((k) => !cache.has(k));
  for (let i = 0; i < missing.length; i += 900) {
    const rows = await db
      .selectFrom("search_facets")
      .select(["key", "type", "country", "year"])
      .where("key", "in", missing.slice(i, i + 900))
      .execute();
    for (const r of rows) {
      cache.set(r.key, { type: r.type, country: r.country, year: r.year });
    }
  }
  return cache;
}

/** Folded titles and bodies of some documents, for ranking. */
export async function docTexts(
  db: Kysely<DB>,
  ids: readonly number[],
  withBody: boolean,
): Promise<Map<number, { title: string; body: string }>> {
  const out = new Map<number, { title: string; body: string }>();
  for (let i = 0; i < ids.length; i += 900) {
    const chunk = ids.slice(i, i + 900);
    const rows = withBody
      ? await db
          .selectFrom("search_texts")
          .select(["doc_id", "title", "body"])
          .where("doc_id", "in", chunk)
          .execute()
      : await db
          .selectFrom("search_texts")
          .select(["doc_id", "title"])
          .where("doc_id", "in", chunk)
          .execute();
    for (const r of rows) out.set(r.doc_id, { title: r.title, body: "body" in r ? String(r.body) : "" });
  }
  return out;
}

/** What a result shows: entity, page, country, year and display JSON. */
export async function docDisplays(db: Kysely<DB>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("search_docs as d")
    .innerJoin("search_texts as x", "x.doc_id", "d.id")
    .select(["d.id", "d.type", "d.entity_id", "d.path", "d.country", "d.year", "x.display"])
    .where("d.id", "in", ids)
    .execute();
}

/** Which of the candidate strings are words of the index. */
export async function knownTerms(db: Kysely<DB>, candidates: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < candidates.length; i += 5000) {
    const rows = await db
      .selectFrom("search_terms")
      .select("term")
      .where("term", "in", candidates.slice(i, i + 5000))
      .execute();
    for (const r of rows) out.add(r.term);
  }
  return out;
}

/** Topic ids by slug, for facet labels. */
export async function topicIds(db: Kysely<DB>, slugs: readonly string[]) {
  if (slugs.length === 0) return [];
  return db.selectFrom("topics").select(["id", "slug"]).where("slug", "in", slugs).execute();
}

/** The documents filed under a topic (for reindexing them when the topic changes). */
export async function docsWithTopic(db: Kysely<DB>, slug: string) {
  return db
    .selectFrom("search_docs as d")
    .innerJoin("search_doc_topics as t", "t.doc_id", "d.id")
    .select(["d.type", "d.entity_id"])
    .where("t.topic_slug", "=", slug)
    .execute();
}
