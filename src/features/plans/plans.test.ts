import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp, textOf } from "../../../test/app.ts";
import { saveTranslations } from "../../db/translations.ts";
import type { PlanDetail, PlanItem, PlanSummary } from "./plans.schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface List<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const WPS_TITLE = "Hold the International Conference “Women, Peace and Security” in Almaty";

/** The HTML of one item's <li>, from its id up to the next item (or the end of the list). */
function itemHtml(html: string, title: string): string {
  const at = html.indexOf(title);
  expect(at, title).toBeGreaterThan(-1);
  const start = html.lastIndexOf('<li id="item-', at);
  const next = html.indexOf('<li id="item-', at);
  return html.slice(start, next === -1 ? undefined : next);
}

/** The titles of the items shown on a plan page. */
function itemTitles(html: string): string[] {
  return [...html.matchAll(/<li id="item-\d+"><h\d>([\s\S]*?)<\/h\d>/g)].map((m) => textOf(m[1] ?? ""));
}

describe("the list of action plans", () => {
  it("shows the 2023 plan: year, chair, title, where adopted, items and progress", async () => {
    const { status, html } = await getPage(t.app, "/en/plans");
    expect(status).toBe(200);
    expect(html).toMatch(/<h1>Action plans<\/h1>/);
    expect(html).toContain('<th scope="col">Year</th>');
    expect(html).toContain('<a href="/en/plans/2023">');
    expect(html).toContain('<a href="/en/events/astana-2023">');
    const row = textOf(
      /<tr><th scope="row"><a href="\/en\/chairmanships\/2023">[\s\S]*?<\/tr>/.exec(html)?.[0] ?? "",
    );
    expect(row).toContain(
      "2023 Kazakhstan Action Plan of the Dialogue of Women of Central Asian Countries for 2023",
    );
    const plan = (await getJson<List<PlanSummary>>(t.app, "/api/v1/plans?locale=en")).body.items[0];
    expect(row).toContain(`${plan?.itemCount}`);
    expect(row).toContain(`${plan?.progress}%`);
    expect(textOf(html)).toContain("average progress of the plan's items");
    expect(html).toContain('href="/api/v1/plans.csv?locale=en"');
  });

  it("is in Russian for Russian readers", async () => {
    const text = textOf((await getPage(t.app, "/ru/plans")).html);
    expect(text).toContain("Планы действий");
    expect(text).toContain("План действий Диалога женщин стран Центральной Азии на 2023 год");
    expect(text).toContain("Казахстан");
  });

  it("answers a malformed page with 400", async () => {
    expect((await getPage(t.app, "/en/plans?page=-1")).status).toBe(400);
  });
});

describe("the 2023 action plan page", () => {
  it("shows the plan, its chairmanship and where it was adopted", async () => {
    const { status, html } = await getPage(t.app, "/en/plans/2023");
    expect(status).toBe(200);
    expect(html).toMatch(
      /<h1><span>Action Plan of the Dialogue of Women of Central Asian Countries for 2023<\/span><\/h1>/,
    );
    expect(html).toContain('<a href="/en/chairmanships/2023">Chairmanship of Kazakhstan, 2023</a>');
    expect(html).toContain('<a href="/en/events/astana-2023">');
    expect(html).toContain('<time datetime="2023-06-19">June 19, 2023</time>');
  });

  it("shows the WPS conference item as done, 100 %, with the Almaty conference as evidence", async () => {
    const { html } = await getPage(t.app, "/en/plans/2023");
    const item = itemHtml(html, WPS_TITLE);
    expect(item).toContain('<span class="state-done">Done</span>');
    expect(item).toMatch(/<progress max="100" value="100"[^>]*><\/progress> 100%/);
    expect(item).toContain('<a href="/en/events/almaty-wps-conference-2023">');
    expect(item).toContain('<time datetime="2023-10-16">');
    expect(textOf(item)).toContain("1. Hold the International Conference");
    expect(textOf(item)).toContain("was held in Almaty on 16 October 2023");
    expect(textOf(item)).toContain("Responsible: Kazakhstan");
    expect(item).toContain('href="/en/plans/2023?country=KZ"');
    expect(textOf(item)).toContain("Women, peace and security");
  });

  it("translates states and shows progress as text in Russian", async () => {
    const { html } = await getPage(t.app, "/ru/plans/2023");
    const item = itemHtml(html, "Провести Международную конференцию «Женщины, мир и безопасность» в Алматы");
    expect(item).toContain('<span class="state-done">Выполнено</span>');
    expect(textOf(item)).toMatch(/100\s%/);
    expect(html).toContain('<span class="state-in_progress">Выполняется</span>');
  });

  it("renders in every locale", async () => {
    for (const l of ["kk", "ky", "tg", "tk", "uz"]) {
      const { status, html } = await getPage(t.app, `/${l}/plans/2023`);
      expect(status, l).toBe(200);
      expect(html, l).toContain('<span class="state-done">');
    }
    // A text missing in the reader's language is shown in Russian, marked as such.
    await t.database.db
      .deleteFrom("translations")
      .where("entity", "=", "plan_item")
      .where("field", "=", "title")
      .where("locale", "=", "kk")
      .execute();
    t.app.renderCache.clear();
    const kk = await getPage(t.app, "/kk/plans/2023");
    expect(kk.html).toMatch(
      /<span lang="ru">Провести Международную конференцию[^<]*<small class="fb" lang="kk">/,
    );
  });

  it("filters items by state and by responsible country, keeping the choice selected", async () => {
    const done = await getPage(t.app, "/en/plans/2023?state=done");
    const titles = itemTitles(done.html);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).toContain(`1. ${WPS_TITLE}`);
    expect(done.html).not.toContain('<span class="state-in_progress">In progress</span> ·');
    expect(done.html).toMatch(/<option value="done" selected>Done<\/option>/);
    expect(done.html).toContain('<a href="/en/plans/2023">Clear filters</a>');
    const kg = await getPage(t.app, "/en/plans/2023?country=KG");
    expect(kg.status).toBe(200);
    expect(itemTitles(kg.html)).toEqual([]);
    expect(textOf(kg.html)).toContain("No items found");
    const kz = await getPage(t.app, "/en/plans/2023?country=kz&state=");
    expect(itemTitles(kz.html).length).toBeGreaterThan(titles.length);
  });

  it("answers 404 for a year without a plan and 400 for a malformed year or filter", async () => {
    const missing = await getPage(t.app, "/en/plans/1999");
    expect(missing.status).toBe(404);
    expect(missing.html).toContain("This page does not exist");
    for (const url of [
      "/en/plans/abc",
      "/en/plans/20233",
      "/en/plans/2023?state=finished",
      "/en/plans/2023?country=ZZZ1",
    ]) {
      expect((await getPage(t.app, url)).status, url).toBe(400);
    }
  });
});

describe("the plans API", () => {
  it("lists plans with id, url, year, chair, where adopted, item count and progress", async () => {
    const { status, body } = await getJson<List<PlanSummary>>(t.app, "/api/v1/plans?locale=en");
    expect(status).toBe(200);
    expect(body).toMatchObject({ page: 1, pageSize: 20 });
    expect(body.total).toBe(body.items.length);
    const plan = body.items.find((p) => p.year === 2023);
    expect(plan).toMatchObject({
      url: "/en/plans/2023",
      country: "KZ",
      countryName: "Kazakhstan",
      adoptedAt: { slug: "astana-2023", url: "/en/events/astana-2023" },
      adoptedOn: "2023-06-19",
    });
    expect(typeof plan?.id).toBe("number");
    const detail = (await getJson<PlanDetail>(t.app, "/api/v1/plans/2023?locale=en")).body;
    expect(plan?.itemCount).toBe(detail.items.length);
    const mean = detail.items.reduce((s, i) => s + i.progress, 0) / detail.items.length;
    expect(plan?.progress).toBe(Math.round(mean));
  });

  it("returns a plan with its items and their updates", async () => {
    const { status, body } = await getJson<PlanDetail>(t.app, "/api/v1/plans/2023?locale=en");
    expect(status).toBe(200);
    expect(body.chairmanshipUrl).toBe("/en/chairmanships/2023");
    const wps = body.items.find((i) => i.code === "1");
    expect(wps).toMatchObject({ title: WPS_TITLE, state: "done", progress: 100, parentId: null });
    expect(wps?.countries).toEqual([{ code: "KZ", name: "Kazakhstan" }]);
    expect(wps?.url).toBe(`/en/plans/2023#item-${wps?.id}`);
    expect(wps?.updates[0]).toMatchObject({
      reportedOn: "2023-10-16",
      state: "done",
      progress: 100,
      reportedBy: "KZ",
      evidence: { event: { slug: "almaty-wps-conference-2023" } },
    });
    const missing = await getJson<{ error: string }>(t.app, "/api/v1/plans/1999");
    expect(missing).toMatchObject({ status: 404, body: { error: "not_found" } });
    expect((await getJson(t.app, "/api/v1/plans/abc")).status).toBe(400);
  });

  it("lists items across plans with filters, for accountability exports", async () => {
    const all = await getJson<List<PlanItem>>(t.app, "/api/v1/plan-items?locale=en");
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(4);
    expect(all.body.items[0]).toMatchObject({
      year: 2023,
      code: "1",
      title: WPS_TITLE,
      lastReportedOn: "2023-10-16",
    });
    const done = await getJson<List<PlanItem>>(t.app, "/api/v1/plan-items?year=2023&state=done&country=KZ");
    expect(done.body.items.length).toBeGreaterThan(0);
    expect(done.body.items.every((i) => i.state === "done" && i.year === 2023)).toBe(true);
    for (const q of ["year=1999", "country=FR", "state=cancelled"]) {
      const res = await getJson<List<PlanItem>>(t.app, `/api/v1/plan-items?${q}`);
      expect(res.status, q).toBe(200);
      expect(res.body).toMatchObject({ items: [], total: 0 });
    }
    for (const q of ["year=abc", "state=finished", "country=ZZZ1", "page=-1"]) {
      expect((await getJson(t.app, `/api/v1/plan-items?${q}`)).status, q).toBe(400);
    }
  });

  it("has CSV twins", async () => {
    const items = await t.app.inject({ url: "/api/v1/plan-items.csv?year=2023&locale=en" });
    expect(items.statusCode).toBe(200);
    expect(items.headers["content-type"]).toContain("text/csv");
    const lines = items.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      "id,url,year,code,parentId,title,state,progress,dueFrom,dueTo,countries,organizations,topics,lastReportedOn,description",
    );
    expect(items.body).toContain("done,100");
    const plans = await t.app.inject({ url: "/api/v1/plans?format=csv&locale=en" });
    expect(plans.body).toContain("2023,Action Plan of the Dialogue");
  });

  it("is described in the OpenAPI document", async () => {
    const { body } = await getJson<{ paths: Record<string, unknown> }>(t.app, "/api/v1/openapi.json");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/plans", "/api/v1/plans/{year}", "/api/v1/plan-items"]),
    );
  });
});

describe("sub-items", () => {
  it("nest under their parent item, and count instead of it in the overall progress", async () => {
    const db = t.database.db;
    const parent = await db
      .selectFrom("plan_items")
      .select(["id", "plan_id"])
      .where("code", "=", "1")
      .executeTakeFirstOrThrow();
    const child = await db
      .insertInto("plan_items")
      .values({ plan_id: parent.plan_id, parent_id: parent.id, code: "1.1", state: "planned", progress: 0 })
      .returning("id")
      .executeTakeFirstOrThrow();
    await saveTranslations(db, "plan_item", child.id, { title: { en: "Prepare the conference programme" } });
    t.app.renderCache.clear(); // changed in the database behind the app's back: drop what it rendered
    const { html } = await getPage(t.app, "/en/plans/2023");
    const parentLi = itemHtml(html, WPS_TITLE);
    expect(parentLi).toMatch(/<ul class="list">$/);
    const childLi = itemHtml(html, "Prepare the conference programme");
    expect(childLi).toMatch(/^<li id="item-\d+"><h4>1\.1\. <span>Prepare the conference programme/);
    expect(childLi).toContain('<span class="state-planned">Planned</span>');
    const detail = (await getJson<PlanDetail>(t.app, "/api/v1/plans/2023")).body;
    expect(detail.items.find((i) => i.code === "1.1")?.parentId).toBe(parent.id);
    const leaves = detail.items.filter((i) => i.id !== parent.id && i.state !== "cancelled");
    const mean = leaves.reduce((s, i) => s + i.progress, 0) / leaves.length;
    expect(detail.progress).toBe(Math.round(mean));
    expect(detail.itemCount).toBe(detail.items.length);
  });
});
