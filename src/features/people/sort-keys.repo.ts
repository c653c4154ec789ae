import type { Kysely } from "kysely";
import type { LocaleMap } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { personSortKeys } from "./sort-keys.ts";

/** People per statement: 7 key rows each, well under either database's bound-parameter limit. */
const CHUNK = 200;

/**
 * Recomputes the sort keys of some people from their stored names. Every write of a person's name calls it
 * in its own transaction (the editing engine, the member's profile, the demo data).
 */
export async function refreshPersonSortKeys(db: Kysely<DB>, ids: readonly number[]): Promise<void> {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const people = await db
      .selectFrom("people")
      .select(["id", "sort_name"])
      .where("id", "in", chunk)
      .execute();
    const names = new Map<number, LocaleMap>();
    const texts = await db
      .selectFrom("translations")
      .select(["entity_id", "locale", "value"])
      .where("entity", "=", "person")
      .where("field", "=", "name")
      .where("entity_id", "in", chunk)
      .execute();
    for (const t of texts) {
      const map = names.get(t.entity_id) ?? {};
      map[t.locale as keyof LocaleMap] = t.value;
      names.set(t.entity_id, map);
    }
    await db.deleteFrom("person_sort_keys").where("person_id", "in", chunk).execute();
    const rows = people.flatMap((p) => personSortKeys(p.id, names.get(p.id), p.sort_name));
    if (rows.length > 0) await db.insertInto("person_sort_keys").values(rows).execute();
  }
}

/** Recomputes every person's sort keys (after loading data, or when the key's definition changes). */
export async function rebuildPersonSortKeys(db: Kysely<DB>): Promise<number> {
  let after = 0;
  let count = 0;
  for (;;) {
    const ids = (
      await db
        .selectFrom("people")
        .select("id")
        .where("id", ">", after)
        .orderBy("id")
        .limit(CHUNK * 5)
        .execute()
    ).map((r) => r.id);
    if (ids.length === 0) return count;
    await refreshPersonSortKeys(db, ids);
    count += ids.length;
    after = ids.at(-1) ?? after;
  }
}
