import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, getJson, getPage, type TestDb, textOf } from "../../../test/app.ts";
import { type Client, matrixClients } from "../../../test/auth.ts";
import { buildApp } from "../../app.ts";
import { postJson } from "../edit/test-helpers.ts";

type List = { total: number; items: { title: string }[] };

describe.each(["on", "off"] as const)("list totals with RENDER_CACHE=%s", (mode) => {
  let tdb: TestDb;
  let app: FastifyInstance;
  let c: Awaited<ReturnType<typeof matrixClients>>;
  let chair2023 = 0;
  let counts = 0;

  beforeAll(async () => {
    tdb = await createTestDb({
      onQuery: (sql) => {
        if (/count\(\*\)/i.test(sql) && /from "events"/i.test(sql)) counts++;
      },
    });
    app = await buildApp({
      config: { ...tdb.config, RENDER_CACHE: mode },
      database: tdb.database,
      logger: false,
    });
    await app.ready();
    c = await matrixClients(app, tdb.database, tdb.config);
    chair2023 = (
      await tdb.database.db
        .selectFrom("chairmanships")
        .select("id")
        .where("year", "=", 2023)
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await app.close();
    await tdb.close();
  });

  const total = async (url: string) => (await getJson<List>(app, url)).body.total;
  async function write(who: Client, url: string, body: unknown, status = 200): Promise<{ id: number }> {
    const res = await postJson(app, who, url, body);
    expect(res.status, res.body).toBe(status);
    return JSON.parse(res.body || "{}") as { id: number };
  }

  it("counts a list once per filters, then answers its total without counting again", async () => {
    const all = await total("/api/v1/events");
    const before = counts;
    expect(await total("/api/v1/events?page=2&pageSize=5")).toBe(all);
    expect(await total("/api/v1/events?pageSize=3&locale=ru")).toBe(all);
    expect(counts).toBe(before);
    const kz = await total("/api/v1/events?country=KZ");
    expect(kz).toBeLessThan(all);
    expect(counts).toBe(before + 1);
  });

  it("shows a created, published, unpublished, deleted and restored event in the total of the very next request", async () => {
    const s = c["secretariat-2023"];
    const url = "/api/v1/events?country=KZ&year=2023";
    const start = await total(url);
    const all = await total("/api/v1/events");
    const { id } = await write(
      s,
      "/api/v1/edit/events",
      {
        title: { en: "Numbat forum on river basins", ru: "Форум «Намбат» о речных бассейнах" },
        kind: "meeting",
        starts_on: "2023-10-10",
        country_code: "KZ",
        chairmanship_id: chair2023,
        status: "draft",
      },
      201,
    );
    expect(await total(url)).toBe(start);
    await write(s, `/api/v1/edit/events/${id}`, { status: "published" });
    expect(await total(url)).toBe(start + 1);
    expect(await total("/api/v1/events")).toBe(all + 1);
    const page = await getPage(app, "/en/events?country=KZ&year=2023");
    expect(textOf(page.html)).toContain("Numbat forum on river basins");
    await write(s, `/api/v1/edit/events/${id}`, { status: "draft" });
    expect(await total(url)).toBe(start);
    await write(s, `/api/v1/edit/events/${id}`, { status: "published" });
    expect(await total(url)).toBe(start + 1);
    await write(s, `/api/v1/edit/events/${id}/delete`, {});
    expect(await total(url)).toBe(start);
    expect(await total("/api/v1/events")).toBe(all);
    await write(c.admin, `/api/v1/edit/events/${id}/restore`, {});
    expect(await total(url)).toBe(start + 1);
  });

  it("counts again after the cache is cleared (a change behind the app's back)", async () => {
    const all = await total("/api/v1/events");
    await tdb.database.db
      .insertInto("events")
      .values({ slug: "behind-the-back", kind: "meeting", starts_on: "2023-07-01", status: "published" })
      .execute();
    app.renderCache.clear();
    expect(await total("/api/v1/events")).toBe(all + 1);
  });
});
