import type { Kysely } from "kysely";
import type { DB } from "../../db/types.ts";
import { docsWithTopic } from "./search.repo.ts";
import { isSearchType, type SearchType } from "./search.types.ts";

/** Which index documents to rebuild: ids by search type. */
export type DocKeys = Map<SearchType, Set<number>>;

const TOPIC_LINKS = [
  ["person_topics", "person"],
  ["event_topics", "event"],
  ["statement_topics", "statement"],
  ["plan_item_topics", "plan_item"],
  ["project_topics", "project"],
] as const;

function add(keys: DocKeys, type: SearchType, ids: Iterable<number | null | undefined>): void {
  const set = keys.get(type) ?? new Set<number>();
  for (const id of ids) if (typeof id === "number") set.add(id);
  keys.set(type, set);
}

const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** A column of the row as it is now, or undefined when the row is gone. */
async function columnOf(
  db: Kysely<DB>,
  table: "positions" | "sessions" | "plan_updates",
  id: number,
  column: "person_id" | "event_id" | "item_id",
): Promise<number | undefined> {
  const row = await db
    .selectFrom(table as "positions")
    .select(column as "person_id")
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? num(row[column as "person_id"]) : undefined;
}

async function ids(q: { execute(): Promise<{ id: number }[]> }): Promise<number[]> {
  return (await q.execute()).map((r) => r.id);
}

/**
 * The index documents a change to one entity can alter: its own, and those that show or file its text
 * (a person's statements and projects, an event's statements, projects and documents, a topic's tagged
 * documents…). `previous` is the row before the change (or before it was removed), so documents that
 * pointed at its old parent are refreshed too.
 */
export async function dependents(
  db: Kysely<DB>,
  entity: string,
  id: number,
  previous?: Record<string, unknown>,
): Promise<DocKeys> {
  const keys: DocKeys = new Map();
  if (isSearchType(entity)) add(keys, entity, [id]);
  switch (entity) {
    case "person": {
      add(keys, "statement", await ids(db.selectFrom("statements").select("id").where("person_id", "=", id)));
      const projects = await db
        .selectFrom("project_presenters")
        .select("project_id as id")
        .where("person_id", "=", id)
        .execute();
      add(
        keys,
        "project",
        projects.map((p) => p.id),
      );
      break;
    }
    case "event": {
      add(keys, "statement", await ids(db.selectFrom("statements").select("id").where("event_id", "=", id)));
      add(keys, "document", await ids(db.selectFrom("documents").select("id").where("event_id", "=", id)));
      const projects = await db
        .selectFrom("projects as p")
        .innerJoin("showcase_blocks as b", "b.id", "p.block_id")
        .select("p.id")
        .where("b.event_id", "=", id)
        .execute();
      add(
        keys,
        "project",
        projects.map((p) => p.id),
      );
      break;
    }
    case "position":
      add(keys, "person", [num(previous?.person_id), await columnOf(db, "positions", id, "person_id")]);
      break;
    case "session":
      add(keys, "event", [num(previous?.event_id), await columnOf(db, "sessions", id, "event_id")]);
      break;
    case "plan_update":
      add(keys, "plan_item", [num(previous?.item_id), await columnOf(db, "plan_updates", id, "item_id")]);
      break;
    case "plan":
      add(keys, "plan_item", await ids(db.selectFrom("plan_items").select("id").where("plan_id", "=", id)));
      break;
    case "chairmanship": {
      const items = await db
        .selectFrom("plan_items as i")
        .innerJoin("action_plans as ap", "ap.id", "i.plan_id")
        .select("i.id")
        .where("ap.chairmanship_id", "=", id)
        .execute();
      add(
        keys,
        "plan_item",
        items.map((i) => i.id),
      );
      break;
    }
    case "block":
      add(keys, "project", await ids(db.selectFrom("projects").select("id").where("block_id", "=", id)));
      break;
    case "topic":
      await topicDependents(db, keys, id, str(previous?.slug));
      break;
  }
  return keys;
}

/** Everything tagged with a topic now, and everything the index filed under its old slug. */
async function topicDependents(db: Kysely<DB>, keys: DocKeys, id: number, oldSlug?: string): Promise<void> {
  for (const [table, type] of TOPIC_LINKS) {
    const rows = await db
      .selectFrom(table as "person_topics")
      .select("owner_id")
      .where("topic_id", "=", id)
      .execute();
    add(
      keys,
      type,
      rows.map((r) => r.owner_id),
    );
  }
  const now = await db.selectFrom("topics").select("slug").where("id", "=", id).executeTakeFirst();
  for (const slug of new Set([oldSlug, now?.slug])) {
    if (!slug) continue;
    for (const r of await docsWithTopic(db, slug)) if (isSearchType(r.type)) add(keys, r.type, [r.entity_id]);
  }
}

/** Every record of one searchable kind's table, in id order, with when it was last written. */
export async function recordsOf(
  db: Kysely<DB>,
  table:
    | "people"
    | "organizations"
    | "events"
    | "statements"
    | "projects"
    | "plan_items"
    | "news"
    | "documents",
): Promise<{ id: number; updated_at: string }[]> {
  return db
    .selectFrom(table as "people")
    .select(["id", "updated_at"])
    .orderBy("id")
    .execute();
}
