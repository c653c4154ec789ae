import type { Kysely } from "kysely";
import type { DB } from "../../db/types.ts";

/** Every country code, the member countries first. */
export async function countryCodes(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom("countries")
    .select("code")
    .orderBy("is_member", "desc")
    .orderBy("sort_order")
    .orderBy("code")
    .execute();
  return rows.map((r) => r.code);
}

/** Every topic (id, slug), in taxonomy order. */
export async function allTopics(db: Kysely<DB>) {
  return db.selectFrom("topics").select(["id", "slug"]).orderBy("sort_order").orderBy("id").execute();
}

/** A person row by id. */
export async function findPersonById(db: Kysely<DB>, id: number) {
  return db
    .selectFrom("people")
    .select(["id", "slug", "country_code", "sort_name", "is_public", "status", "deleted_at"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The topic slugs of a person. */
export async function personTopicSlugs(db: Kysely<DB>, personId: number): Promise<string[]> {
  const rows = await db
    .selectFrom("person_topics")
    .innerJoin("topics", "topics.id", "person_topics.topic_id")
    .select("topics.slug")
    .where("person_topics.owner_id", "=", personId)
    .orderBy("topics.sort_order")
    .execute();
  return rows.map((r) => r.slug);
}

/** True when a person already has this slug. */
export async function slugTaken(db: Kysely<DB>, slug: string): Promise<boolean> {
  return !!(await db.selectFrom("people").select("id").where("slug", "=", slug).executeTakeFirst());
}

/** Creates a published person record (a member's profile); returns its id. */
export async function insertPerson(
  db: Kysely<DB>,
  p: { slug: string; countryCode: string | null; sortName: string; isPublic: boolean; at: string },
): Promise<number> {
  const row = await db
    .insertInto("people")
    .values({
      slug: p.slug,
      country_code: p.countryCode,
      sort_name: p.sortName,
      is_public: p.isPublic ? 1 : 0,
      status: "published",
      deleted_at: null,
      created_at: p.at,
      updated_at: p.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates a person's profile columns. */
export async function updatePerson(
  db: Kysely<DB>,
  id: number,
  p: { countryCode: string | null; sortName: string; isPublic: boolean; at: string },
): Promise<void> {
  await db
    .updateTable("people")
    .set({
      country_code: p.countryCode,
      sort_name: p.sortName,
      is_public: p.isPublic ? 1 : 0,
      updated_at: p.at,
    })
    .where("id", "=", id)
    .execute();
}

/** Replaces a person's topics. */
export async function replacePersonTopics(
  db: Kysely<DB>,
  personId: number,
  topicIds: number[],
): Promise<void> {
  await db.deleteFrom("person_topics").where("owner_id", "=", personId).execute();
  if (topicIds.length === 0) return;
  await db
    .insertInto("person_topics")
    .values(topicIds.map((topic_id) => ({ owner_id: personId, topic_id })))
    .execute();
}
