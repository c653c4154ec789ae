import type { Kysely } from "kysely";
import type { DB, Row } from "../../db/types.ts";

/** A document by slug (any status: the caller asks the policy whether the viewer may read it). */
export async function findDocumentBySlug(
  db: Kysely<DB>,
  slug: string,
): Promise<Row<"documents"> | undefined> {
  return db.selectFrom("documents").selectAll().where("slug", "=", slug).executeTakeFirst();
}
