import { type Kysely, PostgresAdapter, type RawBuilder, sql } from "kysely";
import type { Database } from "../../db/connection.ts";
import type { DB } from "../../db/types.ts";
import { prefixTerm, type Variant } from "./search.query.ts";
import { matchShare, refreshShares } from "./search.shares.repo.ts";

/**
 * The search index's queries; with search.store.repo.ts (its writes), the only place with
 * dialect-specific search SQL. SQLite keeps the full-text index in the FTS5 table `search_fts`: its rowid
 * is document id × 2²⁰ + facet key, so facets are counted from rowids alone (and rowids grow with ids, as
 * FTS5 likes); a match scores by whether its title holds the query. PostgreSQL keeps it in
 * `search_docs.tsv` (title weight A, body weight B; ts_rank_cd) and `title_tsv`, each with a GIN index that
 * also holds the document id (walks in id windows, newest first). Match expressions are built here, only
 * from folded [a-z0-9] strings.
 */

/** What to match: every group must match (AND); within a group any variant may (OR). */
export interface MatchQuery {
  groups: Variant[][];
  /** Match titles only (suggestions as you type). */
  titleOnly?: boolean;
  /** Facet terms every match must have too (anywhere, also with `titleOnly`). */
  facets?: readonly string[];
}

/** A match: document id, facet key, and a score that is higher for better matches on both engines. */
export interface MatchRow {
  id: number;
  key: number;
  score: number;
}

/** The facet values a key stands for (migration 012: topics too). */
export interface Facet {
  type: string;
  country: string | null;
  year: number | null;
  /** Sorted topic slugs. */
  topics: readonly string[];
  /** Type, country and year as one string: the keys with the same `values` differ by their topics only. */
  values: string;
}

/** SQLite rowids of the full-text table: document id × ROWID_SHIFT + facet key (keys stay below it). */
export const ROWID_SHIFT = 1_048_576;

/** The full-text rowid of a document. */
export const ftsRowid = (id: number, key: number): number => id * ROWID_SHIFT + key;

/**
 * A walked row as the engine answers it: SQLite's full-text rowid alone (id and key are split here: one
 * column instead of two expressions makes a walk of 811 matches about a third cheaper), or PostgreSQL's
 * columns.
 */
type Walked = { rowid?: number; id?: number; key?: number; score?: number; title?: unknown };

/** A walked row's id, key and score (0 when it was not scored). */
function decode(r: Walked): MatchRow {
  if (r.rowid !== undefined) {
    const rowid = Number(r.rowid);
    return { id: Math.floor(rowid / ROWID_SHIFT), key: rowid % ROWID_SHIFT, score: 0 };
  }
  return { id: Number(r.id), key: Number(r.key), score: Number(r.score ?? 0) };
}

/** True on PostgreSQL (also inside a transaction). */
export const isPg = (db: Kysely<DB>) => db.getExecutor().adapter instanceof PostgresAdapter;
const SAFE = /^[a-z0-9]{1,160}$/;

/** A variant as a tsquery word: a short prefix is its prefix term (see prefixTerm), a longer one `word:*`. */
const pgWord = (v: Variant) => (v.prefix ? (prefixTerm(v.term) ?? `${v.term}:*`) : v.term);

/** The words of a match as engine words, by group; empty when nothing can match. */
function wordGroups(q: MatchQuery, pg: boolean): string[][] {
  const groups = q.groups
    .map((g) => g.filter((v) => SAFE.test(v.term)))
    .filter((g) => g.length > 0)
    .map((g) => g.map((v) => (pg ? pgWord(v) : `"${v.term}"${v.prefix ? "*" : ""}`)));
  return groups.length < q.groups.length ? [] : groups;
}

/** The words part of a match: groups ANDed, variants ORed; "" when nothing can match. */
function wordsExpression(q: MatchQuery, pg: boolean): string {
  return wordGroups(q, pg)
    .map((g) => `(${g.join(pg ? " | " : " OR ")})`)
    .join(pg ? " & " : " AND ");
}

/** The facet terms of a match, as engine words. */
const facetWords = (q: MatchQuery, pg: boolean): string[] =>
  (q.facets ?? []).filter((t) => SAFE.test(t)).map((t) => (pg ? t : `"${t}"`));

/**
 * The FTS5 MATCH string, or the tsquery string; "" when nothing can match. On PostgreSQL a title-only
 * match is this expression over the separate title tsvector (see `matched`), so it carries no weights.
 */
export function matchExpression(q: MatchQuery, pg: boolean): string {
  const expr = wordsExpression(q, pg);
  if (!expr) return "";
  return [!pg && q.titleOnly ? `{title} : (${expr})` : expr, ...facetWords(q, pg)].join(pg ? " & " : " AND ");
}

/** The document ids in the index (PostgreSQL), for `newestFirst`, read at most once per SPAN_TTL_MS. */
const spans = new WeakMap<Kysely<DB>, { lo: number; hi: number; at: number }>();

/**
 * How long the ids' span is trusted. A stale span only misjudges window sizes: windows are open-ended
 * (`id_block >= …`), so ids added since are inside every window, and a window that holds `limit` matches
 * still holds the newest ones.
 */
const SPAN_TTL_MS = 1000;

/**
 * The planner settings of a search's sessions (PostgreSQL). A broad match otherwise gets a sequential scan
 * that detoasts every document's tsvector (614 ms instead of 50 ms for 15,000 matches), and the bitmap
 * stays exact with enough work_mem. Plain index scans are off too: for an id window (see `newestFirst`)
 * the planner would pick the primary key and filter row by row, reading each row's tsvector from TOAST
 * (100 ms for 8,000 rows), where the GIN index holding the id answers in 2 ms. No parallel workers
 * (starting them costs more than these statements take) and no JIT (the disabled scans' nominal costs
 * would trigger a 50 ms compilation).
 */
const SEARCH_SETTINGS = {
  enable_seqscan: "off",
  enable_indexscan: "off",
  work_mem: "32MB",
  max_parallel_workers_per_gather: "0",
  jit: "off",
} as const;

/**
 * Runs a search's statements. On PostgreSQL they go through a small pool of their own whose sessions carry
 * SEARCH_SETTINGS, with no transaction around them: setting the planner per search in a transaction cost
 * three round trips (begin, settings, commit), and the translation cache, which a transaction bypasses,
 * now answers the facet labels. Each statement sees what had committed when it began: a document deleted
 * between the walk and the display is left out of the page (a write and its index change are one
 * transaction, so no statement sees a half-indexed document).
 */
export async function inSearchScope<T>(database: Database, fn: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  if (database.dialect !== "postgres" || !database.tuned) return fn(database.db);
  const db = database.tuned("search", SEARCH_SETTINGS);
  const known = spans.get(db);
  if (!known || performance.now() - known.at > SPAN_TTL_MS) {
    // Through the main pool: with plain index scans off, min() and max() would read the whole table.
    const r = await sql<{ lo: number | null; hi: number | null }>`select
      (select min(id) from search_docs) as lo, (select max(id) from search_docs) as hi`.execute(database.db);
    const row = r.rows[0];
    spans.set(db, { lo: Number(row?.lo ?? 0), hi: Number(row?.hi ?? 0), at: performance.now() });
  }
  await refreshShares(database.db, db);
  return fn(db);
}

/**
 * How many document ids there are from `id` to the newest (PostgreSQL, in a search scope), to size a
 * walk's first window (`walk`); undefined elsewhere.
 */
export function idsFrom(db: Kysely<DB>, id: number): number | undefined {
  const span = spans.get(db);
  return span ? span.hi - id + 1 : undefined;
}

/** The matches as `id, key, score` columns and a FROM … WHERE clause. */
function matched(db: Kysely<DB>, q: MatchQuery) {
  return isPg(db) ? pgMatched(q) : sqliteMatched(q);
}

function sqliteMatched(q: MatchQuery) {
  const expr = matchExpression(q, false);
  if (!expr) return null;
  // FTS5's bm25 needs each match's term frequencies, which a contentless table with detail=column does
  // not keep (it returns 0 for every row): the score is whether the title holds the query's words.
  const titles = `{title} : (${wordsExpression(q, false)})`;
  const cols = sql`search_fts.rowid >> 20 as id, search_fts.rowid & 1048575 as key,
    (search_fts.rowid in (select rowid from search_fts where search_fts match ${titles})) as score`;
  const from = sql`search_fts where search_fts match ${expr}`;
  return {
    cols,
    // Scoring each walked row would read the whole title match for a broad query: ranked apart. Rowids grow
    // with document ids; FTS5 walks a match by rowid backwards without sorting.
    walked: (and: RawBuilder<unknown>, limit: number, _withScore: boolean) =>
      sql<Walked>`select search_fts.rowid as rowid from ${from}${and} order by search_fts.rowid desc limit ${limit}`,
    scored: false,
    key: sql`(search_fts.rowid & 1048575)`,
    from,
  };
}

/**
 * PostgreSQL: the whole text's tsvector, or for a title-only match the title's own (its GIN index answers
 * exactly, where a weight-restricted `word:A` makes GIN recheck every match's tsvector from TOAST). Both
 * hold the facet terms, so a filtered title match is one index condition too.
 */
function pgMatched(q: MatchQuery) {
  const expr = matchExpression(q, true);
  if (!expr) return null;
  const tsv = q.titleOnly ? sql`d.title_tsv` : sql`d.tsv`;
  const words = sql`to_tsquery('simple', ${wordsExpression(q, true)})`;
  const from = sql`search_docs d, to_tsquery('simple', ${expr}) q where ${tsv} @@ q`;
  return {
    cols: sql`d.id, d.facet_key as key, ts_rank_cd(${tsv}, q) as score`,
    // The newest matches, each with whether its title holds the words and, over the whole index only
    // (`withScore`), the title's relevance: its tsvector is small and stored in the row, where the whole
    // text's is read back from TOAST. Both are computed in the walk's own select list, for every match it
    // passes (about 0.4 µs each), rather than carrying the title's tsvector through the top-N sort to test
    // it after the limit (a 1,001-row window measured alone: 5.3 against 9.4 ms; whole searches the same).
    // A window is only kept when it fills the walk, and then it is ranked newest first, so it needs no score.
    // "+ 0": not the primary key's order, which tempts the planner to walk the table backwards testing
    // every row's tsvector (seconds for a rare word); the GIN bitmap and a top-N sort instead.
    walked: (and: RawBuilder<unknown>, limit: number, withScore: boolean) =>
      sql<Walked>`select d.id, d.facet_key as key,
      ${withScore ? sql`ts_rank(d.title_tsv, w)` : sql`0`} as score, d.title_tsv @@ w as title
      from search_docs d, to_tsquery('simple', ${expr}) q, ${words} w where ${tsv} @@ q${and}
      order by d.id + 0 desc limit ${limit}`,
    scored: true,
    key: sql`d.facet_key`,
    from,
  };
}

/** `newestFirst`'s `after` for a run over the whole index (no window). */
const WHOLE_INDEX: RawBuilder<unknown> = sql``;

/**
 * PostgreSQL: how many of the newest document ids a walk looks among first, when the index's statistics
 * cannot say (see `firstWindowFor`).
 */
export const FIRST_WINDOW = 4096;
/** The smallest first window a guess may give: a window costs a statement whatever its size. */
export const MIN_WINDOW = 1024;

/**
 * PostgreSQL: the first window of a walk for `limit` matches: as many of the newest ids as should hold a
 * quarter more than `limit`, by the share of documents the index's statistics expect to match (see
 * search.shares.repo.ts). A common word's 1,001 newest matches took two statements from a fixed window
 * (too few in it, then a wider one); a rare one's whole-index run is chosen at once. Facet keys a walk is
 * narrowed to (matchTop's `only`) are not counted in: its window may then hold too few and be widened.
 */
export function firstWindowFor(db: Kysely<DB>, q: MatchQuery, limit: number): number {
  // SQLite walks once, whatever the window.
  if (!isPg(db)) return FIRST_WINDOW;
  const groups = [...wordGroups(q, true), ...facetWords(q, true).map((w) => [w])];
  const share = matchShare(db, q.titleOnly ? "title_tsv" : "tsv", groups);
  if (share === undefined) return FIRST_WINDOW;
  return Math.max(MIN_WINDOW, Math.ceil((1.25 * limit) / Math.max(share, 1e-9)));
}

/** The newest matches of a query (each one's topics are those of its facet key). */
export interface Walk {
  /**
   * Newest first, with their score when `scored` (PostgreSQL: the title's relevance), else score 0. A walk
   * that found `cap` matches or more (a broad query's: ranked newest first) may leave scores at 0.
   */
  rows: MatchRow[];
  /** PostgreSQL scores while walking (the title's tsvector is in the row); SQLite does not. */
  scored: boolean;
  /** When `scored`: the walked matches whose title holds the words, newest first. */
  titled: MatchRow[];
}

/**
 * The newest `cap` matches (highest ids): FTS5 walks a match
 * newest first and stops after `cap` rows, PostgreSQL walks windows of ids (`newestFirst`, from the newest
 * `firstWindow` ids), so broad queries cost little more than narrow ones. PostgreSQL also scores the
 * walked rows by their title and tells which titles hold the words; SQLite does not (its title score is a
 * second match over the titles, which a broad walk would read whole), so the matches that ranking needs
 * are scored apart there (matchTop).
 */
export async function walk(db: Kysely<DB>, q: MatchQuery, cap: number, firstWindow?: number): Promise<Walk> {
  const m = matched(db, q);
  if (!m) return { rows: [], scored: true, titled: [] };
  const window = firstWindow ?? firstWindowFor(db, q, cap);
  const found = await newestFirst(db, cap, window, (after, limit) =>
    m.walked(after, limit, after === WHOLE_INDEX),
  );
  const rows: MatchRow[] = [];
  const titled: MatchRow[] = [];
  for (const r of found) {
    const row = decode(r);
    rows.push(row);
    if (r.title === true) titled.push(row);
  }
  return { rows, scored: m.scored, titled };
}

/**
 * A walk that holds every match (at most a few hundred), scored as the engine scores: SQLite walks unscored,
 * and its score is whether the title holds the words, so the walk's title matches are looked up newest first
 * (ids only, at most as many as the walk holds: they are among its rows). Cheaper than scoring every match
 * again (matchTop), which walked the match a second time: 1.0 against 0.4 ms for 811 matches. PostgreSQL's
 * whole-index walks are scored already.
 */
export async function scoreWalk(db: Kysely<DB>, q: MatchQuery, w: Walk): Promise<Walk> {
  if (w.scored || w.rows.length === 0) return w;
  const titles = await matchTop(db, { ...q, titleOnly: true }, {}, w.rows.length, "newest");
  const ids = new Set(titles.map((r) => r.id));
  const rows = w.rows.map((r) => ({ id: r.id, key: r.key, score: ids.has(r.id) ? 1 : 0 }));
  return { rows, scored: true, titled: rows.filter((r) => r.score === 1) };
}

/**
 * Runs a "newest `limit` matches" statement (`select(after, limit)`) and answers its rows newest first. FTS5 walks a match newest first and
 * stops, so SQLite runs it once. PostgreSQL's GIN bitmap has no order: a broad match would read every
 * matching row (50–100 ms for 60,000 of 100,000 documents). Its indexes hold the id beside the words
 * (migrations 010 and 011: the block of 256 ids each id is in), so the statement is first run among the
 * newest `firstWindow` ids (`after`: ` and d.id_block >= …`, whole blocks), then among as many newest ids as the density of matches found there says will hold
 * `limit`; whenever a window holds `limit` matches they are the newest of all. Windows are open-ended: GIN
 * scans each side of a range `id > a and id <= b` on its own, and `id <= b` would cover the whole index.
 * A match too sparse to fill a window runs once over the whole index, which is quick because it is sparse.
 * Outside a search scope (which knows the ids' span) it runs once, over the whole index.
 */
async function newestFirst(
  db: Kysely<DB>,
  limit: number,
  firstWindow: number,
  select: (after: RawBuilder<unknown>, limit: number) => RawBuilder<Walked>,
): Promise<Walked[]> {
  const span = spans.get(db);
  // A walk's statement orders within a subquery; the rows are put newest first here.
  const newest = (rows: Walked[]) => (isPg(db) ? rows.sort((a, b) => Number(b.id) - Number(a.id)) : rows);
  const run = async (after: RawBuilder<unknown>) => newest((await select(after, limit).execute(db)).rows);
  if (!isPg(db) || !span) return run(WHOLE_INDEX);
  const ids = span.hi - span.lo + 1;
  const within = (window: number) => sql` and d.id_block >= ${(span.hi - window + 1) >> 8}`;
  let window = firstWindow;
  if (window >= ids / 2) return run(WHOLE_INDEX);
  // The first window and, when it holds too few matches to be worth widening (fewer than `sparse`), the
  // run over the whole index, in one statement: a narrow query's second round trip was 0.5–1 ms.
  const sparse = Math.ceil((2 * limit * window) / ids);
  const first = await sql<Walked & { whole: boolean }>`with w as (${select(within(window), limit)})
    select false as whole, w.* from w
    union all
    select true as whole, a.* from (${select(WHOLE_INDEX, limit)}) a where (select count(*) from w) < ${sparse}`.execute(
    db,
  );
  const windowed = newest(first.rows.filter((r) => !r.whole));
  if (windowed.length < sparse) return newest(first.rows.filter((r) => r.whole));
  if (windowed.length >= limit) return windowed;
  for (let found = windowed.length; ; ) {
    window = Math.ceil((window * 1.25 * limit) / found);
    if (window >= ids / 2) break;
    const rows = await run(within(window));
    if (rows.length >= limit) return rows;
    // Sparse: the whole index answers about as quickly as a window holding `limit` matches would.
    if ((rows.length * ids) / window < 2 * limit) break;
    found = rows.length;
  }
  return run(WHOLE_INDEX);
}

/** Narrowing of matches: the facet keys to keep (a topic filter is keys too: keys hold the topics). */
export interface Only {
  keys?: readonly number[];
}

/**
 * The matches passing `only`, at most `limit`: by engine score, best first (the engine scores every
 * match, so only for matches known to be few), or newest first (stops after `limit`); ties newest first.
 */
export async function matchTop(
  db: Kysely<DB>,
  q: MatchQuery,
  only: Only,
  limit: number,
  order: "score" | "newest" = "score",
  firstWindow?: number,
): Promise<MatchRow[]> {
  const m = matched(db, q);
  if (!m || only.keys?.length === 0) return [];
  const keys = only.keys ? sql` and ${m.key} in (${sql.join(only.keys)})` : sql``;
  const res =
    order === "score"
      ? await sql<MatchRow>`select ${m.cols} from ${m.from}${keys}
    order by score desc, id desc limit ${limit}`.execute(db)
      : {
          rows: (
            await newestFirst(db, limit, firstWindow ?? firstWindowFor(db, q, limit), (after, n) =>
              m.walked(sql`${after}${keys}`, n, false),
            )
          ).map(decode),
        };
  return res.rows.map((r) => ({ id: Number(r.id), key: Number(r.key), score: Number(r.score) }));
}

/** The facet dictionary as read so far, per database handle (keys never change meaning). */
interface Dictionary {
  facets: Map<number, Facet>;
  /** The highest key read: keys are handed out in increasing order, so newer ones are read by range. */
  top: number;
  /** One copy of each `values` string and topic list: 34,000 keys share about 760 and 580 of them. */
  shared: Map<string, string>;
  topicLists: Map<string, readonly string[]>;
}

const dictionaries = new WeakMap<Kysely<DB>, Dictionary>();

/**
 * The facet values of some keys, from a dictionary kept per database handle. A key it lacks is read with
 * every key above the highest it holds (the first time: every key, about 34,000 for 100,000 documents,
 * once), then by value in case a lower key was committed late.
 */
export async function facetsOf(db: Kysely<DB>, keys: Iterable<number>): Promise<Map<number, Facet>> {
  const dict = dictionaries.get(db) ?? {
    facets: new Map(),
    top: 0,
    shared: new Map(),
    topicLists: new Map(),
  };
  dictionaries.set(db, dict);
  const wanted = [...new Set(keys)].filter((k) => !dict.facets.has(k));
  if (wanted.length === 0) return dict.facets;
  const query = db.selectFrom("search_facets").select(["key", "type", "country", "year", "topics"]);
  addFacets(dict, await query.where("key", ">", dict.top).orderBy("key").execute());
  const late = wanted.filter((k) => !dict.facets.has(k));
  for (let i = 0; i < late.length; i += 900) {
    addFacets(dict, await query.where("key", "in", late.slice(i, i + 900)).execute());
  }
  return dict.facets;
}

function addFacets(
  d: Dictionary,
  rows: { key: number; type: string; country: string | null; year: number | null; topics: string }[],
): void {
  const share = (s: string) => {
    const known = d.shared.get(s);
    if (known !== undefined) return known;
    d.shared.set(s, s);
    return s;
  };
  for (const r of rows) {
    let topics = d.topicLists.get(r.topics);
    if (!topics) {
      topics = Object.freeze(r.topics ? r.topics.split(",").map(share) : []);
      d.topicLists.set(r.topics, topics);
    }
    const values = share(`${r.type}|${r.country ?? ""}|${r.year ?? ""}`);
    d.facets.set(r.key, { type: share(r.type), country: r.country, year: r.year, topics, values });
    d.top = Math.max(d.top, r.key);
  }
}

/** What a result shows: entity, page, country, year and display JSON. */
export interface DocDisplay {
  id: number;
  type: string;
  entity_id: number;
  path: string;
  country: string | null;
  year: number | null;
  display: string;
}

/** A document's ranking tier (see docTiers), with its display when asked for. */
export interface DocTier {
  tier: number;
  display?: DocDisplay;
}

/**
 * The ranking tier of some documents for a query's folded words (lower is better): 0 a title line is
 * exactly the words, 1 the words stand together in a title, 2 (two words or more) they stand together in
 * the body, 3 anything else. "Together" means in order at the start of words, so the last word may be a
 * prefix. The texts are searched where they are stored: a multi-word query ranks 200 documents, and
 * sending their bodies to be searched here cost PostgreSQL 5 ms a search. With `withDisplay` it also
 * answers what each document shows: a narrow query ranks few documents, and reading their displays with
 * the tiers saves the page a statement (a round trip of 0.5–1 ms on PostgreSQL).
 */
export async function docTiers(
  db: Kysely<DB>,
  ids: readonly number[],
  words: readonly string[],
  withDisplay = false,
): Promise<Map<number, DocTier>> {
  const out = new Map<number, DocTier>();
  const tier = tierExpression(isPg(db), words.join(" "), words.length > 1);
  for (let i = 0; i < ids.length; i += 900) {
    const chunk = ids.slice(i, i + 900);
    if (withDisplay) {
      for (const { tier: t, ...display } of await displayQuery(db, chunk).select(tier.as("tier")).execute()) {
        out.set(display.id, { tier: Number(t), display });
      }
      continue;
    }
    const rows = await db
      .selectFrom("search_texts as x")
      .select(["x.doc_id", tier.as("tier")])
      .where("x.doc_id", "in", chunk)
      .execute();
    for (const r of rows) out.set(r.doc_id, { tier: Number(r.tier) });
  }
  return out;
}

/** The tier of `docTiers` as an expression over `x.title` and `x.body` (folded lines, "\n" between). */
function tierExpression(pg: boolean, phrase: string, withBody: boolean): RawBuilder<number> {
  if (!phrase) return sql<number>`3`;
  const find = sql.raw(pg ? "strpos" : "instr");
  // A line is the phrase; the phrase starts a word of a line (a space or a line's start before it).
  const line = sql`${find}(${"\n"} || x.title || ${"\n"}, ${`\n${phrase}\n`}) > 0`;
  const words = (col: RawBuilder<unknown>) =>
    sql`${find}(' ' || replace(${col}, ${"\n"}, ${" \n "}), ${` ${phrase}`}) > 0`;
  return sql<number>`case when ${line} then 0 when ${words(sql`x.title`)} then 1
    ${withBody ? sql`when ${words(sql`x.body`)} then 2 ` : sql``}else 3 end`;
}

const displayQuery = (db: Kysely<DB>, ids: readonly number[]) =>
  db
    .selectFrom("search_docs as d")
    .innerJoin("search_texts as x", "x.doc_id", "d.id")
    .select(["d.id", "d.type", "d.entity_id", "d.path", "d.country", "d.year", "x.display"])
    .where("d.id", "in", ids);

/** What some documents show, by id. */
export async function docDisplays(db: Kysely<DB>, ids: readonly number[]): Promise<DocDisplay[]> {
  if (ids.length === 0) return [];
  return displayQuery(db, ids).execute();
}

/** The vocabulary words filed under any of some deletion keys (see `deletionKeys`). */
export async function wordsUnderKeys(db: Kysely<DB>, keys: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom("search_term_deletes")
      .select("term")
      .where("variant", "in", keys.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(r.term);
  }
  return [...out];
}

/** The folded alphabet in order, to find the first string after every string that starts with a prefix. */
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * The words of the index vocabulary (words of five letters or more) that start with each prefix, at most
 * `max` + 1 of them each (so the caller can tell when there are more): range scans of the primary key,
 * all in one statement.
 */
export async function completions(
  db: Kysely<DB>,
  prefixes: readonly string[],
  max: number,
): Promise<Map<string, string[]>> {
  return (await vocabulary(db, prefixes, max, [])).completions;
}

/**
 * A search's two vocabulary lookups in one statement (one round trip): the completions of each prefix (see
 * `completions`) and the words filed under any of some deletion keys (`typos`, see `wordsUnderKeys`).
 */
export async function vocabulary(
  db: Kysely<DB>,
  prefixes: readonly string[],
  max: number,
  typoKeys: readonly string[],
): Promise<{ completions: Map<string, string[]>; typos: string[] }> {
  const out = new Map<string, string[]>();
  const scans = [...new Set(prefixes)].flatMap((prefix, i) => {
    const last = ALPHABET.indexOf(prefix.at(-1) ?? "");
    out.set(prefix, []);
    if (!SAFE.test(prefix) || last < 0 || last === ALPHABET.length - 1) return [];
    const upper = prefix.slice(0, -1) + ALPHABET[last + 1];
    return [
      sql`select * from (select ${i} as i, term from search_terms where term >= ${prefix} and term < ${upper}
        order by term limit ${max + 1}) as ${sql.raw(`c${i}`)}`,
    ];
  });
  // A query's words have a few dozen keys, which ride along (i = -1); more are read apart, in chunks.
  const together = typoKeys.length <= 500;
  if (together && typoKeys.length > 0) {
    scans.push(
      sql`select ${-1} as i, term from search_term_deletes where variant in (${sql.join(typoKeys)})`,
    );
  }
  const typos = new Set(together ? [] : await wordsUnderKeys(db, typoKeys));
  if (scans.length === 0) return { completions: out, typos: [...typos] };
  const names = [...out.keys()];
  const rows = await sql<{ i: number; term: string }>`${sql.join(scans, sql` union all `)}`.execute(db);
  for (const r of rows.rows) {
    if (Number(r.i) < 0) typos.add(r.term);
    else {
      const prefix = names[Number(r.i)] ?? "";
      if (r.term.startsWith(prefix)) out.get(prefix)?.push(r.term);
    }
  }
  return { completions: out, typos: [...typos] };
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
