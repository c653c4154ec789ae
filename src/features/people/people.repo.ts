import type { Expression, ExpressionBuilder, Kysely, SqlBool } from "kysely";
import { countEveryTime, type TotalOf } from "../../cache/totals.ts";
import type { DB } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";

/** Filters of the people list; all optional, all already normalized. */
export interface PeopleFilter {
  country?: string;
  topic?: string;
  organization?: string;
}

/** A person as the list and the page need her. */
export interface PersonRow {
  id: number;
  slug: string;
  country_code: string | null;
  sort_name: string;
}

/** A position with its organization (null when the organization is missing or not public). */
export interface PositionRow {
  id: number;
  person_id: number;
  org_id: number | null;
  org_slug: string | null;
  starts_on: string | null;
  ends_on: string | null;
  sort_order: number;
}

/** A statement with the event it was made at. */
export interface StatementRow {
  id: number;
  kind: string;
  event_id: number;
  event_slug: string;
  starts_on: string;
  date_approximate: number;
}

/** A participation with its event. */
export interface ParticipationRow {
  id: number;
  role: string;
  session_id: number | null;
  position_id: number | null;
  event_id: number;
  event_slug: string;
  starts_on: string;
  date_approximate: number;
}

/** A project a person presented. */
export interface ProjectRow {
  id: number;
  slug: string;
  country_code: string | null;
}

/** Public people: published, not deleted, opted in. */
function isPublicPerson(eb: ExpressionBuilder<DB, "people">): Expression<SqlBool> {
  return eb.and([
    eb("people.status", "=", "published"),
    eb("people.deleted_at", "is", null),
    eb("people.is_public", "=", 1),
  ]);
}

function matches(eb: ExpressionBuilder<DB, "people">, f: PeopleFilter): Expression<SqlBool> {
  const conds: Expression<SqlBool>[] = [isPublicPerson(eb)];
  if (f.country) conds.push(eb("people.country_code", "=", f.country));
  if (f.topic) {
    const topic = f.topic;
    conds.push(
      eb.exists(
        eb
          .selectFrom("person_topics")
          .innerJoin("topics", "topics.id", "person_topics.topic_id")
          .select("person_topics.owner_id")
          .whereRef("person_topics.owner_id", "=", "people.id")
          .where("topics.slug", "=", topic),
      ),
    );
  }
  if (f.organization) {
    const org = f.organization;
    conds.push(
      eb.exists(
        eb
          .selectFrom("positions")
          .innerJoin("organizations", "organizations.id", "positions.organization_id")
          .select("positions.id")
          .whereRef("positions.person_id", "=", "people.id")
          .where("organizations.slug", "=", org),
      ),
    );
  }
  return eb.and(conds);
}

/**
 * One page of public people matching the filter, by surname in the reader's alphabet (their sort keys in
 * her locale, walked in index order), and how many match in all (through `totalOf`: kept between writes
 * by public routes).
 */
export async function listPeople(
  db: Kysely<DB>,
  f: PeopleFilter,
  locale: Locale,
  limit: number,
  offset: number,
  totalOf: TotalOf = countEveryTime,
): Promise<{ rows: PersonRow[]; total: number }> {
  const rows = await db
    .selectFrom("person_sort_keys as k")
    .innerJoin("people", "people.id", "k.person_id")
    .select(["people.id", "people.slug", "people.country_code", "people.sort_name"])
    .where("k.locale", "=", locale)
    .where((eb) => matches(eb, f))
    .orderBy("k.sort_key")
    .orderBy("k.person_id")
    .limit(limit)
    .offset(offset)
    .execute();
  // Filters by topic or organization slug also read those tables.
  const also = [...(f.topic ? ["list:topic"] : []), ...(f.organization ? ["list:organization"] : [])];
  const total = await totalOf(
    "people",
    async () => {
      const count = await db
        .selectFrom("people")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where((eb) => matches(eb, f))
        .executeTakeFirst();
      return Number(count?.n ?? 0);
    },
    also,
  );
  return { rows, total };
}

/** A public person by slug, or undefined. */
export async function findPerson(db: Kysely<DB>, slug: string): Promise<PersonRow | undefined> {
  return db
    .selectFrom("people")
    .select(["people.id", "people.slug", "people.country_code", "people.sort_name"])
    .where("people.slug", "=", slug)
    .where(isPublicPerson)
    .executeTakeFirst();
}

/** Positions whose `column` is one of `values`, with their organization when that is public. */
function positionsWhere(
  db: Kysely<DB>,
  column: "positions.id" | "positions.person_id",
  values: readonly number[],
) {
  return db
    .selectFrom("positions")
    .leftJoin("organizations", (j) =>
      j
        .onRef("organizations.id", "=", "positions.organization_id")
        .on("organizations.status", "=", "published")
        .on("organizations.deleted_at", "is", null),
    )
    .select([
      "positions.id",
      "positions.person_id",
      "organizations.id as org_id",
      "organizations.slug as org_slug",
      "positions.starts_on",
      "positions.ends_on",
      "positions.sort_order",
    ])
    .where(column, "in", [...new Set(values)])
    .orderBy("positions.sort_order")
    .orderBy("positions.id");
}

/** The positions of many people, in one query. */
export async function positionsOf(db: Kysely<DB>, personIds: readonly number[]): Promise<PositionRow[]> {
  if (personIds.length === 0) return [];
  return positionsWhere(db, "positions.person_id", personIds).execute();
}

/** Positions by id (e.g. those participations name), in one query. */
export async function positionsByIds(db: Kysely<DB>, ids: readonly number[]): Promise<PositionRow[]> {
  if (ids.length === 0) return [];
  return positionsWhere(db, "positions.id", ids).execute();
}

/** A person's public statements at public events, newest event first. */
export async function statementsOf(db: Kysely<DB>, personId: number): Promise<StatementRow[]> {
  return db
    .selectFrom("statements")
    .innerJoin("events", "events.id", "statements.event_id")
    .select([
      "statements.id",
      "statements.kind",
      "events.id as event_id",
      "events.slug as event_slug",
      "events.starts_on",
      "events.date_approximate",
    ])
    .where("statements.person_id", "=", personId)
    .where("statements.status", "=", "published")
    .where("statements.deleted_at", "is", null)
    .where("events.status", "=", "published")
    .where("events.deleted_at", "is", null)
    .orderBy("events.starts_on", "desc")
    .orderBy("statements.sort_order")
    .orderBy("statements.id")
    .execute();
}

/** A person's participations in public events, newest event first. */
export async function participationsOf(db: Kysely<DB>, personId: number): Promise<ParticipationRow[]> {
  return db
    .selectFrom("participations")
    .innerJoin("events", "events.id", "participations.event_id")
    .select([
      "participations.id",
      "participations.role",
      "participations.session_id",
      "participations.position_id",
      "events.id as event_id",
      "events.slug as event_slug",
      "events.starts_on",
      "events.date_approximate",
    ])
    .where("participations.person_id", "=", personId)
    .where("events.status", "=", "published")
    .where("events.deleted_at", "is", null)
    .orderBy("events.starts_on", "desc")
    .orderBy("events.id")
    .orderBy("participations.sort_order")
    .orderBy("participations.id")
    .execute();
}

/** The public projects a person presented. */
export async function projectsOf(db: Kysely<DB>, personId: number): Promise<ProjectRow[]> {
  return db
    .selectFrom("project_presenters")
    .innerJoin("projects", "projects.id", "project_presenters.project_id")
    .select(["projects.id", "projects.slug", "projects.country_code"])
    .where("project_presenters.person_id", "=", personId)
    .where("projects.status", "=", "published")
    .where("projects.deleted_at", "is", null)
    .orderBy("projects.sort_order")
    .orderBy("projects.id")
    .execute();
}
