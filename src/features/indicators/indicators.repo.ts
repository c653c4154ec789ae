import { type Kysely, sql } from "kysely";
import { countEveryTime, type TotalOf } from "../../cache/totals.ts";
import type { DB, Row } from "../../db/types.ts";
import type { ObservationFilters } from "./indicators.schema.ts";

export type IndicatorRow = Pick<
  Row<"indicators">,
  "id" | "code" | "unit" | "source_organization_id" | "source_url"
>;
export type ObservationRow = Pick<
  Row<"observations">,
  "id" | "indicator_id" | "country_code" | "region" | "year" | "value"
>;
export type OrgRef = { id: number; slug: string };

const INDICATOR_COLS = ["i.id", "i.code", "i.unit", "i.source_organization_id", "i.source_url"] as const;
const OBS_COLS = ["o.id", "o.indicator_id", "o.country_code", "o.region", "o.year", "o.value"] as const;

function publicIndicators(db: Kysely<DB>) {
  return db
    .selectFrom("indicators as i")
    .where("i.status", "=", "published")
    .where("i.deleted_at", "is", null);
}

/** A page of public indicators, by code, and how many there are. */
export async function listIndicators(
  db: Kysely<DB>,
  p: { limit: number; offset: number },
): Promise<{ rows: IndicatorRow[]; total: number }> {
  const rows = await publicIndicators(db)
    .select(INDICATOR_COLS)
    .orderBy("i.code")
    .limit(p.limit)
    .offset(p.offset)
    .execute();
  const { n } = await publicIndicators(db)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}

/** One public indicator by code. */
export async function findIndicator(db: Kysely<DB>, code: string): Promise<IndicatorRow | undefined> {
  return publicIndicators(db).select(INDICATOR_COLS).where("i.code", "=", code).executeTakeFirst();
}

/** All observations of the given indicators, newest year first. */
export async function observationsOf(db: Kysely<DB>, ids: number[]): Promise<ObservationRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("observations as o")
    .select(OBS_COLS)
    .where("o.indicator_id", "in", ids)
    .orderBy("o.indicator_id")
    .orderBy("o.year", "desc")
    .orderBy("o.country_code")
    .orderBy("o.region")
    .execute();
}

/** For each indicator, the latest observation of every area (country or region). */
export async function latestObservationsOf(db: Kysely<DB>, ids: number[]): Promise<ObservationRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("observations as o")
    .select(OBS_COLS)
    .where("o.indicator_id", "in", ids)
    .where("o.year", "=", (eb) =>
      eb
        .selectFrom("observations as o2")
        .select((e) => e.fn.max("o2.year").as("y"))
        .whereRef("o2.indicator_id", "=", "o.indicator_id")
        .where(sql<boolean>`coalesce(o2.country_code, '') = coalesce(o.country_code, '')`)
        .where(sql<boolean>`coalesce(o2.region, '') = coalesce(o.region, '')`),
    )
    .orderBy("o.indicator_id")
    .orderBy("o.country_code")
    .orderBy("o.region")
    .execute();
}

/** How many observations each indicator has. */
export async function countObservations(db: Kysely<DB>, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("observations")
    .select(["indicator_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where("indicator_id", "in", ids)
    .groupBy("indicator_id")
    .execute();
  return new Map(rows.map((r) => [r.indicator_id, Number(r.n)]));
}

/** A page of one indicator's observations, newest year first. */
export async function pageObservationsOf(
  db: Kysely<DB>,
  id: number,
  p: { limit: number; offset: number },
): Promise<ObservationRow[]> {
  return db
    .selectFrom("observations as o")
    .select(OBS_COLS)
    .where("o.indicator_id", "=", id)
    .orderBy("o.year", "desc")
    .orderBy("o.country_code")
    .orderBy("o.region")
    .orderBy("o.id")
    .limit(p.limit)
    .offset(p.offset)
    .execute();
}

/** The newest observations of one indicator (at most `limit`), for its chart. */
export async function chartObservationsOf(
  db: Kysely<DB>,
  id: number,
  limit: number,
): Promise<ObservationRow[]> {
  return db
    .selectFrom("observations as o")
    .select(OBS_COLS)
    .where("o.indicator_id", "=", id)
    .orderBy("o.year", "desc")
    .orderBy("o.id")
    .limit(limit)
    .execute();
}

function filteredObservations(db: Kysely<DB>, f: ObservationFilters) {
  return db
    .selectFrom("observations as o")
    .innerJoin("indicators as i", "i.id", "o.indicator_id")
    .where("i.status", "=", "published")
    .where("i.deleted_at", "is", null)
    .$if(f.indicator !== undefined, (q) => q.where("i.code", "=", f.indicator ?? ""))
    .$if(f.country !== undefined, (q) => q.where("o.country_code", "=", f.country ?? ""))
    .$if(f.year !== undefined, (q) => q.where("o.year", "=", f.year ?? 0));
}

/** A page of observations of public indicators, filtered, with each row's indicator. */
export async function listObservations(
  db: Kysely<DB>,
  f: ObservationFilters,
  p: { limit: number; offset: number },
  totalOf: TotalOf = countEveryTime,
): Promise<{ rows: (ObservationRow & { code: string; unit: string })[]; total: number }> {
  const rows = await filteredObservations(db, f)
    .select([...OBS_COLS, "i.code", "i.unit"])
    .orderBy("i.code")
    .orderBy("o.year", "desc")
    .orderBy("o.country_code")
    .orderBy("o.region")
    .orderBy("o.id")
    .limit(p.limit)
    .offset(p.offset)
    .execute();
  // Observations count only under public indicators (and are filtered by their code).
  const total = await totalOf("observations", async () => {
    const { n } = await filteredObservations(db, f)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(n);
  }, ["list:indicator"]);
  return { rows, total };
}

/** Slugs of the given organizations that are public. */
export async function organizationsByIds(db: Kysely<DB>, ids: number[]): Promise<OrgRef[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("organizations")
    .select(["id", "slug"])
    .where("id", "in", ids)
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .execute();
}
