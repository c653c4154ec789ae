import { type Kysely, PostgresAdapter, type RawBuilder, sql } from "kysely";
import type { Locale } from "../i18n/locales.ts";
import type { DB } from "./types.ts";

/** The SQLite function that gives a text's sort key in a locale (registered by connection.ts). */
export const SORT_KEY_FUNCTION = "dialogue_sort_key";

/**
 * An expression to ORDER BY so that texts sort in the reader's alphabetical order: PostgreSQL's ICU
 * collation for the locale (`kk-x-icu`…), or on SQLite the sort key of src/i18n/collation.ts.
 */
export function inAlphabetOrder(
  db: Kysely<DB>,
  locale: Locale,
  text: RawBuilder<string>,
): RawBuilder<string> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<string>`(${text}) collate ${sql.id(`${locale}-x-icu`)}`
    : sql<string>`${sql.raw(SORT_KEY_FUNCTION)}(${locale}, ${text})`;
}
