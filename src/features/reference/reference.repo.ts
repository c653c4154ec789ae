import type { Kysely } from "kysely";
import { remembered } from "../../cache/lookups.ts";
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

/** The codes of the member countries, in their fixed order (kept until a write to the countries). */
export async function memberCountryCodes(db: Kysely<DB>): Promise<readonly string[]> {
  return remembered(db, "member-countries", ["list:country"], async () => {
    const rows = await db
      .selectFrom("countries")
      .select("code")
      .where("is_member", "=", 1)
      .orderBy("sort_order")
      .orderBy("code")
      .execute();
    return rows.map((r) => r.code);
  });
}

/** The tag tables that link a record (`owner_id`) to topics. */
export type TopicTable =
  | "person_topics"
  | "event_topics"
  | "statement_topics"
  | "plan_item_topics"
  | "project_topics";

/** A topic of one owner (a person, event, statement, plan item or project). */
export interface OwnerTopicRow {
  owner_id: number;
  id: number;
  slug: string;
}

/** The topics of many owners from one tag table, in taxonomy order, in one query. */
export async function topicsOf(
  db: Kysely<DB>,
  table: TopicTable,
  ownerIds: readonly number[],
): Promise<OwnerTopicRow[]> {
  if (ownerIds.length === 0) return [];
  return db
    .selectFrom(`${table} as tt`)
    .innerJoin("topics as t", "t.id", "tt.topic_id")
    .select(["tt.owner_id", "t.id", "t.slug"])
    .where("tt.owner_id", "in", [...new Set(ownerIds)])
    .orderBy("t.sort_order")
    .orderBy("t.id")
    .execute();
}

/** Every topic of the taxonomy, in its order (kept until a write to a topic). */
export async function allTopics(db: Kysely<DB>): Promise<readonly TopicRow[]> {
  return remembered(db, "topics", ["list:topic"], () =>
    db.selectFrom("topics").select(["id", "slug"]).orderBy("sort_order").orderBy("id").execute(),
  );
}

/** A public event as links to it need it. */
export interface EventLinkRow {
  id: number;
  slug: string;
  starts_on: string;
  date_approximate: number;
}

/** The public events among the given ids (null ids are skipped), in one query. */
export async function publicEventsByIds(
  db: Kysely<DB>,
  ids: readonly (number | null)[],
): Promise<EventLinkRow[]> {
  const list = [...new Set(ids.filter((i): i is number => i !== null))];
  if (list.length === 0) return [];
  return db
    .selectFrom("events")
    .select(["id", "slug", "starts_on", "date_approximate"])
    .where("id", "in", list)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .execute();
}
