import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp, textOf } from "../../../test/app.ts";
import { formatNumber } from "../../i18n/format.ts";
import { chartOf } from "./indicators.service.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface IndicatorJson {
  id: number;
  url: string;
  code: string;
  name: string;
  unit: string;
  source: string | null;
  sourceOrganization: string | null;
  observations: {
    area: string;
    country: string | null;
    region: string | null;
    year: number;
    value: number;
  }[];
}
interface ListJson<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

describe("indicators page", () => {
  it("shows every indicator's observations as a table, numbers in the reader's locale", async () => {
    const { status, html } = await getPage(t.app, "/en/indicators");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(html).toMatch(/<h1>Indicators<\/h1>/);
    expect(text).toContain("Women without access to mobile internet");
    expect(text).toContain("Europe and Central Asia");
    expect(text).toContain("60,000,000");
    expect(text).toContain("Kazakh military observers in the UN mission in Western Sahara");
    expect(text).toContain("Kazakhstan");
    expect(html).toContain('<td class="n">6</td>');
    expect(html).toContain('<td class="n">1</td>');
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('href="/en/indicators/women-without-mobile-internet"');
    expect(html).toContain('href="/api/v1/indicators.csv"');
    expect(html).not.toContain("style=");
  });

  it("speaks Russian on /ru, with Russian number grouping", async () => {
    const { status, html } = await getPage(t.app, "/ru/indicators");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(text).toContain("Показатели");
    expect(text).toContain("Европа и Центральная Азия");
    // textOf folds the no-break spaces of Russian digit grouping into plain spaces.
    expect(text).toContain(formatNumber("ru", 60_000_000).replace(/\s/g, " "));
    expect(html).toContain(formatNumber("ru", 60_000_000));
    expect(text).toContain("Женщины без доступа к мобильному интернету");
    expect(text).toContain("Казахстан");
  });

  it("paginates by indicator", async () => {
    const { status, html } = await getPage(t.app, "/en/indicators?pageSize=1&page=2");
    expect(status).toBe(200);
    expect(textOf(html)).toContain("Page 2 of 3");
    expect(html).toContain('rel="prev"');
  });

  it("rejects bad query values with 400", async () => {
    expect((await getPage(t.app, "/en/indicators?page=abc")).status).toBe(400);
    expect((await getPage(t.app, "/en/indicators?pageSize=1000")).status).toBe(400);
  });
});

describe("indicator page", () => {
  it("shows the indicator, its source organization, a server-drawn SVG chart and the table", async () => {
    const { status, html } = await getPage(t.app, "/en/indicators/women-without-mobile-internet");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(html).toMatch(/<h1>(<span>)?Women without access to mobile internet</);
    expect(text).toContain("UN Women Regional Office for Europe and Central Asia");
    expect(html).toContain('href="/en/organizations/un-women-eca"');
    expect(text).toContain("60,000,000");
    const svg = /<svg[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(
      /aria-labelledby="chart-women-without-mobile-internet-t chart-women-without-mobile-internet-d"/,
    );
    expect(svg).toMatch(
      /<title id="chart-women-without-mobile-internet-t">Women without access to mobile internet/,
    );
    expect(svg).toMatch(/<desc id="chart-women-without-mobile-internet-d">[^<]*60,000,000/);
    expect(svg).toContain("<rect");
    expect(svg).not.toMatch(/style=|<script/);
    expect(html).toContain('href="/api/v1/observations.csv?indicator=women-without-mobile-internet"');
  });

  it("labels the chart in the reader's language", async () => {
    const { html } = await getPage(t.app, "/ru/indicators/kz-un-military-observers");
    const svg = /<svg[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(svg).toContain("<title");
    expect(svg).toContain("Казахстанские военные наблюдатели");
    expect(textOf(html)).toContain("Казахстан");
  });

  it("answers an unknown code with a 404 page", async () => {
    const res = await getPage(t.app, "/en/indicators/no-such-indicator");
    expect(res.status).toBe(404);
    expect(res.html).toContain("This page does not exist");
    expect((await getPage(t.app, "/en/indicators/bad%20code")).status).toBe(400);
  });
});

describe("indicators API", () => {
  it("lists indicators with their observations", async () => {
    const res = await getJson<ListJson<IndicatorJson>>(t.app, "/api/v1/indicators?locale=en");
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    const women = res.body.items.find((i) => i.code === "women-without-mobile-internet");
    expect(women).toMatchObject({
      url: "/en/indicators/women-without-mobile-internet",
      name: "Women without access to mobile internet",
      sourceOrganization: "un-women-eca",
    });
    expect(women?.observations).toEqual([
      expect.objectContaining({
        area: "Europe and Central Asia",
        region: "ECA",
        country: null,
        year: 2023,
        value: 60_000_000,
      }),
    ]);
    const observers = res.body.items.find((i) => i.code === "kz-un-military-observers");
    expect(observers?.observations[0]).toMatchObject({ country: "KZ", value: 6, area: "Kazakhstan" });
  });

  it("answers one indicator, and 404 JSON for an unknown one", async () => {
    const one = await getJson<IndicatorJson>(
      t.app,
      "/api/v1/indicators/kz-un-military-observers-women?locale=ru",
    );
    expect(one.status).toBe(200);
    expect(one.body.observations[0]).toMatchObject({ value: 1, area: "Казахстан" });
    expect(one.body.url).toBe("/ru/indicators/kz-un-military-observers-women");
    const none = await getJson<{ error: string }>(t.app, "/api/v1/indicators/nothing");
    expect(none.status).toBe(404);
    expect(none.body.error).toBe("not_found");
  });

  it("lists observations flat, filtered by indicator, country and year", async () => {
    const all = await getJson<ListJson<{ indicator: string; value: number }>>(t.app, "/api/v1/observations");
    expect(all.body.total).toBe(3);
    const kz = await getJson<ListJson<{ indicator: string; value: number }>>(
      t.app,
      "/api/v1/observations?country=kz&year=2023",
    );
    expect(kz.body.items.map((o) => o.value).sort()).toEqual([1, 6]);
    const one = await getJson<ListJson<{ value: number }>>(
      t.app,
      "/api/v1/observations?indicator=kz-un-military-observers",
    );
    expect(one.body.items.map((o) => o.value)).toEqual([6]);
    const fr = await getJson<ListJson<unknown>>(t.app, "/api/v1/observations?country=FR");
    expect(fr).toMatchObject({ status: 200, body: { total: 0, items: [] } });
  });

  it("rejects malformed filters with 400 JSON", async () => {
    for (const q of ["country=123", "year=abc", "year=20233", "indicator=%3Cx%3E", "page=0"]) {
      const res = await getJson<{ error: string }>(t.app, `/api/v1/observations?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error).toBe("invalid_request");
    }
  });

  it("downloads observations as CSV", async () => {
    const res = await t.app.inject({ url: "/api/v1/observations.csv?locale=en" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.body).toContain("id,url,indicator,indicatorName,area,country,region,year,value,unit,note");
    expect(res.body).toContain("women-without-mobile-internet");
    expect(res.body).toContain("60000000");
    const ind = await t.app.inject({ url: "/api/v1/indicators.csv" });
    expect(ind.statusCode).toBe(200);
  });

  it("is described in the OpenAPI document", async () => {
    const res = await getJson<{ paths: Record<string, unknown> }>(t.app, "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/indicators", "/api/v1/indicators/{code}", "/api/v1/observations"]),
    );
  });
});

describe("chart choice", () => {
  const obs = (area: string, year: number, value: number) => ({
    id: year * 100 + value,
    area,
    country: area,
    region: null,
    year,
    value,
    valueText: String(value),
  });
  it("shows several areas by area for the latest year, one area by year, a long series as a line", () => {
    const byArea = chartOf([obs("KZ", 2023, 5), obs("KG", 2023, 9), obs("KZ", 2022, 4)]);
    expect(byArea).toMatchObject({ kind: "area", year: 2023 });
    expect(byArea?.kind === "area" && byArea.bars.map((b) => b.area)).toEqual(["KG", "KZ"]);
    expect(chartOf([obs("KZ", 2023, 5), obs("KZ", 2022, 4)])).toMatchObject({ kind: "year", area: "KZ" });
    expect(chartOf([obs("KZ", 2023, 5), obs("KZ", 2022, 4), obs("KZ", 2021, 3)])).toMatchObject({
      kind: "line",
    });
    expect(chartOf([])).toBeUndefined();
  });
});
