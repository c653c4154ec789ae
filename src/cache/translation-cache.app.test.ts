import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/app.ts";
import { buildUser, type Client, clientFor } from "../../test/auth.ts";
import { buildApp } from "../app.ts";
import { loadTranslations, saveTranslations } from "../db/translations.ts";

// The uncached case the benchmark measures: pages rendered on every request, texts from the translation cache.
let tdb: TestDb;
let app: FastifyInstance;
let eventId: number;
/** Called with every query the app's database runs. */
let onQuery: (sql: string) => void = () => {};
let translationQueries = 0;

beforeAll(async () => {
  tdb = await createTestDb({
    onQuery: (sql) => {
      if (/from "translations"/.test(sql)) translationQueries++;
      onQuery(sql);
    },
  });
  app = await buildApp({
    config: { ...tdb.config, RENDER_CACHE: "off" },
    database: tdb.database,
    logger: false,
  });
  await app.ready();
  eventId = (
    await tdb.database.db
      .selectFrom("events")
      .select("id")
      .where("slug", "=", "astana-2023")
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => {
  await app.close();
  await tdb.close();
});

const page = async () => {
  const res = await app.inject({
    url: "/en/events/astana-2023",
    headers: { accept: "text/html", "accept-encoding": "identity" },
  });
  expect(res.statusCode).toBe(200);
  return res.body;
};

/** Edits the event through the JSON editing API as the signed-in client `c`. */
const editEvent = (c: Client, fields: Record<string, unknown>) =>
  app.inject({
    method: "POST",
    url: `/api/v1/edit/events/${eventId}`,
    headers: {
      cookie: c.cookie,
      "x-csrf-token": c.csrf,
      "content-type": "application/json",
      accept: "application/json",
    },
    payload: JSON.stringify(fields),
  });

const title = async () =>
  (await loadTranslations(tdb.database.db, "event", [eventId])).get(eventId)?.title?.en;

describe("the translation cache, with RENDER_CACHE=off", () => {
  it("reads an entity's texts once: the next rendering of the page asks the table for none", async () => {
    await page();
    const before = translationQueries;
    const html = await page();
    expect(html).toContain("Yerlan Koshanov");
    expect(translationQueries).toBe(before);
  });

  it("shows an edit of the entity's text on the very next request", async () => {
    const u = await buildUser(tdb.database, {
      email: "sec-tr-cache@example.org",
      grants: [{ role: "secretariat", year: 2023 }],
    });
    const c = await clientFor(app, tdb.database, tdb.config, u.id);
    await page();
    const res = await editEvent(c, { title: { en: "Astana, renamed for the translation cache" } });
    expect(res.statusCode).toBe(200);
    expect(await page()).toContain("Astana, renamed for the translation cache");
  });

  it("shows a write through the app's handle outside any request (a script) at once", async () => {
    await page();
    await saveTranslations(tdb.database.db, "event", eventId, { title: { en: "Renamed by a script" } });
    expect(await page()).toContain("Renamed by a script");
  });

  it("never keeps what a transaction saw of its own writes (it may roll back)", async () => {
    const was = await title();
    await expect(
      tdb.database.db.transaction().execute(async (trx) => {
        await saveTranslations(trx, "event", eventId, { title: { en: "Never committed" } });
        expect((await loadTranslations(trx, "event", [eventId])).get(eventId)?.title?.en).toBe(
          "Never committed",
        );
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await title()).toBe(was);
    expect(await page()).not.toContain("Never committed");
  });

  it("does not keep a read that a write's invalidation overtook", async () => {
    await saveTranslations(tdb.database.db, "event", eventId, { title: { en: "Before the race" } });
    // A write commits and invalidates while the read's query runs: the read answers, but is not kept.
    onQuery = (sql) => {
      if (/from "translations"/.test(sql)) app.renderCache.invalidate([`person:1`]);
    };
    try {
      expect(await title()).toBe("Before the race");
    } finally {
      onQuery = () => {};
    }
    const before = translationQueries;
    expect(await title()).toBe("Before the race");
    expect(translationQueries).toBe(before + 1);
    expect(await title()).toBe("Before the race");
    expect(translationQueries).toBe(before + 1);
  });
});

describe("the translation cache and writes", () => {
  it("is not what a write merges with: an edit of one field keeps the others' texts from the database", async () => {
    const u = await buildUser(tdb.database, {
      email: "sec-tr-merge@example.org",
      grants: [{ role: "secretariat", year: 2023 }],
    });
    const c = await clientFor(app, tdb.database, tdb.config, u.id);
    const stored = await title();
    // As if another process changed the title and its NOTIFY had not arrived yet: this process's copy is stale.
    const kept = app.renderCache.translations;
    kept.invalidate([`event:${eventId}`]);
    kept.store(kept.epoch, "event", eventId, { title: { en: "A stale copy" } });
    const res = await editEvent(c, { city: { en: "Astana (edited)" } });
    expect(res.statusCode, res.body).toBe(200);
    const row = await tdb.database.db
      .selectFrom("translations")
      .select("value")
      .where("entity", "=", "event")
      .where("entity_id", "=", eventId)
      .where("field", "=", "title")
      .where("locale", "=", "en")
      .executeTakeFirst();
    expect(row?.value).toBe(stored);
    expect(await page()).toContain(String(stored));
  });
});
