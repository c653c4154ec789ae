import type { Kysely } from "kysely";
import { COUNTRIES, TOPICS } from "../../src/db/seed/reference.ts";
import type { DB } from "../../src/db/types.ts";
import type { Rng } from "./random.ts";
import { textIn } from "./text.ts";
import type { BatchWriter } from "./writer.ts";

/** The years the generated data spans (one chairmanship and one action plan each). */
export const FIRST_YEAR = 2001;
export const LAST_YEAR = 2030;
/** Member countries in chairmanship rotation order. */
export const MEMBERS = COUNTRIES.map((c) => c.code);

/** What every generated row may point at: topics, chairmanships and action plans by year. */
export interface Reference {
  topicIds: number[];
  chairmanshipByYear: Map<number, number>;
  planByYear: Map<number, number>;
}

/**
 * Makes sure the member countries, the topics, and a chairmanship with an action plan for every year
 * exist (reusing what is already there, e.g. the demo seed's), and answers their ids.
 */
export async function ensureReference(db: Kysely<DB>, w: BatchWriter, rng: Rng): Promise<Reference> {
  const countries = new Set((await db.selectFrom("countries").select("code").execute()).map((r) => r.code));
  for (const [i, c] of COUNTRIES.entries()) {
    if (!countries.has(c.code)) w.add("countries", { code: c.code, is_member: 1, sort_order: i + 1 });
  }
  await w.flush();

  const topics = new Map(
    (await db.selectFrom("topics").select(["id", "slug"]).execute()).map((r) => [r.slug, r.id]),
  );
  for (const [i, t] of TOPICS.entries()) {
    if (topics.has(t.slug)) continue;
    const row = await db
      .insertInto("topics")
      .values({ slug: t.slug, sort_order: i + 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    topics.set(t.slug, row.id);
    w.tr("topic", row.id, { name: t.name });
  }

  const chairs = new Map(
    (await db.selectFrom("chairmanships").select(["id", "year"]).execute()).map((r) => [r.year, r.id]),
  );
  const locales = ["en", "ru", "kk", "ky", "tg", "tk", "uz"] as const;
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    if (chairs.has(year)) continue;
    const id = w.id("chairmanships");
    w.add("chairmanships", {
      id,
      year,
      country_code: MEMBERS[year % MEMBERS.length]!,
      chair_person_id: null,
      starts_on: `${year}-01-01`,
      ends_on: `${year}-12-31`,
      handed_over_at: null,
      status: "published",
      deleted_at: null,
    });
    w.tr("chairmanship", id, { theme: textIn(rng, locales, 5) });
    chairs.set(year, id);
  }
  await w.flush();

  const plans = new Map(
    (await db.selectFrom("action_plans").select(["id", "chairmanship_id"]).execute()).map((r) => [
      r.chairmanship_id,
      r.id,
    ]),
  );
  const planByYear = new Map<number, number>();
  for (const [year, chairId] of chairs) {
    let planId = plans.get(chairId);
    if (planId === undefined) {
      planId = w.id("action_plans");
      w.add("action_plans", {
        id: planId,
        chairmanship_id: chairId,
        adopted_event_id: null,
        adopted_on: `${year}-02-15`,
        status: "published",
        deleted_at: null,
      });
      w.tr("plan", planId, { title: textIn(rng, locales, 4, { year }) });
    }
    planByYear.set(year, planId);
  }
  await w.flush();
  return { topicIds: [...topics.values()], chairmanshipByYear: chairs, planByYear };
}
