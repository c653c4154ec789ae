import type { Kysely } from "kysely";
import { rebuildPersonSortKeys } from "../../features/people/sort-keys.repo.ts";
import { reindexAll } from "../../features/search/search.indexer.ts";
import type { DB } from "../types.ts";
import { loadAstanaMeeting, loadShowcase } from "./load-astana.ts";
import { loadReference, loadTimeline } from "./load-core.ts";
import { loadPlan, loadRecords } from "./load-records.ts";
import { SeedWriter } from "./writer.ts";

/** The year whose chairmanship marks the demo data as loaded. */
const MARKER_YEAR = 2023;

/**
 * Loads the demo data set (the Astana 2023 article and the chairmanship timeline) in one
 * transaction. Idempotent: when the 2023 chairmanship already exists it changes nothing
 * and answers `{ created: false }`.
 */
export async function seedDemo(db: Kysely<DB>): Promise<{ created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("chairmanships")
      .select("id")
      .where("year", "=", MARKER_YEAR)
      .executeTakeFirst();
    if (existing) return { created: false };
    const w = new SeedWriter(trx);
    await loadReference(w);
    await loadTimeline(w);
    await loadAstanaMeeting(w);
    await loadShowcase(w);
    await loadPlan(w);
    await loadRecords(w);
    await w.flush();
    await rebuildPersonSortKeys(trx);
    await reindexAll(trx);
    return { created: true };
  });
}
