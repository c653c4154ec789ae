/**
 * PostgreSQL's index gains prefix terms: every word's first two and three letters as a term of its own
 * (`qqpkos`, see `prefixTerm` in search.query.ts), in `tsv` and, for the title's words, in `title_tsv`. A
 * prefix of two or three letters is then one posting list, as in FTS5's prefix index (`prefix='2 3'`),
 * instead of a `kos:*` that GIN answers by merging the lists of every word starting so. No schema change:
 * applying this migration makes `openAndPrepare` rebuild the index, which writes the new terms (SQLite's
 * index is rebuilt unchanged).
 */
export async function up(): Promise<void> {}

export async function down(): Promise<void> {
  throw new Error("Migrations are not undone; restore a backup instead.");
}
