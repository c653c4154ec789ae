import type { Kysely } from "kysely";
import type { LocaleMap } from "../../src/db/translations.ts";
import type { DB, ItemState } from "../../src/db/types.ts";
import { dateIn, type GenContext, slugOf } from "./plan.ts";
import { FIRST_YEAR, LAST_YEAR, MEMBERS } from "./reference.ts";
import { textIn } from "./text.ts";

/**
 * The rows a scale benchmark needs beyond the searchable documents: progress updates of plan items,
 * indicators with their observations, and the audit log. They are generated after everything else,
 * from a PRNG stream of their own (the context passed in), so the rows of the other steps do not move.
 */

const ALL_LOCALES = ["en", "ru", "kk", "ky", "tg", "tk", "uz"] as const;

/** Observations cover 30 years, ending with the last year of the data. */
export const OBSERVATION_YEARS = 30;
export const OBSERVATION_FIRST_YEAR = LAST_YEAR - OBSERVATION_YEARS + 1;
/** Share of an indicator's (country, year) cells that get a value, when indicators are added for volume. */
const FILL = 0.6;
/** Indicators in use, at least. */
export const MIN_INDICATORS = 12;

/** Ids of `items` grouped by a key. */
function groupBy<T>(items: readonly T[], key: (t: T) => string | number, id: (t: T) => number) {
  const out = new Map<string | number, number[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(id(t));
    else out.set(k, [id(t)]);
  }
  return out;
}

/**
 * Progress reports on the public plan items: 0–3 per item (0–1 for a planned one), dated inside the
 * item's year, progress never going back, the last one saying what the item says now; some point at an
 * event or a document of that year as evidence. Answers the ids written.
 */
export async function generatePlanUpdates(ctx: GenContext): Promise<number[]> {
  const { rng, w } = ctx;
  const eventsByYear = groupBy(
    ctx.events,
    (e) => e.year,
    (e) => e.id,
  );
  const docsByYear = groupBy(
    ctx.documents,
    (d) => d.year,
    (d) => d.id,
  );
  const ids: number[] = [];
  for (const item of ctx.planItems) {
    const k = item.state === "planned" ? rng.int(0, 1) : rng.int(0, 3);
    if (k === 0) continue;
    const dates: string[] = [];
    for (let i = 0; i < k; i++) dates.push(dateIn(rng, item.year));
    dates.sort();
    const steps: number[] = [];
    for (let i = 0; i < k - 1; i++) steps.push(item.progress > 0 ? rng.int(0, item.progress - 1) : 0);
    steps.sort((a, b) => a - b);
    steps.push(item.progress);
    for (let i = 0; i < k; i++) {
      const id = w.id("plan_updates");
      const last = i === k - 1;
      const progress = steps[i]!;
      const state: ItemState = last ? item.state : progress === 0 ? "planned" : "in_progress";
      const events = eventsByYear.get(item.year);
      const docs = docsByYear.get(item.year);
      w.add("plan_updates", {
        id,
        item_id: item.id,
        reported_on: dates[i]!,
        state,
        progress,
        reported_by_country: rng.chance(0.8) ? rng.pick(item.countries) : null,
        evidence_event_id: events && rng.chance(0.3) ? rng.pick(events) : null,
        evidence_document_id: docs && rng.chance(0.1) ? rng.pick(docs) : null,
        evidence_url: rng.chance(0.15) ? `https://reports.example.org/plan-updates/${id}` : null,
        status: "published",
        deleted_at: null,
      });
      ids.push(id);
    }
    await ctx.tick();
  }
  return ids;
}

interface Unit {
  unit: string;
  label: LocaleMap;
  /** A series' first value. */
  base(r: () => number): number;
  /** The value as stored. */
  round(v: number): number;
}
const UNITS: readonly Unit[] = [
  {
    unit: "percent",
    label: { en: "%", ru: "%" },
    base: (r) => 5 + r() * 85,
    round: (v) => Math.round(Math.min(100, Math.max(0, v)) * 10) / 10,
  },
  {
    unit: "persons",
    label: { en: "persons", ru: "человек" },
    base: (r) => Math.round(10 ** (2 + r() * 5)),
    round: (v) => Math.max(0, Math.round(v)),
  },
  {
    unit: "usd",
    label: { en: "US dollars", ru: "долларов США" },
    base: (r) => Math.round(10 ** (4 + r() * 5)),
    round: (v) => Math.max(0, Math.round(v)),
  },
  {
    unit: "index",
    label: { en: "index (0–1)", ru: "индекс (0–1)" },
    base: (r) => 0.2 + r() * 0.7,
    round: (v) => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000,
  },
  {
    unit: "ratio",
    label: { en: "ratio", ru: "соотношение" },
    base: (r) => 0.5 + r(),
    round: (v) => Math.round(Math.max(0, v) * 100) / 100,
  },
];

/**
 * Indicators and `count` observations of them. The published indicators already there (the demo seed's)
 * are reused, and new ones added so there are at least twelve and enough (indicator, country, year)
 * cells: observations are spread over the five members and the 30 years up to LAST_YEAR, never two in
 * one cell (nor in a cell an observation already holds). A series (indicator × country) starts from a
 * base value and drifts by a yearly trend with noise; some observations point at an event of that
 * country and year, a few carry a note.
 */
export async function generateObservations(
  ctx: GenContext,
  db: Kysely<DB>,
  count: number,
): Promise<{ indicators: number[]; observations: number[] }> {
  const { rng, w } = ctx;
  const existing = (
    await db
      .selectFrom("indicators")
      .select(["id", "unit"])
      .where("status", "=", "published")
      .where("deleted_at", "is", null)
      .orderBy("id")
      .execute()
  ).map((r) => ({ id: r.id, unit: UNITS.find((u) => u.unit === r.unit) ?? UNITS[1]! }));
  const taken = new Set<string>();
  if (existing.length > 0) {
    for (const o of await db
      .selectFrom("observations")
      .select(["indicator_id", "country_code", "year"])
      .where("country_code", "is not", null)
      .execute()) {
      taken.add(`${o.indicator_id}|${o.country_code}|${o.year}`);
    }
  }
  const perIndicator = MEMBERS.length * OBSERVATION_YEARS;
  const needed = Math.max(MIN_INDICATORS, Math.ceil((count / FILL + taken.size) / perIndicator));
  const indicators = [...existing];
  const generated: number[] = [];
  for (let i = existing.length; i < needed; i++) {
    const id = w.id("indicators");
    const unit = rng.pick(UNITS);
    const name = textIn(rng, ALL_LOCALES, rng.int(3, 6));
    w.add("indicators", {
      id,
      code: slugOf(name.en, id, "ind"),
      unit: unit.unit,
      source_organization_id: ctx.orgs.length > 0 && rng.chance(0.7) ? rng.pick(ctx.orgs) : null,
      source_url: rng.chance(0.5) ? `https://stats.example.org/indicators/${id}` : null,
      status: "published",
      deleted_at: null,
    });
    w.tr("indicator", id, { name, unit_label: unit.label });
    indicators.push({ id, unit });
    generated.push(id);
  }

  // Every free cell, numbered (indicator × country × year); a partial shuffle picks `count` of them.
  const cells = new Int32Array(indicators.length * perIndicator);
  let free = 0;
  for (let c = 0; c < cells.length; c++) {
    const ind = indicators[Math.floor(c / perIndicator)]!;
    const country = MEMBERS[Math.floor(c / OBSERVATION_YEARS) % MEMBERS.length]!;
    const year = OBSERVATION_FIRST_YEAR + (c % OBSERVATION_YEARS);
    if (!taken.has(`${ind.id}|${country}|${year}`)) cells[free++] = c;
  }
  const n = Math.min(count, free);
  for (let i = 0; i < n; i++) {
    const j = rng.int(i, free - 1);
    const t = cells[i]!;
    cells[i] = cells[j]!;
    cells[j] = t;
  }
  const chosen = cells.slice(0, n).sort();

  const eventsAt = groupBy(
    ctx.events.filter((e) => e.country !== null),
    (e) => `${e.country}|${e.year}`,
    (e) => e.id,
  );
  const series = new Map<number, { base: number; trend: number }>();
  const ids: number[] = [];
  for (const c of chosen) {
    const ind = indicators[Math.floor(c / perIndicator)]!;
    const seriesKey = Math.floor(c / OBSERVATION_YEARS);
    const country = MEMBERS[seriesKey % MEMBERS.length]!;
    const year = OBSERVATION_FIRST_YEAR + (c % OBSERVATION_YEARS);
    let s = series.get(seriesKey);
    if (!s) {
      s = { base: ind.unit.base(rng.next), trend: (rng.next() - 0.4) * 0.08 };
      series.set(seriesKey, s);
    }
    const raw = s.base * Math.exp(s.trend * (year - OBSERVATION_FIRST_YEAR)) * (0.95 + rng.next() * 0.1);
    const events = eventsAt.get(`${country}|${year}`);
    const id = w.id("observations");
    w.add("observations", {
      id,
      indicator_id: ind.id,
      country_code: country,
      region: null,
      year,
      value: ind.unit.round(raw),
      event_id: events && rng.chance(0.1) ? rng.pick(events) : null,
    });
    if (rng.chance(0.05)) {
      w.tr("observation", id, { note: textIn(rng, ["en", "ru"], rng.int(8, 14), { sentence: 10, year }) });
    }
    ids.push(id);
    await ctx.tick();
  }
  return { indicators: generated, observations: ids };
}

/** What audit entries may point at: entity name, weight, ids. */
type Pool = readonly [entity: string, weight: number, ids: readonly number[]];

/**
 * `count` audit entries, in time order over FIRST_YEAR..LAST_YEAR: sign-ins (some failed), creates and
 * updates (a few denied), deletes and restores of generated rows, with small before/after snapshots.
 * Actors are the users already there or, when there are none, a pool of editor addresses (no user row).
 */
export async function generateAudit(
  ctx: GenContext,
  db: Kysely<DB>,
  count: number,
  extra: { planUpdates: readonly number[]; indicators: readonly number[]; observations: readonly number[] },
): Promise<number> {
  const { rng, w } = ctx;
  const users = await db.selectFrom("users").select(["id", "email"]).orderBy("id").execute();
  const actors: { id: number | null; email: string }[] =
    users.length > 0
      ? users
      : Array.from({ length: Math.max(5, Math.ceil(count / 2000)) }, (_, i) => ({
          id: null,
          email: `editor${i + 1}@bench.example.org`,
        }));
  const pools = (
    [
      ["person", 0.2, ctx.people.map((p) => p.id)],
      ["organization", 0.05, ctx.orgs],
      ["event", 0.15, ctx.events.map((e) => e.id)],
      ["plan_item", 0.15, ctx.planItems.map((p) => p.id)],
      ["plan_update", 0.2, extra.planUpdates],
      ["document", 0.05, ctx.documents.map((d) => d.id)],
      ["indicator", 0.05, extra.indicators],
      ["observation", 0.15, extra.observations],
    ] satisfies Pool[]
  ).filter((p) => p[2].length > 0);
  const totalWeight = pools.reduce((s, p) => s + p[1], 0);
  const pickPool = (): Pool => {
    let x = rng.next() * totalWeight;
    for (const p of pools) {
      x -= p[1];
      if (x < 0) return p;
    }
    return pools[pools.length - 1]!;
  };
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const span = Date.UTC(LAST_YEAR + 1, 0, 1) - start;
  const ip = () => `203.0.113.${rng.int(1, 254)}`;
  for (let i = 0; i < count; i++) {
    const at = new Date(start + Math.floor(((i + rng.next()) * span) / count)).toISOString();
    const actor = rng.pick(actors);
    const kind = rng.next();
    const base = { id: w.id("audit_log"), at, actor_email: actor.email, ip: ip() };
    if (kind < 0.3 || pools.length === 0) {
      const failed = rng.chance(0.1);
      w.add("audit_log", {
        ...base,
        actor_user_id: actor.id,
        action: "sign_in",
        entity: "user",
        entity_id: actor.id,
        outcome: failed ? "failure" : "success",
        before_json: null,
        after_json: failed ? JSON.stringify({ reason: "bad_password" }) : null,
      });
    } else {
      const [entity, , ids] = pickPool();
      const entityId = rng.pick(ids);
      const r = rng.next();
      // Observations are not content (no status, no soft delete): they are only created and updated.
      const content = entity !== "observation";
      const action = r < 0.5 ? "create" : r < 0.95 || !content ? "update" : r < 0.98 ? "delete" : "restore";
      const denied = action === "update" && rng.chance(0.03);
      let before: unknown = null;
      let after: unknown = null;
      if (!denied) {
        if (!content) {
          const value = Math.round(rng.next() * 1000) / 10;
          if (action === "update") before = { row: { id: entityId, value: Math.round(value * 9) / 10 } };
          after = { row: { id: entityId, value } };
        } else if (action === "create") after = { row: { id: entityId, status: "published" } };
        else if (action === "update") {
          const draft = rng.chance(0.5);
          before = { row: { id: entityId, status: draft ? "draft" : "published" } };
          after = { row: { id: entityId, status: "published", updated_at: at } };
        } else if (action === "delete") {
          before = { row: { id: entityId, deleted_at: null } };
          after = { row: { id: entityId, deleted_at: at } };
        } else {
          before = { row: { id: entityId, deleted_at: at } };
          after = { row: { id: entityId, deleted_at: null } };
        }
      }
      w.add("audit_log", {
        ...base,
        actor_user_id: actor.id,
        action,
        entity,
        entity_id: entityId,
        outcome: denied ? "denied" : "success",
        before_json: before === null ? null : JSON.stringify(before),
        after_json: after === null ? null : JSON.stringify(after),
      });
    }
    await ctx.tick();
  }
  return count;
}
