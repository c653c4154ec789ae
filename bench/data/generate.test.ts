import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/app.ts";
import { type GenerateResult, generateData } from "./generate.ts";

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
    } finally {
      await again.close();
    }
  });
});
