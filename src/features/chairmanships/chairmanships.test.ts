import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp, textOf } from "../../../test/app.ts";
import type { ChairmanshipDetail, ChairmanshipItem } from "./chairmanships.schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type List = { items: ChairmanshipItem[]; total: number; page: number; pageSize: number };

describe("the chairmanships timeline", () => {
  it("shows the launch, then every chairmanship in chronological order", async () => {
    const { status, html } = await getPage(t.app, "/en/chairmanships");
    expect(status).toBe(200);
    expect(html).toContain("<title>Chairmanships");
    expect(html.match(/<h1/g)).toHaveLength(1);
    const text = textOf(html);
    const order = [
      "2020: First meeting",
      "2021: Uzbekistan",
      "2022: Turkmenistan",
      "2023: Kazakhstan",
      "2024: Kyrgyzstan",
      "2025: Tajikistan",
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i > -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('href="/en/events/first-meeting-2020"');
    expect(text).toContain("Before the rotating chairmanships");
  });

  it("shows the chair, the priorities and the events of each chairmanship", async () => {
    const { html } = await getPage(t.app, "/en/chairmanships");
    const text = textOf(html);
    const kz = text.slice(text.indexOf("2023: Kazakhstan"), text.indexOf("2024: Kyrgyzstan"));
    expect(kz).toContain("Chair: Dania Espayeva");
    expect(kz).toContain("Digitalization");
    expect(kz).toContain("Women, peace and security");
    expect(html).toContain('href="/en/people/dania-espayeva"');
    for (const slug of ["astana-2023", "almaty-wps-conference-2023", "astana-closing-2023", "avaza-2021"]) {
      expect(html).toContain(`href="/en/events/${slug}"`);
    }
    expect(html).toContain('href="/en/chairmanships/2023"');
    expect(html).toContain('href="/api/v1/chairmanships?locale=en"');
    expect(html).toContain('href="/api/v1/chairmanships.csv?locale=en"');
  });

  it("reads in Russian", async () => {
    const text = textOf((await getPage(t.app, "/ru/chairmanships")).html);
    expect(text).toContain("Председательства");
    expect(text).toContain("2023: Казахстан");
    expect(text).toContain("Дания Еспаева");
    expect(text).toContain("2024: Кыргызстан");
  });

  it("paginates and keeps the launch on the first page", async () => {
    const p1 = await getPage(t.app, "/en/chairmanships?pageSize=2");
    expect(textOf(p1.html)).toContain("Page 1 of 3");
    expect(p1.html).toContain('href="/en/events/first-meeting-2020"');
    const p2 = await getPage(t.app, "/en/chairmanships?pageSize=2&page=2");
    expect(p2.html).not.toContain('href="/en/events/first-meeting-2020"');
    expect(textOf(p2.html)).toContain("2023: Kazakhstan");
  });

  it("answers bad query values with 400", async () => {
    for (const q of ["page=0", "page=abc", "country=%3Cscript%3E"]) {
      expect((await getPage(t.app, `/en/chairmanships?${q}`)).status, q).toBe(400);
    }
  });
});

describe("one chairmanship", () => {
  it("shows Kazakhstan 2023: chair, priorities, events, action plan, news", async () => {
    const { status, html } = await getPage(t.app, "/en/chairmanships/2023");
    expect(status).toBe(200);
    expect(html.match(/<h1/g)).toHaveLength(1);
    const text = textOf(html);
    expect(text).toContain("Chairmanship of Kazakhstan, 2023");
    expect(text).toContain("Chair: Dania Espayeva");
    expect(text).toContain("Digitalization");
    expect(html).toContain('href="/en/events/astana-2023"');
    expect(html).toContain('href="/en/events/almaty-wps-conference-2023"');
    expect(html).toContain('href="/en/events/astana-closing-2023"');
    expect(html).not.toContain('href="/en/events/bishkek-2024"');
    expect(html).toContain('href="/en/plans/2023"');
    expect(text).toMatch(/Action plan 2023: .+\(\d+ items?\)/);
    expect(html).toContain('href="/en/news/astana-2023-meeting"');
    expect(html).toContain('href="/en/chairmanships/2022"');
    expect(html).toContain('href="/en/chairmanships/2024"');
  });

  it("reads in Russian", async () => {
    const text = textOf((await getPage(t.app, "/ru/chairmanships/2023")).html);
    expect(text).toContain("Председательство: Казахстан, 2023");
    expect(text).toContain("Дания Еспаева");
  });

  it("answers 404 for an unknown year and 400 for a malformed one", async () => {
    expect((await getPage(t.app, "/en/chairmanships/1999")).status).toBe(404);
    expect((await getPage(t.app, "/en/chairmanships/abc")).status).toBe(400);
    expect((await getPage(t.app, "/en/chairmanships/20231")).status).toBe(400);
  });
});

describe("chairmanships API", () => {
  it("lists the chairmanships in chronological order", async () => {
    const { status, body } = await getJson<List>(t.app, "/api/v1/chairmanships?locale=en");
    expect(status).toBe(200);
    expect(body.total).toBe(5);
    expect(body.items.map((c) => `${c.year} ${c.country}`)).toEqual([
      "2021 UZ",
      "2022 TM",
      "2023 KZ",
      "2024 KG",
      "2025 TJ",
    ]);
    const kz = body.items[2];
    expect(kz).toMatchObject({ url: "/en/chairmanships/2023", countryName: "Kazakhstan" });
    expect(kz?.chairPerson).toMatchObject({ slug: "dania-espayeva", url: "/en/people/dania-espayeva" });
    expect(kz?.priorities.map((p) => p.slug)).toContain("digitalization");
    expect(kz?.eventCount).toBe(3);
    const kg = await getJson<List>(t.app, "/api/v1/chairmanships?country=kg");
    expect(kg.body.items.map((c) => c.year)).toEqual([2024]);
    const fr = await getJson<List>(t.app, "/api/v1/chairmanships?country=FR");
    expect(fr.body).toMatchObject({ total: 0, items: [] });
    expect((await getJson(t.app, "/api/v1/chairmanships?page=0")).status).toBe(400);
  });

  it("has a CSV twin", async () => {
    const res = await t.app.inject({ url: "/api/v1/chairmanships.csv?locale=en" });
    expect(res.statusCode).toBe(200);
    const lines = res.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe(
      "id,url,year,country,countryName,theme,chairPersonSlug,chairPersonName,startsOn,endsOn,priorities,eventCount",
    );
    expect(lines).toHaveLength(6);
    expect(res.body).toContain("dania-espayeva");
  });

  it("returns one chairmanship with its events, plan and news", async () => {
    const { status, body } = await getJson<ChairmanshipDetail>(t.app, "/api/v1/chairmanships/2023?locale=en");
    expect(status).toBe(200);
    expect(body.country).toBe("KZ");
    expect(body.events.map((e) => e.slug)).toEqual([
      "astana-2023",
      "almaty-wps-conference-2023",
      "astana-closing-2023",
    ]);
    expect(body.plan).toMatchObject({ year: 2023, url: "/en/plans/2023" });
    expect(body.news.map((n) => n.slug)).toContain("astana-2023-meeting");
    expect(body).toMatchObject({ previousYear: 2022, nextYear: 2024 });
    const ru = await getJson<ChairmanshipDetail>(t.app, "/api/v1/chairmanships/2023?locale=ru");
    expect(ru.body.chairPerson?.name).toBe("Дания Еспаева");
  });

  it("answers 404 JSON for an unknown year and 400 for a malformed one", async () => {
    const missing = await getJson<{ error: string }>(t.app, "/api/v1/chairmanships/1999");
    expect(missing).toMatchObject({ status: 404, body: { error: "not_found" } });
    expect((await getJson(t.app, "/api/v1/chairmanships/abc")).status).toBe(400);
  });
});

describe("only public rows appear", () => {
  it("hides a draft chairmanship and a non-public chair person", async () => {
    const db = t.database.db;
    await db.updateTable("chairmanships").set({ status: "draft" }).where("year", "=", 2025).execute();
    await db.updateTable("people").set({ is_public: 0 }).where("slug", "=", "dania-espayeva").execute();
    t.app.renderCache.clear(); // changed in the database behind the app's back: drop what it rendered
    try {
      expect((await getPage(t.app, "/en/chairmanships/2025")).status).toBe(404);
      const list = await getJson<List>(t.app, "/api/v1/chairmanships");
      expect(list.body.items.map((c) => c.year)).not.toContain(2025);
      const kz = await getJson<ChairmanshipDetail>(t.app, "/api/v1/chairmanships/2023");
      expect(kz.body.chairPerson).toBeNull();
      expect(kz.body.nextYear).toBe(2024);
      const page = await getPage(t.app, "/en/chairmanships");
      expect(page.html).not.toContain("dania-espayeva");
      expect(page.html).not.toContain('href="/en/chairmanships/2025"');
    } finally {
      await db.updateTable("chairmanships").set({ status: "published" }).where("year", "=", 2025).execute();
      await db.updateTable("people").set({ is_public: 1 }).where("slug", "=", "dania-espayeva").execute();
      t.app.renderCache.clear();
    }
  });
});
