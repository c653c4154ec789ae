import type { Kysely } from "kysely";

/**
 * The search index gains facet terms (type, country, year, topic as engine words), so that filters are
 * matched by the engine itself. No schema change: applying this migration makes `openAndPrepare`
 * rebuild the index, as `npx dialogue search reindex` would.
 */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
