import type { Kysely } from "kysely";

/**
 * Folding learned ICAO's ie for ъ (Dzhumieaev = Джумъаев) and a national Latin yo for ё after a consonant
 * (Juravlyova = Журавлёва). No schema change: applying this migration makes `openAndPrepare` rebuild the
 * index with the new folding, as `npx dialogue search reindex` would.
 */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
