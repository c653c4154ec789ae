import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp, textOf } from "../../../test/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface DocJson {
  slug: string;
  url: string;
  kind: string;
  title: string;
  date: string | null;
  event: string | null;
  chairmanship: number | null;
  plan: number | null;
}
interface ListJson<T> {
  items: T[];
  total: number;
}

describe("documents pages", () => {
  it("lists the documents with kind, date and related event", async () => {
    const { status, html } = await getPage(t.app, "/en/documents");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(html).toMatch(/<h1>Documents<\/h1>/);
    expect(text).toContain("Avaza Declaration of the Dialogue of Women of Central Asian Countries");
    expect(text).toContain("Declaration");
    expect(text).toContain("Outcome document");
    expect(text).toContain("Action plan");
    expect(text).toContain("August 6, 2021");
    expect(html).toContain('href="/en/documents/avaza-declaration-2021"');
    expect(html).toContain('href="/en/events/avaza-2021"');
    expect(html).toContain('<label for="f-kind">');
    expect(text.indexOf("Action Plan of the Dialogue")).toBeLessThan(text.indexOf("Avaza Declaration"));
  });

  it("filters by kind and year", async () => {
    const decl = textOf((await getPage(t.app, "/en/documents?kind=declaration")).html);
    expect(decl).toContain("Avaza Declaration");
    expect(decl).not.toContain("Outcome Document of the Ashgabat");
    const y2022 = textOf((await getPage(t.app, "/en/documents?year=2022&kind=")).html);
    expect(y2022).toContain("Outcome Document of the Ashgabat meeting");
    expect(y2022).not.toContain("Avaza Declaration");
    const none = await getPage(t.app, "/en/documents?kind=report");
    expect(none.status).toBe(200);
    expect(textOf(none.html)).toContain("None yet.");
  });

  it("shows a document with its description and links", async () => {
    const { status, html } = await getPage(t.app, "/en/documents/action-plan-2023");
    expect(status).toBe(200);
    const text = textOf(html);
    expect(html).toMatch(
      /<h1>(<span>)?Action Plan of the Dialogue of Women of Central Asian Countries for 2023</,
    );
    expect(text).toContain("Adopted at the Astana meeting on 19 June 2023");
    expect(html).toContain('href="/en/events/astana-2023"');
    expect(html).toContain('href="/en/chairmanships/2023"');
    expect(html).toContain('href="/en/plans/2023"');
  });

  it("speaks Russian on /ru", async () => {
    const text = textOf((await getPage(t.app, "/ru/documents")).html);
    expect(text).toContain("Авазинская декларация");
    expect(text).toContain("Декларация");
    expect(text).toContain("Итоговый документ");
    const doc = textOf((await getPage(t.app, "/ru/documents/avaza-declaration-2021")).html);
    expect(doc).toContain("6 августа 2021");
  });

  it("answers 404 and 400 where it should", async () => {
    expect((await getPage(t.app, "/en/documents/no-such-document")).status).toBe(404);
    expect((await getPage(t.app, "/en/documents?kind=poem")).status).toBe(400);
    expect((await getPage(t.app, "/en/documents?year=abc")).status).toBe(400);
    expect((await getPage(t.app, "/en/documents?year=1066")).status).toBe(400);
  });
});

describe("documents API", () => {
  it("lists and filters documents", async () => {
    const all = await getJson<ListJson<DocJson>>(t.app, "/api/v1/documents?locale=en");
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    const avaza = all.body.items.find((d) => d.slug === "avaza-declaration-2021");
    expect(avaza).toMatchObject({
      url: "/en/documents/avaza-declaration-2021",
      kind: "declaration",
      date: "2021-08-06",
      event: "avaza-2021",
      chairmanship: 2021,
    });
    const plan = await getJson<ListJson<DocJson>>(t.app, "/api/v1/documents?kind=action_plan");
    expect(plan.body.items.map((d) => d.plan)).toEqual([2023]);
    const none = await getJson<ListJson<DocJson>>(t.app, "/api/v1/documents?year=1999");
    expect(none.body).toMatchObject({ total: 0, items: [] });
    const csv = await t.app.inject({ url: "/api/v1/documents.csv?year=2021" });
    expect(csv.body).toContain("avaza-declaration-2021");
    expect(csv.body).not.toContain("action-plan-2023");
  });

  it("answers one document, 404 JSON for unknown ones, 400 for bad filters", async () => {
    const one = await getJson<DocJson>(t.app, "/api/v1/documents/ashgabat-outcome-2022?locale=ru");
    expect(one.status).toBe(200);
    expect(one.body.title).toBe("Итоговый документ Ашхабадской встречи Диалога");
    expect((await getJson(t.app, "/api/v1/documents/none-such")).status).toBe(404);
    expect((await getJson(t.app, "/api/v1/documents?kind=poem")).status).toBe(400);
  });
});
