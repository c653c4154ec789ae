import type { Kysely } from "kysely";
import type { LocaleMap } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { deletionKeys, foldText, indexTerms } from "./fold.ts";
import { dependents, recordsOf } from "./search.deps.repo.ts";
import { facetTerms, pairTerms, TYPO_MIN } from "./search.query.ts";
import { eventSources, organizationSources, personSources, statementSources } from "./search.source.repo.ts";
import {
  documentSources,
  newsSources,
  planItemSources,
  projectSources,
} from "./search.source-records.repo.ts";
import {
  addTerms,
  clearIndex,
  deleteDocs,
  type IndexedDoc,
  insertDocs,
  optimizeIndex,
} from "./search.store.repo.ts";
import { type DocSource, SEARCH_TYPES, type SearchType, textsOf } from "./search.types.ts";

/**
 * Keeps the search index in step with the data. Every write calls `reindexEntity` inside its own
 * transaction, so a search right after a commit sees the change; `reindexAll` rebuilds everything.
 */

const BATCH = 500;
/** A snippet is cut from the first this-many characters of a text in the reader's language. */
const DISPLAY_TEXT_MAX = 1200;

const LOADERS: Record<SearchType, (db: Kysely<DB>, ids: readonly number[]) => Promise<DocSource[]>> = {
  person: personSources,
  organization: organizationSources,
  event: eventSources,
  statement: statementSources,
  project: projectSources,
  plan_item: planItemSources,
  news: newsSources,
  document: documentSources,
};

const TABLES = {
  person: "people",
  organization: "organizations",
  event: "events",
  statement: "statements",
  project: "projects",
  plan_item: "plan_items",
  news: "news",
  document: "documents",
} as const satisfies Record<SearchType, keyof DB>;

/** The folded words of each distinct text. */
const wordLines = (texts: string[]): string[][] =>
  [...new Set(texts.map((t) => foldText(t).join(" ")).filter((l) => l !== ""))].map((l) => l.split(" "));

/** What the engine indexes for some texts: folded words, stems, and pairs of neighbouring words. */
const termsOf = (texts: string[], lines: string[][]) =>
  [...indexTerms(texts.join("\n")), ...pairTerms(lines)].join(" ");

function cut(map: LocaleMap): LocaleMap {
  const out: LocaleMap = {};
  for (const [l, text] of Object.entries(map) as [keyof LocaleMap, string][]) {
    out[l] = text.length > DISPLAY_TEXT_MAX ? text.slice(0, DISPLAY_TEXT_MAX) : text;
  }
  return out;
}

/** Turns a source into what the index stores: folded lines, index terms (words, stems, word pairs), display JSON. */
export function toIndexed(s: DocSource): IndexedDoc {
  const titleTexts = [...(s.noTitleIndex ? [] : textsOf(s.title)), ...s.altTitles];
  const bodyTexts = [...textsOf(s.text), ...s.extra];
  const titleLines = wordLines(titleTexts);
  const bodyLines = wordLines(bodyTexts);
  const topics = [...new Set(s.topics)].sort();
  const facets = facetTerms({ type: s.type, country: s.country, year: s.year, topics });
  return {
    type: s.type,
    entityId: s.entityId,
    path: s.path,
    country: s.country,
    year: s.year,
    topics,
    title: titleLines.map((l) => l.join(" ")).join("\n"),
    body: bodyLines.map((l) => l.join(" ")).join("\n"),
    titleTerms: termsOf(titleTexts, titleLines),
    bodyTerms: [termsOf(bodyTexts, bodyLines), ...facets].join(" "),
    facetTerms: facets.join(" "),
    display: JSON.stringify({ t: s.title, x: cut(s.text) }),
  };
}

/** The words worth remembering for typo lookups (a typo is only tolerated in words of 5+ letters). */
function vocabularyOf(docs: readonly IndexedDoc[], into: Set<string>): void {
  for (const d of docs) {
    for (const w of `${d.titleTerms} ${d.bodyTerms}`.split(" "))
      if (w.length >= TYPO_MIN && !w.includes("q")) into.add(w);
  }
}

/** Rebuilds the index documents of some entities of one type: public ones are (re)written, others dropped. */
export async function refreshDocs(db: Kysely<DB>, type: SearchType, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH);
    const docs = (await LOADERS[type](db, chunk)).map(toIndexed);
    await deleteDocs(db, type, chunk);
    await insertDocs(db, docs);
    const vocab = new Set<string>();
    vocabularyOf(docs, vocab);
    await addTerms(db, [...vocab], deletionKeys);
  }
}

/**
 * Brings the index up to date after a change to one entity (any editable kind: a person, a position,
 * a session, a topic…): its own document and every document that shows its text. Call it inside the
 * write's transaction. `previous` is the row before the change or removal (its old parent ids).
 */
export async function reindexEntity(
  db: Kysely<DB>,
  type: string,
  id: number,
  previous?: Record<string, unknown>,
): Promise<void> {
  const keys = await dependents(db, type, id, previous);
  for (const [t, set] of keys) await refreshDocs(db, t, [...set]);
}

/** What a full rebuild did. */
export interface ReindexSummary {
  /** Records looked at. */
  records: number;
  /** Public documents indexed. */
  documents: number;
}

/**
 * The records of every kind in the order they were last written, as the index would have filed them had it
 * followed each write (a document's id grows with its last write, and broad queries walk the newest ids
 * first, so a rebuild grouped by kind would make one kind "the newest" of everything). Records written at
 * the same moment (a bulk load) are spread evenly over it, each kind in its own id order.
 */
export function inWriteOrder(
  kinds: readonly { type: SearchType; rows: readonly { id: number; updated_at: string }[] }[],
): { type: SearchType; id: number }[] {
  return kinds
    .flatMap(({ type, rows }, k) =>
      rows.map((r, i) => ({ type, id: r.id, at: r.updated_at, spread: (i + 0.5) / rows.length, k })),
    )
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.spread - b.spread || a.k - b.k))
    .map(({ type, id }) => ({ type, id }));
}

/**
 * Rebuilds the whole index in one transaction (or inside the caller's), in batches of 500 records,
 * calling `onProgress(done, total)` after each batch.
 */
export async function reindexAll(
  db: Kysely<DB>,
  onProgress?: (done: number, total: number) => void,
): Promise<ReindexSummary> {
  const run = async (trx: Kysely<DB>): Promise<ReindexSummary> => {
    await clearIndex(trx);
    const records = inWriteOrder(
      await Promise.all(
        SEARCH_TYPES.map(async (type) => ({ type, rows: await recordsOf(trx, TABLES[type]) })),
      ),
    );
    const vocab = new Set<string>();
    let documents = 0;
    onProgress?.(0, records.length);
    for (let i = 0; i < records.length; i += BATCH) {
      const chunk = records.slice(i, i + BATCH);
      const byType = new Map<SearchType, number[]>();
      for (const r of chunk) {
        const ids = byType.get(r.type) ?? [];
        ids.push(r.id);
        byType.set(r.type, ids);
      }
      const loaded = new Map<string, IndexedDoc>();
      for (const [type, ids] of byType) {
        for (const d of (await LOADERS[type](trx, ids)).map(toIndexed))
          loaded.set(`${type}:${d.entityId}`, d);
      }
      // Inserted in write order, so document ids grow with it.
      const docs = chunk.flatMap((r) => loaded.get(`${r.type}:${r.id}`) ?? []);
      await insertDocs(trx, docs);
      vocabularyOf(docs, vocab);
      documents += docs.length;
      onProgress?.(i + chunk.length, records.length);
    }
    await addTerms(trx, [...vocab], deletionKeys);
    await optimizeIndex(trx);
    return { records: records.length, documents };
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}
