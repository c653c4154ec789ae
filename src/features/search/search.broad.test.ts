import { renderToString } from "preact-render-to-string";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { Messages } from "../../i18n/messages.ts";
import { facetTerms } from "./search.query.ts";
import { type SearchParams, search } from "./search.service.ts";
import { SearchPage } from "./search.views.tsx";

/**
 * Broad queries: beyond the count cap, totals and facets are counted over the newest matches only, and
 * filters are matched by the engine through facet terms. The demo data is small, so these tests lower
 * the cap (the fourth argument of `search`) to see that path, and compare it with the exact one.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const messages = new Messages();
const BROAD = "of";
const run = (p: Partial<SearchParams>, cap?: number) =>
  search(t.database, { q: BROAD, locale: "en", pageSize: 200, ...p }, messages.for("en"), cap);
const ids = (r: Awaited<ReturnType<typeof run>>) => r.results.map((h) => `${h.type}:${h.id}`).sort();

describe("a query with more matches than the count cap", () => {
  it("says its total is a lower bound, and counts facets over the newest matches", async () => {
    const exact = await run({});
    expect(exact.totalExact).toBe(true);
    expect(exact.total).toBeGreaterThan(30);
    const capped = await run({}, 10);
    expect(capped.totalExact).toBe(false);
    expect(capped.facetsExact).toBe(false);
    expect(capped.total).toBe(10);
    const sum = capped.facets.type.reduce((n, f) => n + f.count, 0);
    expect(sum).toBe(11);
    // Each capped count is a lower bound of the exact one.
    for (const f of capped.facets.type) {
      const full = exact.facets.type.find((x) => x.value === f.value)?.count ?? 0;
      expect(f.count).toBeLessThanOrEqual(full);
    }
  });

  it("filters by type, country, year and topic through the engine, finding exactly what the exact path finds", async () => {
    const exact = await run({});
    const filters: Partial<SearchParams>[] = [
      { type: "event" },
      { country: "KZ" },
      { year: 2023 },
      { country: "KG", type: "project" },
      { topic: exact.facets.topic[0]?.value },
      { topic: exact.facets.topic.at(-1)?.value, year: 2023 },
    ];
    for (const f of filters) {
      const precise = await run(f);
      const broad = await run(f, 1);
      expect(precise.total, JSON.stringify(f)).toBeGreaterThan(0);
      expect(broad.facetsExact).toBe(false);
      // With few enough filtered matches the filtered total is exact again, and the results are the same set.
      if (precise.total <= 1) continue;
      expect(broad.totalExact, JSON.stringify(f)).toBe(false);
      const wide = await run(f, precise.total);
      expect(wide.total, JSON.stringify(f)).toBe(precise.total);
      expect(ids(wide)).toEqual(ids(precise));
    }
  });

  it("keeps exact title matches first among the newest matches", async () => {
    const r = await search(t.database, { q: "TechnoWomen", locale: "en" }, undefined, 1);
    expect(r.totalExact).toBe(false);
    expect(r.results[0]?.url).toBe("/en/organizations/technowomen");
  });

  it("shows “more than” and lower-bound facet counts on the page", async () => {
    const result = await run({ pageSize: 20 }, 10);
    const html = renderToString(
      SearchPage({
        ctx: {
          locale: "en",
          t: messages.for("en"),
          path: "/search",
          cssHref: "",
          suggestHref: "",
          user: null,
        },
        query: { q: BROAD, page: 1 },
        result,
      }),
    );
    expect(html).toContain("More than 10 results for “of”");
    expect(html).toMatch(/\(\d+\+\)/);
  });
});

describe("facet terms", () => {
  it("cannot be reached by anything a reader types", async () => {
    for (const term of facetTerms({ type: "event", country: "KZ", year: 2023, topics: ["health"] })) {
      const r = await search(t.database, { q: term, locale: "en" });
      expect(r.total, term).toBe(0);
    }
  });
});

describe("the page's results", () => {
  it("are all shown, whether ranking read their displays with their texts or not", async () => {
    // One word: ranking reads only the title matches' texts (with their displays when few), so the page
    // mixes displays read by ranking with displays read for the page.
    const one = await run({});
    expect(one.results.length).toBe(Math.min(one.total, 200));
    // Two words, few matches: ranking reads every match's text and display.
    const two = await search(t.database, { q: "Astana dialogue", locale: "en" }, messages.for("en"));
    expect(two.total).toBeGreaterThan(0);
    expect(two.results.length).toBe(Math.min(two.total, 20));
    for (const hit of [...one.results, ...two.results]) {
      expect(hit.title.text).not.toBe("");
      expect(hit.url).toMatch(/^\/en\/[a-z-]+\//);
    }
  });
});
