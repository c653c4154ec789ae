import type { Kysely } from "kysely";

/**
 * One-typo lookups by symmetric deletion: `search_term_deletes` holds each vocabulary word (five letters
 * or more) under itself and under every string one deletion away from it. A query word then looks up
 * itself and its own deletions (a handful of keys) instead of every string one edit away (hundreds), and
 * the words found are checked against the edit set in JavaScript.
 *
 * Folding also learned ICAO's ie for ъ (Dzhumieaev = Джумъаев) and a national Latin yo for ё after a
 * consonant (Juravlyova = Журавлёва). Applying this migration makes `openAndPrepare` rebuild the index,
 * as `npx dialogue search reindex` would, which fills the new table and refolds every document.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("search_term_deletes")
    .addColumn("variant", "text", (c) => c.notNull())
    .addColumn("term", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("search_term_deletes_pk", ["variant", "term"])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are not undone; restore a backup instead.");
}
