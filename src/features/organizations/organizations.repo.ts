import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from "kysely";
import { countEveryTime, type TotalOf } from "../../cache/totals.ts";
import { inAlphabetOrder } from "../../db/collation.ts";
import type { DB } from "../../db/types.ts";
import { fallbackChain, type Locale } from "../../i18n/locales.ts";

/** Filters of the organizations list; `country: null` means international (no country). */
export interface OrgFilter {
  kind?: string;
  country?: string | null;
}

/** An organization as lists and pages need it. */
export interface OrgRow {
  id: number;
  slug: string;
  kind: string;
  country_code: string | null;
  parent_id: number | null;
  website: string | null;
}

/** A position held at an organization, with its (public) holder. */
export interface HolderRow {
  id: number;
  person_id: number;
  person_slug: string;
  sort_name: string;
  starts_on: string | null;
  ends_on: string | null;
}

/** An event an organization took part in, with its role there. */
export interface OrgEventRow {
  event_id: number;
  slug: string;
  starts_on: string;
  date_approximate: number;
  role: string;
}

/** An action-plan item an organization is responsible for. */
export interface PlanItemRow {
  id: number;
  code: string | null;
  state: string;
  progress: number;
  year: number;
}

const COLUMNS = [
  "organizations.id",
  "organizations.slug",
  "organizations.kind",
  "organizations.country_code",
  "organizations.parent_id",
  "organizations.website",
] as const;

function isPublic(eb: ExpressionBuilder<DB, "organizations">): Expression<SqlBool> {
  return eb.and([eb("organizations.status", "=", "published"), eb("organizations.deleted_at", "is", null)]);
}

function matches(eb: ExpressionBuilder<DB, "organizations">, f: OrgFilter): Expression<SqlBool> {
  const conds: Expression<SqlBool>[] = [isPublic(eb)];
  if (f.kind) conds.push(eb("organizations.kind", "=", f.kind));
  if (f.country === null) conds.push(eb("organizations.country_code", "is", null));
  else if (f.country) conds.push(eb("organizations.country_code", "=", f.country));
  return eb.and(conds);
}

/**
 * The organization's name as the reader sees it (her locale, then the fallback chain, then the
 * slug), in the reader's alphabetical order (Kazakh letters in Kazakh order; see inAlphabetOrder).
 */
function nameKey(db: Kysely<DB>, locale: Locale) {
  const rank = sql.join(
    fallbackChain(locale).map((l, i) => sql`when ${sql.lit(l)} then ${sql.lit(i)}`),
    sql` `,
  );
  const name = sql<string>`coalesce((select t.value from translations t where t.entity = 'organization' and t.entity_id = organizations.id and t.field = 'name' and t.value <> '' order by case t.locale ${rank} else 99 end limit 1), organizations.slug)`;
  return inAlphabetOrder(db, locale, name);
}

/** One page of public organizations, by name in the reader's language, and the total (through `totalOf`). */
export async function listOrganizations(
  db: Kysely<DB>,
  f: OrgFilter,
  locale: Locale,
  limit: number,
  offset: number,
  totalOf: TotalOf = countEveryTime,
): Promise<{ rows: OrgRow[]; total: number }> {
  const rows = await db
    .selectFrom("organizations")
    .select(COLUMNS)
    .where((eb) => matches(eb, f))
    .orderBy(nameKey(db, locale))
    .orderBy("organizations.slug")
    .limit(limit)
    .offset(offset)
    .execute();
  const total = await totalOf("organizations", async () => {
    const count = await db
      .selectFrom("organizations")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where((eb) => matches(eb, f))
      .executeTakeFirst();
    return Number(count?.n ?? 0);
  });
  return { rows, total };
}

/** A public organization by slug. */
export async function findOrganization(db: Kysely<DB>, slug: string): Promise<OrgRow | undefined> {
  return db
    .selectFrom("organizations")
    .select(COLUMNS)
    .where("organizations.slug", "=", slug)
    .where(isPublic)
    .executeTakeFirst();
}

/** Public organizations by id (parents of a list page), in one query. */
export async function organizationsByIds(db: Kysely<DB>, ids: number[]): Promise<OrgRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("organizations")
    .select(COLUMNS)
    .where("organizations.id", "in", ids)
    .where(isPublic)
    .execute();
}

/** Public child organizations (at most `limit`). */
export async function childrenOf(db: Kysely<DB>, id: number, limit: number): Promise<OrgRow[]> {
  return db
    .selectFrom("organizations")
    .select(COLUMNS)
    .where("organizations.parent_id", "=", id)
    .where(isPublic)
    .orderBy("organizations.slug")
    .limit(limit)
    .execute();
}

/**
 * Positions held at an organization by public people: current first, then newest, then by surname in the
 * reader's alphabet (at most `limit`).
 */
export async function holdersOf(
  db: Kysely<DB>,
  orgId: number,
  locale: Locale,
  limit: number,
): Promise<HolderRow[]> {
  return db
    .selectFrom("positions")
    .innerJoin("people", "people.id", "positions.person_id")
    .leftJoin("person_sort_keys as k", (j) =>
      j.onRef("k.person_id", "=", "people.id").on("k.locale", "=", locale),
    )
    .select([
      "positions.id",
      "people.id as person_id",
      "people.slug as person_slug",
      "people.sort_name",
      "positions.starts_on",
      "positions.ends_on",
    ])
    .where("positions.organization_id", "=", orgId)
    .where("people.status", "=", "published")
    .where("people.deleted_at", "is", null)
    .where("people.is_public", "=", 1)
    .orderBy(sql`case when positions.ends_on is null then 0 else 1 end`)
    .orderBy(sql`coalesce(positions.ends_on, '')`, "desc")
    .orderBy(sql`coalesce(positions.starts_on, '')`, "desc")
    .orderBy("k.sort_key")
    .orderBy("people.sort_name")
    .orderBy("positions.id")
    .limit(limit)
    .execute();
}

/** Public events the organization organized, supported or took part in, newest first (at most `limit`). */
export async function eventsOf(db: Kysely<DB>, orgId: number, limit: number): Promise<OrgEventRow[]> {
  return db
    .selectFrom("event_organizations")
    .innerJoin("events", "events.id", "event_organizations.event_id")
    .select([
      "events.id as event_id",
      "events.slug",
      "events.starts_on",
      "events.date_approximate",
      "event_organizations.role",
    ])
    .where("event_organizations.organization_id", "=", orgId)
    .where("events.status", "=", "published")
    .where("events.deleted_at", "is", null)
    .orderBy("events.starts_on", "desc")
    .orderBy("events.id")
    .orderBy("event_organizations.sort_order")
    .limit(limit)
    .execute();
}

/** Public action-plan items the organization is responsible for (at most `limit`). */
export async function planItemsOf(db: Kysely<DB>, orgId: number, limit: number): Promise<PlanItemRow[]> {
  return db
    .selectFrom("plan_item_organizations")
    .innerJoin("plan_items", "plan_items.id", "plan_item_organizations.item_id")
    .innerJoin("action_plans", "action_plans.id", "plan_items.plan_id")
    .innerJoin("chairmanships", "chairmanships.id", "action_plans.chairmanship_id")
    .select([
      "plan_items.id",
      "plan_items.code",
      "plan_items.state",
      "plan_items.progress",
      "chairmanships.year",
    ])
    .where("plan_item_organizations.organization_id", "=", orgId)
    .where("plan_items.status", "=", "published")
    .where("plan_items.deleted_at", "is", null)
    .where("action_plans.status", "=", "published")
    .where("action_plans.deleted_at", "is", null)
    .orderBy("chairmanships.year", "desc")
    .orderBy("plan_items.sort_order")
    .orderBy("plan_items.id")
    .limit(limit)
    .execute();
}
