import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/app.ts";
import { OBSERVATION_FIRST_YEAR } from "./gen-extra.ts";
import { type GenerateResult, generateData } from "./generate.ts";
import { FIRST_YEAR, LAST_YEAR, MEMBERS } from "./reference.ts";

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /^[\p{Script=Latin}\s'‘’ʻʼ”-]+$/u;

describe("the benchmark data generator", () => {
  let t: TestDb;
  let result: GenerateResult;

  beforeAll(async () => {
    t = await createTestDb({ seed: false });
    result = await generateData(t.database, { docs: 500, seed: 1 });
  });
  afterAll(() => t.close());

  it("makes the asked number of public documents, spread over every type", async () => {
    expect(result.docs).toBe(500);
    expect(Object.values(result.byType).reduce((a, b) => a + b, 0)).toBe(500);
    const { db } = t.database;
    const count = async (
      table: "organizations" | "events" | "statements" | "projects" | "plan_items" | "news" | "documents",
    ) => {
      const r = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "=", "published")
        .where("deleted_at", "is", null)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    };
    const people = await db
      .selectFrom("people")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("status", "=", "published")
      .where("deleted_at", "is", null)
      .where("is_public", "=", 1)
      .executeTakeFirstOrThrow();
    expect(Number(people.n)).toBe(result.byType.person);
    // Every generated person, public or not, has her sort key in each of the seven locales.
    const keyed = async (table: "people" | "person_sort_keys") =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await keyed("person_sort_keys")).toBe((await keyed("people")) * 7);
    expect(await count("organizations")).toBe(result.byType.organization);
    expect(await count("events")).toBe(result.byType.event);
    expect(await count("statements")).toBe(result.byType.statement);
    expect(await count("projects")).toBe(result.byType.project);
    expect(await count("plan_items")).toBe(result.byType.plan_item);
    expect(await count("news")).toBe(result.byType.news);
    expect(await count("documents")).toBe(result.byType.document);
    for (const n of Object.values(result.byType)) expect(n).toBeGreaterThan(0);
    expect(result.hidden).toBeGreaterThan(0);
  });

  it("spreads events over 30 years of the reference data", async () => {
    const { db } = t.database;
    expect(LAST_YEAR - FIRST_YEAR + 1).toBe(30);
    const rows = await db.selectFrom("events").select("starts_on").execute();
    const years = new Set(rows.map((r) => Number(String(r.starts_on).slice(0, 4))));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(FIRST_YEAR);
    expect(Math.max(...years)).toBeLessThanOrEqual(LAST_YEAR);
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(25);
  });

  it("adds progress updates to public plan items, moving forward inside the item's year", async () => {
    const { db } = t.database;
    const updates = await db
      .selectFrom("plan_updates as u")
      .leftJoin("plan_items as i", "i.id", "u.item_id")
      .select([
        "u.id",
        "u.item_id",
        "u.reported_on",
        "u.state",
        "u.progress",
        "u.evidence_event_id",
        "i.status as item_status",
        "i.deleted_at as item_deleted",
        "i.due_from",
        "i.state as item_state",
        "i.progress as item_progress",
      ])
      .orderBy("u.item_id")
      .orderBy("u.reported_on")
      .orderBy("u.id")
      .execute();
    expect(updates.length).toBe(result.extra.planUpdates);
    // 0–3 per public item (0–1 for a planned one): about 1.4 on average.
    expect(updates.length).toBeGreaterThanOrEqual(result.byType.plan_item * 0.8);
    expect(updates.length).toBeLessThanOrEqual(result.byType.plan_item * 3);
    const last = new Map<number, (typeof updates)[number]>();
    for (const u of updates) {
      expect(u.item_status).toBe("published");
      expect(u.item_deleted).toBeNull();
      expect(u.reported_on.slice(0, 4)).toBe(u.due_from?.slice(0, 4));
      const prev = last.get(u.item_id);
      if (prev) expect(u.progress).toBeGreaterThanOrEqual(prev.progress);
      last.set(u.item_id, u);
    }
    // The latest report says what the item says now.
    for (const u of last.values()) {
      expect(u.state).toBe(u.item_state);
      expect(u.progress).toBe(u.item_progress);
    }
    const evidence = updates.filter((u) => u.evidence_event_id !== null);
    expect(evidence.length).toBeGreaterThan(0);
    const events = await db
      .selectFrom("events")
      .select("id")
      .where(
        "id",
        "in",
        evidence.map((u) => u.evidence_event_id!),
      )
      .execute();
    expect(events.length).toBe(new Set(evidence.map((u) => u.evidence_event_id)).size);
  });

  it("adds indicators and observations, one per indicator, country and year, over 30 years", async () => {
    const { db } = t.database;
    const indicators = await db.selectFrom("indicators").select(["id", "code"]).execute();
    expect(indicators.length).toBeGreaterThanOrEqual(12);
    expect(indicators.length).toBe(result.extra.indicators);
    const obs = await db
      .selectFrom("observations")
      .select(["indicator_id", "country_code", "region", "year", "value"])
      .execute();
    expect(obs.length).toBe(250);
    expect(result.extra.observations).toBe(250);
    const cells = new Set(obs.map((o) => `${o.indicator_id}|${o.country_code}|${o.year}`));
    expect(cells.size).toBe(obs.length);
    const dup = await db
      .selectFrom("observations")
      .select(["indicator_id", "country_code", "year"])
      .groupBy(["indicator_id", "country_code", "year"])
      .having((eb) => eb.fn.countAll(), ">", 1)
      .execute();
    expect(dup).toEqual([]);
    expect(new Set(obs.map((o) => o.country_code))).toEqual(new Set(MEMBERS));
    for (const o of obs) {
      expect(o.region).toBeNull();
      expect(o.year).toBeGreaterThanOrEqual(OBSERVATION_FIRST_YEAR);
      expect(o.year).toBeLessThanOrEqual(LAST_YEAR);
      expect(Number.isFinite(o.value)).toBe(true);
    }
    expect(LAST_YEAR - OBSERVATION_FIRST_YEAR + 1).toBe(30);
    expect(new Set(obs.map((o) => o.year)).size).toBeGreaterThan(25);
    const names = await db
      .selectFrom("translations")
      .select("entity_id")
      .distinct()
      .where("entity", "=", "indicator")
      .where("field", "=", "name")
      .execute();
    expect(names.length).toBe(indicators.length);
  });

  it("adds audit entries over the years, pointing at generated rows, mostly successful", async () => {
    const { db } = t.database;
    const rows = await db.selectFrom("audit_log").selectAll().orderBy("id").execute();
    expect(rows.length).toBe(500);
    expect(result.extra.audit).toBe(500);
    const ok = rows.filter((r) => r.outcome === "success").length;
    expect(ok / rows.length).toBeGreaterThan(0.9);
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set(["sign_in", "create", "update", "delete", "restore"]),
    );
    let prev = "";
    for (const r of rows) {
      expect(r.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(r.at >= prev).toBe(true);
      prev = r.at;
      for (const j of [r.before_json, r.after_json])
        if (j !== null) expect(() => JSON.parse(j)).not.toThrow();
    }
    expect(Number(rows[0]!.at.slice(0, 4))).toBeGreaterThanOrEqual(FIRST_YEAR);
    expect(Number(rows.at(-1)!.at.slice(0, 4))).toBeLessThanOrEqual(LAST_YEAR);
    const tables = {
      person: "people",
      organization: "organizations",
      event: "events",
      plan_item: "plan_items",
      plan_update: "plan_updates",
      document: "documents",
      indicator: "indicators",
      observation: "observations",
    } as const;
    for (const [entity, table] of Object.entries(tables)) {
      const ids = [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entity_id!))];
      expect([entity, ids.length > 0]).toEqual([entity, true]);
      const found = await db.selectFrom(table).select("id").where("id", "in", ids).execute();
      expect([entity, found.length]).toEqual([entity, ids.length]);
    }
  });

  it("writes names in Cyrillic and in Latin, often both for one person", async () => {
    const rows = await t.database.db
      .selectFrom("translations")
      .select(["entity_id", "value"])
      .where("entity", "=", "person")
      .where("field", "=", "name")
      .execute();
    const cyr = new Set(rows.filter((r) => CYRILLIC.test(r.value)).map((r) => r.entity_id));
    const lat = new Set(rows.filter((r) => LATIN.test(r.value)).map((r) => r.entity_id));
    expect(cyr.size).toBeGreaterThan(20);
    expect(lat.size).toBeGreaterThan(20);
    expect([...cyr].filter((id) => lat.has(id)).length).toBeGreaterThan(20);
    // National letters of the region's alphabets occur, not only Russian and English spellings.
    expect(rows.some((r) => /[әғқңөұүһі]/iu.test(r.value))).toBe(true);
    expect(rows.some((r) => /[şçäöüýň]/iu.test(r.value))).toBe(true);
  });

  it("writes texts in all seven locales", async () => {
    const rows = await t.database.db.selectFrom("translations").select("locale").distinct().execute();
    expect(rows.map((r) => r.locale).sort()).toEqual(["en", "kk", "ky", "ru", "tg", "tk", "uz"]);
  });

  it("is deterministic and leaves the id sequences usable", async () => {
    const again = await createTestDb({ seed: false });
    try {
      await generateData(again.database, { docs: 500, seed: 1 });
      const names = (db: TestDb) =>
        db.database.db
          .selectFrom("translations")
          .select(["entity_id", "locale", "value"])
          .where("entity", "=", "person")
          .orderBy("entity_id")
          .orderBy("locale")
          .execute();
      expect(await names(again)).toEqual(await names(t));
      // The extra rows too.
      for (const table of ["plan_updates", "indicators", "observations", "audit_log"] as const) {
        const rows = (db: TestDb) => db.database.db.selectFrom(table).selectAll().orderBy("id").execute();
        expect(await rows(again)).toEqual(await rows(t));
      }
      // A row inserted afterwards without an id gets a fresh one (PostgreSQL sequences were moved on).
      const row = await again.database.db
        .insertInto("people")
        .values({
          slug: "after-generation",
          sort_name: "After Generation",
          country_code: null,
          deleted_at: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      expect(row.id).toBeGreaterThan(result.byType.person);
      // The same for the tables of the extra rows.
      const audit = await again.database.db
        .insertInto("audit_log")
        .values({ at: "2031-01-01T00:00:00.000Z", action: "sign_in", outcome: "success" })
        .returning("id")
        .executeTakeFirstOrThrow();
      expect(audit.id).toBe(result.extra.audit + 1);
      const ind = await again.database.db
        .insertInto("indicators")
        .values({
          code: "after-generation",
          unit: "persons",
          source_organization_id: null,
          source_url: null,
          deleted_at: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      expect(ind.id).toBe(result.extra.indicators + 1);
      const obs = await again.database.db
        .insertInto("observations")
        .values({
          indicator_id: ind.id,
          country_code: "KZ",
          region: null,
          year: 2020,
          value: 1,
          event_id: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      expect(obs.id).toBe(result.extra.observations + 1);
    } finally {
      await again.close();
    }
  });
});
