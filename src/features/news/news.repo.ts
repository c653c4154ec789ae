import type { Kysely } from "kysely";
import { countEveryTime, type TotalOf } from "../../cache/totals.ts";
import type { DB, Row } from "../../db/types.ts";

export type NewsRow = Pick<Row<"news">, "id" | "slug" | "published_on" | "chairmanship_id" | "event_id">;
export type ChairRefRow = { id: number; year: number; country_code: string };

const NEWS_COLS = ["id", "slug", "published_on", "chairmanship_id", "event_id"] as const;

function publicNews(db: Kysely<DB>) {
  return db.selectFrom("news").where("status", "=", "published").where("deleted_at", "is", null);
}

/** A page of public news, newest first, and how many there are. */
export async function listNews(
  db: Kysely<DB>,
  p: { limit: number; offset: number },
  totalOf: TotalOf = countEveryTime,
): Promise<{ rows: NewsRow[]; total: number }> {
  const rows = await publicNews(db)
    .select(NEWS_COLS)
    .orderBy("published_on", "desc")
    .orderBy("id", "desc")
    .limit(p.limit)
    .offset(p.offset)
    .execute();
  const total = await totalOf("news", async () => {
    const { n } = await publicNews(db)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(n);
  });
  return { rows, total };
}

/** One public news post by slug. */
export async function findNews(db: Kysely<DB>, slug: string): Promise<NewsRow | undefined> {
  return publicNews(db).select(NEWS_COLS).where("slug", "=", slug).executeTakeFirst();
}

/** The public chairmanships among the given ids (for links). */
export async function chairmanshipRefs(db: Kysely<DB>, ids: (number | null)[]): Promise<ChairRefRow[]> {
  const list = [...new Set(ids.filter((i): i is number => i !== null))];
  if (list.length === 0) return [];
  return db
    .selectFrom("chairmanships")
    .select(["id", "year", "country_code"])
    .where("id", "in", list)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .execute();
}
