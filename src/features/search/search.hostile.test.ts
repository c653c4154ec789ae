import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp } from "../../../test/app.ts";
import { search, suggest } from "./search.service.ts";
import { pathsOf, searchApi } from "./search.testkit.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const words = Array.from({ length: 1500 }, (_, i) => `w${i.toString(36)}ord`).join(" ");

/** Inputs that would break a query built by pasting text into FTS5 MATCH or to_tsquery. */
const HOSTILE = [
  '"',
  '""',
  "*",
  "Bal*",
  "NEAR(",
  "NEAR(Balaeva Aida, 2)",
  "OR",
  "AND",
  "NOT",
  "Balaeva OR",
  "AND Balaeva",
  "-Balaeva",
  "title:Balaeva",
  "{title}: Balaeva",
  ":",
  "^",
  "^Balaeva",
  "(",
  ")",
  "((Balaeva",
  '"Balaeva',
  'Aida "Balaeva',
  'Balaeva" OR "x',
  "!Balaeva & | <-> :*",
  "bal:*A | !x",
  "' OR 1=1 --",
  "'; drop table search_docs; --",
  "Robert'); DELETE FROM people;--",
  "\\",
  "%",
  "_",
  "👩‍💻🌍",
  "Balaeva 👩‍💻",
  "\u202eBalaeva",
  "a".repeat(10_000),
  "Balaeva ".repeat(1250),
  words.slice(0, 10_000),
  "ж".repeat(10_000),
  "",
  "   ",
  "\t\n",
];

describe("hostile queries never cause an error", () => {
  it.each(HOSTILE.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} characters)` : q, q]))(
    "%j answers 200 on the API, the page and the suggestions",
    async (_label, q) => {
      const enc = encodeURIComponent(q);
      const api = await searchApi(t.app, q);
      expect(api.status).toBe(200);
      expect(api.body.total).toBeGreaterThanOrEqual(0);
      expect(api.body.query.length).toBeLessThanOrEqual(200);
      const ru = await getJson(t.app, `/api/v1/search?q=${enc}&locale=ru&type=person`);
      expect(ru.status).toBe(200);
      const page = await getPage(t.app, `/en/search?q=${enc}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain("<h1");
      const sug = await getJson<{ items: unknown[] }>(t.app, `/api/v1/search/suggest?q=${enc}&locale=en`);
      expect(sug.status).toBe(200);
      expect(sug.body.items.length).toBeLessThanOrEqual(8);
    },
  );

  it("NUL bytes in the URL or in a direct call change nothing", async () => {
    const url = await searchApi(t.app, "Bal\u0000aeva");
    expect(url.status).toBe(200);
    expect(pathsOf(url.body)).toContain("/people/aida-balayeva");
    expect((await getPage(t.app, "/en/search?q=%00")).status).toBe(200);
    const direct = await search(t.database, { q: "Bala\u0000eva \u0000", locale: "en" });
    expect(direct.total).toBeGreaterThan(0);
    expect(await suggest(t.database, "\u0000\u0000", "en")).toEqual([]);
  });

  it("an empty query finds nothing and the page shows only the form", async () => {
    const api = await searchApi(t.app, "");
    expect(api.body).toMatchObject({ total: 0, results: [] });
    const page = await getPage(t.app, "/en/search");
    expect(page.status).toBe(200);
    expect(page.html).toContain('name="q"');
    expect(page.html).not.toContain('role="status"');
  });

  it("the index still answers after all that", async () => {
    const { body } = await searchApi(t.app, "Balaeva");
    expect(pathsOf(body)[0]).toBe("/people/aida-balayeva");
  });
});

describe("malformed parameters", () => {
  it.each([
    "page=0",
    "page=-1",
    "page=abc",
    "type=nope",
    "year=abc",
    "year=99999999999999999999",
    "country=123",
    "topic=Not%20a%20slug",
    "pageSize=0",
    "pageSize=1000",
    "locale=xx",
    "q=a&q=b",
  ])("%s answers 400 on the API and the page", async (qs) => {
    const api = await getJson<{ error: string }>(t.app, `/api/v1/search?q=Balaeva&${qs}`);
    expect(api.status).toBe(400);
    expect(api.body.error).toBe("invalid_request");
    if (qs.startsWith("pageSize") || qs.startsWith("locale")) return;
    expect((await getPage(t.app, `/en/search?q=Balaeva&${qs}`)).status).toBe(400);
  });

  it("a well-formed filter that matches nothing gives an empty list", async () => {
    for (const qs of ["country=FR", "topic=no-such-topic", "year=1990", "page=400"]) {
      const { status, body } = await getJson<{ total: number; results: unknown[] }>(
        t.app,
        `/api/v1/search?q=Balaeva&${qs}`,
      );
      expect(status, qs).toBe(200);
      expect(body.results, qs).toEqual([]);
    }
  });
});
