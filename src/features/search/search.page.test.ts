import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp, textOf } from "../../../test/app.ts";
import { pathsOf, searchApi } from "./search.testkit.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** A query with matches of every type, several countries, topics and years (small words alone are searched). */
const BROAD = "of";

describe("facets, filters and pages", () => {
  it("counts each facet value over the matches, and the counts agree with the filtered results", async () => {
    const { body: all } = await searchApi(t.app, BROAD);
    expect(all.total).toBeGreaterThan(20);
    expect(all.results).toHaveLength(Math.min(all.total, 100));
    const typeSum = all.facets.type.reduce((n, f) => n + f.count, 0);
    expect(typeSum).toBe(all.total);
    expect(all.facets.type.length).toBeGreaterThan(3);
    for (const facet of ["type", "country", "topic", "year"] as const) {
      expect(all.facets[facet].length, facet).toBeGreaterThan(0);
      for (const f of all.facets[facet].slice(0, 4)) {
        const { body } = await searchApi(t.app, BROAD, { [facet]: f.value });
        expect(body.total, `${facet}=${f.value}`).toBe(f.count);
        expect(body.total).toBeLessThanOrEqual(all.total);
        expect(body.facets[facet].find((x) => x.value === f.value)?.active).toBe(true);
      }
    }
  });

  it("narrows by type, country, topic and year, and the filters combine", async () => {
    const { body: people } = await searchApi(t.app, BROAD, { type: "person" });
    expect(people.results.every((r) => r.type === "person")).toBe(true);
    const { body: kz2023 } = await searchApi(t.app, BROAD, { country: "KZ", year: 2023 });
    expect(kz2023.total).toBeGreaterThan(0);
    expect(kz2023.results.every((r) => r.country === "KZ" && r.year === 2023)).toBe(true);
    const { body: gender } = await searchApi(t.app, "Balaeva", { topic: "gender-equality" });
    expect(pathsOf(gender)).toContain("/people/aida-balayeva");
    const { body: health } = await searchApi(t.app, "Balaeva", { topic: "health" });
    expect(pathsOf(health)).not.toContain("/people/aida-balayeva");
    // A facet keeps counting over the other filters only: with type=person, the type facet still lists events.
    expect(people.facets.type.some((f) => f.value === "event" && f.count > 0)).toBe(true);
  });

  it("pages through the results without repeating or losing any", async () => {
    const { body: all } = await searchApi(t.app, BROAD, { pageSize: 40 });
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const { body } = await searchApi(t.app, BROAD, { pageSize: 10, page });
      expect(body.total).toBe(all.total);
      expect(body.page).toBe(page);
      seen.push(...body.results.map((r) => `${r.type}:${r.id}`));
    }
    expect(seen).toEqual(all.results.slice(0, 40).map((r) => `${r.type}:${r.id}`));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("highlights the matched word in the reader's language, whatever script the query was in", async () => {
    const ru = await getJson<{ results: { snippet: string; url: string }[] }>(
      t.app,
      "/api/v1/search?q=Tokayev&locale=ru",
    );
    expect(ru.body.results.some((r) => r.snippet.includes("<mark>Токаев</mark>"))).toBe(true);
    expect(ru.body.results[0]?.url).toBe("/ru/people/kassym-jomart-tokayev");
    const en = await searchApi(t.app, "Токаев");
    expect(en.body.results.some((r) => r.snippet.includes("<mark>Tokayev</mark>"))).toBe(true);
    const page = await getPage(t.app, "/ru/search?q=Tokayev");
    expect(page.html).toContain("<mark>Токаев</mark>");
    expect(page.html).not.toContain("&lt;mark&gt;");
  });
});

describe("the search page", () => {
  it("keeps the query, names it in the title, counts, lists typed results and marks the active facet", async () => {
    const { status, html } = await getPage(t.app, "/en/search?q=Balaeva&type=person");
    expect(status).toBe(200);
    expect(html).toMatch(/<title>[^<]*Balaeva[^<]*<\/title>/);
    expect(html).toContain('value="Balaeva"');
    expect((html.match(/<h1[\s>]/g) ?? []).length).toBe(1);
    const text = textOf(html);
    expect(text).toContain("1 result for “Balaeva”");
    expect(text).toContain("Person Aida Balayeva");
    expect(html).toMatch(/<a href="\/en\/search\?q=Balaeva&amp;type=person" aria-current="true">Person<\/a>/);
    expect(html).toContain('<a href="/en/search?q=Balaeva">All</a>');
    expect(html).toContain('href="/en/people/aida-balayeva"');
  });

  it("paginates long result lists with links that keep the query and filters", async () => {
    const { html } = await getPage(t.app, `/en/search?q=${BROAD}&country=KZ`);
    expect(html).toContain(`href="/en/search?q=${BROAD}&amp;country=KZ&amp;page=2"`);
    const second = await getPage(t.app, `/en/search?q=${BROAD}&country=KZ&page=2`);
    expect(second.status).toBe(200);
    expect(second.html).toContain('rel="prev"');
  });

  it("is reached from the search box on every page, a plain GET form that works without JavaScript", async () => {
    for (const url of [
      "/en/",
      "/ru/events",
      "/kk/people/aida-balayeva",
      "/en/projects?country=KG",
      "/en/nope",
    ]) {
      const { html } = await getPage(t.app, url);
      const locale = url.split("/")[1];
      expect(html, url).toMatch(
        new RegExp(`<search><form method="get" action="/${locale}/search"><label for="site-q">[^<]+</label>`),
      );
      expect(html, url).toContain('<input type="search" id="site-q" name="q"/>');
      expect(html, url).toMatch(/<script src="\/assets\/suggest\.[0-9a-f]{10}\.js" defer><\/script>/);
    }
    // What the browser sends when the form is submitted with JavaScript off.
    const submitted = await getPage(t.app, "/ru/search?q=%D0%9A%D0%BE%D1%88%D0%B0%D0%BD%D0%BE%D0%B2");
    expect(submitted.status).toBe(200);
    expect(textOf(submitted.html)).toContain("Ерлан Кошанов");
  });

  it("serves the suggestions script: small, debounced, no inline code", async () => {
    const { html } = await getPage(t.app, "/en/");
    const src = /<script src="(\/assets\/suggest\.[0-9a-f]{10}\.js)"/.exec(html)?.[1] ?? "";
    const res = await t.app.inject({ url: src });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("javascript");
    expect(res.rawPayload.length).toBeLessThan(1536);
    expect(res.body).toContain("/api/v1/search/suggest");
    expect(res.body).toContain("200");
    expect(html).not.toMatch(/<script>/);
  });
});

describe("suggestions as you type", () => {
  it("answers up to eight titles starting with the typed letters, in the reader's language", async () => {
    const ru = await getJson<{ items: { title: string; url: string; type: string }[] }>(
      t.app,
      "/api/v1/search/suggest?q=Bal&locale=ru",
    );
    expect(ru.status).toBe(200);
    expect(ru.body.items[0]).toEqual({
      title: "Аида Балаева",
      url: "/ru/people/aida-balayeva",
      type: "person",
    });
    const many = await getJson<{ items: unknown[] }>(t.app, "/api/v1/search/suggest?q=di&locale=en");
    expect(many.body.items.length).toBeGreaterThan(0);
    expect(many.body.items.length).toBeLessThanOrEqual(8);
    const none = await getJson<{ items: unknown[] }>(t.app, "/api/v1/search/suggest?q=&locale=en");
    expect(none.body.items).toEqual([]);
  });
});
