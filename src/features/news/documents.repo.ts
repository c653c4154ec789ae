import { type Kysely, sql } from "kysely";
import { countEveryTime, type TotalOf } from "../../cache/totals.ts";
import type { DB, Row } from "../../db/types.ts";

export type DocumentRow = Pick<
  Row<"documents">,
  | "id"
  | "slug"
  | "kind"
  | "published_on"
  | "url"
  | "event_id"
  | "chairmanship_id"
  | "plan_id"
  | "file_name"
  | "mime_type"
  | "byte_size"
>;
export type PlanRefRow = { id: number; year: number };

const DOC_COLS = [
  "id",
  "slug",
  "kind",
  "published_on",
  "url",
  "event_id",
  "chairmanship_id",
  "plan_id",
  "file_name",
  "mime_type",
  "byte_size",
] as const;

function publicDocuments(db: Kysely<DB>, f: { kind?: string; year?: number }) {
  return db
    .selectFrom("documents")
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .$if(f.kind !== undefined, (q) => q.where("kind", "=", f.kind ?? ""))
    .$if(f.year !== undefined, (q) =>
      q
        .where("published_on", ">=", `${f.year}-01-01`)
        .where("published_on", "<", `${(f.year ?? 0) + 1}-01-01`),
    );
}

/** A page of public documents, newest first (undated last), filtered by kind and year. */
export async function listDocuments(
  db: Kysely<DB>,
  f: { kind?: string; year?: number },
  p: { limit: number; offset: number },
  totalOf: TotalOf = countEveryTime,
): Promise<{ rows: DocumentRow[]; total: number }> {
  const rows = await publicDocuments(db, f)
    .select(DOC_COLS)
    .orderBy("published_on", (ob) => ob.desc().nullsLast())
    .orderBy("id", "desc")
    .limit(p.limit)
    .offset(p.offset)
    .execute();
  const total = await totalOf("documents", async () => {
    const { n } = await publicDocuments(db, f)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(n);
  });
  return { rows, total };
}

/** The years that have public documents, newest first (for the filter). */
export async function documentYears(db: Kysely<DB>): Promise<number[]> {
  const rows = await publicDocuments(db, {})
    .where("published_on", "is not", null)
    .select(sql<string>`substr(published_on, 1, 4)`.as("y"))
    .distinct()
    .orderBy("y", "desc")
    .execute();
  return rows.map((r) => Number(r.y)).filter((y) => Number.isInteger(y));
}

/** One public document by slug. */
export async function findDocument(db: Kysely<DB>, slug: string): Promise<DocumentRow | undefined> {
  return publicDocuments(db, {}).select(DOC_COLS).where("slug", "=", slug).executeTakeFirst();
}

/** Public action plans among the given ids, with their chairmanship year. */
export async function planRefs(db: Kysely<DB>, ids: (number | null)[]): Promise<PlanRefRow[]> {
  const list = [...new Set(ids.filter((i): i is number => i !== null))];
  if (list.length === 0) return [];
  return db
    .selectFrom("action_plans as p")
    .innerJoin("chairmanships as c", "c.id", "p.chairmanship_id")
    .select(["p.id", "c.year"])
    .where("p.id", "in", list)
    .where("p.status", "=", "published")
    .where("p.deleted_at", "is", null)
    .execute();
}
