import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const HOSTILE_QUERIES = [
  "page=abc",
  "page=0",
  "page=-1&pageSize=100000000000000000000",
  "pageSize=0",
  "page=1e3",
  "country=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "country=KZ&country=KG",
  "year=99999999999999999999999",
  "year=abc",
  "kind=%00",
  "topic=%27%20OR%201%3D1--",
  "block=..%2F..%2Fetc%2Fpasswd",
  "format=xml",
  "locale=xx",
  "state=%F0%9F%92%A9",
  `q=${"a".repeat(10_000)}`,
];

const PARAM_VALUES = [
  "en",
  "no-such-thing",
  "%3Cscript%3E",
  "1",
  "99999999999999999999",
  "%00",
  "a".repeat(300),
];

/** Fills a route's :params with a value; :locale with a real locale first so the route itself is reached. */
function fill(url: string, value: string, realLocale: boolean): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => (name === "locale" && realLocale ? "en" : value));
}

describe("hostile input on every GET route", () => {
  it("never answers 5xx and never reflects markup unescaped", async () => {
    const gets = t.app.routeList.filter((r) => r.method === "GET");
    expect(gets.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const route of gets) {
      const urls = new Set<string>();
      for (const v of PARAM_VALUES) {
        urls.add(fill(route.url, v, true));
        urls.add(fill(route.url, v, false));
      }
      const base = fill(route.url, "astana-2023", true);
      for (const q of HOSTILE_QUERIES) urls.add(`${base}?${q}`);
      for (const url of urls) {
        for (const accept of ["text/html", "application/json"]) {
          const res = await t.app.inject({ url, headers: { accept } });
          if (res.statusCode >= 500) failures.push(`${res.statusCode} ${url} (${accept})`);
          if (res.body.includes("<script>")) failures.push(`unescaped <script> in ${url}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("answers a malformed query with a translated 400 naming the field", async () => {
    const en = await t.app.inject({ url: "/en/events?page=abc", headers: { accept: "text/html" } });
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain("Some of the values in this request are not valid");
    expect(en.body).toContain("<code>page</code>");
    const ru = await t.app.inject({ url: "/api/v1/events?page=abc&locale=ru" });
    expect(ru.statusCode).toBe(400);
    expect(ru.json()).toMatchObject({ error: "invalid_request", fields: [{ path: "page" }] });
    expect(ru.json().message).toContain("Некоторые значения");
  });
});
