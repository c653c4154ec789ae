import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * The search index (issue 4).
 * - `search_docs`: one narrow row per public entity (its page, country, year and facet key).
 * - `search_facets`: a dictionary of facet combinations (type, country, year), each with a stable key.
 *   Facets are counted by key, so counting never reads the documents' rows.
 * - `search_doc_topics`: each document's topics.
 * - `search_texts`: each document's folded title and body (phrase ranking) and display texts (JSON).
 * - `search_terms`: the index vocabulary (one-typo lookups).
 * - The full-text index is the database's own: an FTS5 table on SQLite whose rowid is
 *   search_docs.id × 2²⁰ + facet_key (`detail=column`: the indexed texts are sets of terms; phrases are
 *   checked on the folded texts); on PostgreSQL a weighted `tsvector` column with a GIN index.
 * Rebuild with `npx dialogue search reindex`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = (name: string) => (pg ? ([name, "serial"] as const) : ([name, "integer"] as const));

  const [fk, fkType] = id("key");
  await db.schema
    .createTable("search_facets")
    .addColumn(fk, fkType, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("signature", "text", (c) => c.notNull().unique())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("year", "integer")
    .execute();

  const [dk, dkType] = id("id");
  let docs = db.schema
    .createTable("search_docs")
    .addColumn(dk, dkType, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("entity_id", "integer", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("year", "integer")
    .addColumn("facet_key", "integer", (c) => c.notNull().references("search_facets.key"))
    .addUniqueConstraint("search_docs_entity_uq", ["type", "entity_id"]);
  if (pg) docs = docs.addColumn("tsv", sql`tsvector`, (c) => c.notNull());
  await docs.execute();
  if (pg) await sql`create index search_docs_tsv_idx on search_docs using gin (tsv)`.execute(db);

  await db.schema
    .createTable("search_texts")
    .addColumn("doc_id", "integer", (c) => c.primaryKey().references("search_docs.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("display", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("search_doc_topics")
    .addColumn("doc_id", "integer", (c) => c.notNull().references("search_docs.id").onDelete("cascade"))
    .addColumn("topic_slug", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("search_doc_topics_pk", ["doc_id", "topic_slug"])
    .execute();
  await db.schema
    .createIndex("search_doc_topics_slug_idx")
    .on("search_doc_topics")
    .column("topic_slug")
    .execute();

  await db.schema
    .createTable("search_terms")
    .addColumn("term", "text", (c) => c.primaryKey())
    .execute();

  if (!pg) {
    await sql`create virtual table search_fts using fts5(
      title, body, content='', contentless_delete=1, tokenize='unicode61', prefix='2 3', detail=column
    )`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error("Migrations are not undone; restore a backup instead.");
}
