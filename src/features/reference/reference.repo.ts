import type { Kysely } from "kysely";
import type { DB } from "../../db/types.ts";

/** One country row as the reference API needs it. */
export interface CountryRow {
  id: number;
  code: string;
  is_member: number;
}

/** One topic row. */
export interface TopicRow {
  id: number;
  slug: string;
}

/** A page of countries, members first (in their sort order), then the rest by code. */
export async function listCountries(
  db: Kysely<DB>,
  p: { limit: number; offset: number; member?: boolean },
): Promise<{ rows: CountryRow[]; total: number }> {
  let q = db.selectFrom("countries");
  if (p.member !== undefined) q = q.where("is_member", "=", p.member ? 1 : 0);
  const rows = await q
    .select(["id", "code", "is_member"])
    .orderBy("is_member", "desc")
    .orderBy("sort_order")
    .orderBy("code")
    .limit(p.limit)
    .offset(p.offset)
    .execute();
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}

/** A page of topics in their taxonomy order. */
export async function listTopics(
  db: Kysely<DB>,
  p: { limit: number; offset: number },
): Promise<{ rows: TopicRow[]; total: number }> {
  const rows = await db
    .selectFrom("topics")
    .select(["id", "slug"])
    .orderBy("sort_order")
    .orderBy("id")
    .limit(p.limit)
    .offset(p.offset)
    .execute();
  const { n } = await db
    .selectFrom("topics")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}
