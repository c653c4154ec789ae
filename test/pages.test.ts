import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../src/i18n/locales.ts";
import { createTestApp, getJson, type TestApp } from "./app.ts";

const BUDGET = 14 * 1024;
const LISTS = [
  "chairmanships",
  "events",
  "people",
  "organizations",
  "projects",
  "plans",
  "indicators",
  "news",
  "documents",
];
const FILTERED = [
  "/projects?country=KG",
  "/projects?block=family-and-society",
  "/events?country=KZ",
  "/people?country=KG",
  "/organizations?kind=international",
];

let t: TestApp;
let paths: string[] = [];
let cssBytes = 0;

beforeAll(async () => {
  t = await createTestApp();
  const found = new Set<string>(["/", ...LISTS.map((l) => `/${l}`), ...FILTERED]);
  for (const list of LISTS) {
    const { body } = await getJson<{ items: { url: string }[] }>(
      t.app,
      `/api/v1/${list}?pageSize=100&locale=en`,
    );
    for (const item of body.items) found.add(item.url.replace(/^\/en(?=\/|$)/, ""));
  }
  paths = [...found];
  const home = await t.app.inject({ url: "/en/" });
  const css = /href="(\/assets\/style\.[^"]+\.css)"/.exec(home.body)?.[1] ?? "";
  const cssRes = await t.app.inject({ url: css });
  cssBytes = zlib.brotliCompressSync(cssRes.rawPayload).length;
});
afterAll(async () => t.close());

describe("every public page in every locale", () => {
  it("finds the demo entities through the API", () => {
    // Home, 9 lists, 5 filtered lists, and at least: 5 chairmanships, 11 events, 19 people, 13 projects.
    expect(paths.length).toBeGreaterThan(15 + 5 + 11 + 19 + 13);
  });

  it("answers 200 with a title, one h1 and the language switcher", async () => {
    const failures: string[] = [];
    for (const locale of LOCALES) {
      for (const p of paths) {
        const url = `/${locale}${p}`;
        const res = await t.app.inject({ url, headers: { accept: "text/html" } });
        const html = res.body;
        if (res.statusCode !== 200) failures.push(`${url}: ${res.statusCode}`);
        else if (!/<title>[^<]+<\/title>/.test(html)) failures.push(`${url}: no <title>`);
        else if ((html.match(/<h1[\s>]/g) ?? []).length !== 1) failures.push(`${url}: not exactly one <h1>`);
        else if (!html.includes(`hreflang="kk"`) || !html.includes(`lang="${locale}"`))
          failures.push(`${url}: no switcher`);
      }
    }
    expect(failures).toEqual([]);
  });

  it(`weighs at most ${BUDGET} bytes of HTML+CSS as sent (brotli)`, async () => {
    const sizes: { url: string; bytes: number }[] = [];
    for (const locale of LOCALES) {
      for (const p of paths) {
        const url = `/${locale}${p}`;
        const res = await t.app.inject({ url, headers: { accept: "text/html", "accept-encoding": "br" } });
        const html =
          res.headers["content-encoding"] === "br"
            ? res.rawPayload.length
            : zlib.brotliCompressSync(res.rawPayload).length;
        sizes.push({ url, bytes: html + cssBytes });
      }
    }
    sizes.sort((a, b) => b.bytes - a.bytes);
    console.log(
      `heaviest pages (HTML+CSS, brotli, CSS ${cssBytes} B):\n${sizes
        .slice(0, 5)
        .map((s) => `  ${s.bytes} B  ${s.url}`)
        .join("\n")}`,
    );
    expect(sizes.filter((s) => s.bytes > BUDGET)).toEqual([]);
  });
});
