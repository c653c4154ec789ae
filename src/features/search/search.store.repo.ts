import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/types.ts";
import { prefixTerms } from "./search.query.ts";
import { ftsRowid, isPg, ROWID_SHIFT } from "./search.repo.ts";

/**
 * Writes to the search index (the other half of the search repository): documents with their facet keys,
 * texts and full-text entries, removals, and the vocabulary.
 */

/** One document ready to store: its facet values, folded texts, index terms and display JSON. */
export interface IndexedDoc {
  type: string;
  entityId: number;
  path: string;
  country: string | null;
  year: number | null;
  /** Sorted, distinct. */
  topics: string[];
  /** Folded title lines and body lines (for phrase ranking). */
  title: string;
  body: string;
  /** Index terms (folded words and stems), space-separated; the body's include the facet terms. */
  titleTerms: string;
  bodyTerms: string;
  /** The facet terms alone (type, country, year, topics: `qqtevent`…). */
  facetTerms: string;
  display: string;
}

/** A combination of facet values: `type|country|year`, and `|topics` when there are any (migration 012). */
const signatureOf = (d: IndexedDoc) =>
  `${d.type}|${d.country ?? ""}|${d.year ?? ""}${d.topics.length ? `|${d.topics.join(",")}` : ""}`;

/**
 * The facet key of every document's combination of facet values (type, country, year and topics), adding
 * new combinations. 100,000 generated documents have about 34,000 combinations; keys fit in 20 bits.
 */
async function facetKeys(db: Kysely<DB>, docs: readonly IndexedDoc[]): Promise<Map<string, number>> {
  const bySignature = new Map(docs.map((d) => [signatureOf(d), d]));
  const find = async () => {
    const rows = await db
      .selectFrom("search_facets")
      .select(["key", "signature"])
      .where("signature", "in", [...bySignature.keys()])
      .execute();
    return new Map(rows.map((r) => [r.signature, r.key]));
  };
  const known = await find();
  const missing = [...bySignature].filter(([sig]) => !known.has(sig));
  if (missing.length === 0) return known;
  await db
    .insertInto("search_facets")
    .values(
      missing.map(([signature, d]) => ({
        signature,
        type: d.type,
        country: d.country,
        year: d.year,
        topics: d.topics.join(","),
      })),
    )
    .onConflict((oc) => oc.column("signature").doNothing())
    .execute();
  const keys = await find();
  // The full-text rowid keeps a key in its low 20 bits (search.repo.ts); a million combinations is far off.
  if ([...keys.values()].some((k) => k >= ROWID_SHIFT))
    throw new Error("search: too many facet combinations");
  return keys;
}

/** Removes index documents of one type by entity id. */
export async function deleteDocs(db: Kysely<DB>, type: string, entityIds: readonly number[]): Promise<void> {
  if (entityIds.length === 0) return;
  const rows = await db
    .selectFrom("search_docs")
    .select(["id", "facet_key"])
    .where("type", "=", type)
    .where("entity_id", "in", entityIds)
    .execute();
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  if (!isPg(db)) {
    const rowids = rows.map((r) => ftsRowid(r.id, r.facet_key));
    await sql`delete from search_fts where rowid in (${sql.join(rowids)})`.execute(db);
  }
  await db.deleteFrom("search_doc_topics").where("doc_id", "in", ids).execute();
  await db.deleteFrom("search_texts").where("doc_id", "in", ids).execute();
  await db.deleteFrom("search_docs").where("id", "in", ids).execute();
}

/** Empties the index and its vocabulary (facet keys stay: they never change meaning). */
export async function clearIndex(db: Kysely<DB>): Promise<void> {
  if (!isPg(db)) await sql`insert into search_fts(search_fts) values ('delete-all')`.execute(db);
  const tables = [
    "search_doc_topics",
    "search_texts",
    "search_docs",
    "search_terms",
    "search_term_deletes",
  ] as const;
  for (const table of tables) {
    await db.deleteFrom(table).execute();
  }
}

/** Stores documents (rows, texts, topics and full-text entries) in a few multi-row statements. */
export async function insertDocs(db: Kysely<DB>, docs: readonly IndexedDoc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 200) {
    const batch = docs.slice(i, i + 200);
    const keys = await facetKeys(db, batch);
    const keyOf = (d: IndexedDoc) => keys.get(signatureOf(d)) ?? 0;
    const ids = await insertRows(db, batch, keyOf);
    await db
      .insertInto("search_texts")
      .values(
        batch.map((d, k) => ({ doc_id: ids[k] ?? 0, title: d.title, body: d.body, display: d.display })),
      )
      .execute();
    const topics = batch.flatMap((d, k) =>
      d.topics.map((slug) => ({ doc_id: ids[k] ?? 0, topic_slug: slug })),
    );
    if (topics.length) await db.insertInto("search_doc_topics").values(topics).execute();
    if (isPg(db)) continue;
    const values = batch.map(
      (d, k) => sql`(${ftsRowid(ids[k] ?? 0, keyOf(d))}, ${d.titleTerms}, ${d.bodyTerms})`,
    );
    await sql`insert into search_fts (rowid, title, body) values ${sql.join(values)}`.execute(db);
  }
}

/** Inserts the narrow rows (on PostgreSQL with their tsvector) and returns their ids in the order given. */
async function insertRows(
  db: Kysely<DB>,
  batch: readonly IndexedDoc[],
  keyOf: (d: IndexedDoc) => number,
): Promise<number[]> {
  type Key = { id: number; type: string; entity_id: number };
  let rows: Key[];
  if (isPg(db)) {
    // The prefix terms (see prefixTerm) carry no positions: array_to_tsvector keeps them small.
    const values = batch.map((d) => {
      const titlePrefixes = prefixTerms(d.titleTerms.split(" "));
      const prefixes = [...new Set([...titlePrefixes, ...prefixTerms(d.bodyTerms.split(" "))])];
      return sql`(${d.type}, ${d.entityId}, ${d.path}, ${d.country}, ${d.year}, ${keyOf(d)},
        setweight(to_tsvector('simple', ${d.titleTerms}::text), 'A') ||
        setweight(to_tsvector('simple', ${d.bodyTerms}::text), 'B') || array_to_tsvector(${prefixes}::text[]),
        to_tsvector('simple', ${`${d.titleTerms} ${d.facetTerms}`}::text) || array_to_tsvector(${titlePrefixes}::text[]))`;
    });
    rows = (
      await sql<Key>`insert into search_docs (type, entity_id, path, country, year, facet_key, tsv, title_tsv)
        values ${sql.join(values)} returning id, type, entity_id`.execute(db)
    ).rows;
  } else {
    const values = batch.map((d) => ({
      type: d.type,
      entity_id: d.entityId,
      path: d.path,
      country: d.country,
      year: d.year,
      facet_key: keyOf(d),
    }));
    rows = await db.insertInto("search_docs").values(values).returning(["id", "type", "entity_id"]).execute();
  }
  const byKey = new Map(rows.map((r) => [`${r.type}:${r.entity_id}`, r.id]));
  return batch.map((d) => byKey.get(`${d.type}:${d.entityId}`) ?? 0);
}

/** Merges the full-text index into one segment after a rebuild (SQLite; PostgreSQL needs nothing). */
export async function optimizeIndex(db: Kysely<DB>): Promise<void> {
  if (!isPg(db)) await sql`insert into search_fts(search_fts) values ('optimize')`.execute(db);
}

/**
 * Adds words to the vocabulary that typo lookups check against; each word new to it is also filed under
 * its deletion variants (`deletesOf`).
 */
export async function addTerms(
  db: Kysely<DB>,
  terms: readonly string[],
  deletesOf: (term: string) => string[],
): Promise<void> {
  for (let i = 0; i < terms.length; i += 500) {
    const values = terms.slice(i, i + 500).map((term) => ({ term }));
    // Only the rows actually inserted come back (on both databases), so known words cost nothing more.
    const added = await db
      .insertInto("search_terms")
      .values(values)
      .onConflict((oc) => oc.doNothing())
      .returning("term")
      .execute();
    const variants = added.flatMap(({ term }) => deletesOf(term).map((variant) => ({ variant, term })));
    for (let j = 0; j < variants.length; j += 400) {
      await db
        .insertInto("search_term_deletes")
        .values(variants.slice(j, j + 400))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
}
