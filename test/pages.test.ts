import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../src/i18n/locales.ts";
import { createTestApp, getJson, type TestApp } from "./app.ts";

const BUDGET = 14 * 1024;
const TOTAL_BUDGET = 50 * 1024;
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
/** Brotli size of each asset a page references (stylesheets, scripts, icons, the manifest), by URL. */
const assetBytes = new Map<string, number>();

/** The same-site assets a page loads: stylesheets, scripts, icons, manifest. */
function assetsOf(html: string): { css: string[]; other: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g)].map((m) => m[1] ?? "");
  const scripts = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((m) => m[1] ?? "");
  const links = [
    ...html.matchAll(/<link[^>]+rel="(?:icon|apple-touch-icon|manifest)"[^>]+href="(\/[^"]+)"/g),
  ].map((m) => m[1] ?? "");
  return { css, other: [...scripts, ...links] };
}

/** The service worker (when the page has a script, which registers it) and the icons its manifest names. */
async function workerAndIcons(html: string): Promise<string[]> {
  const out = /<script[^>]+src="\/assets\/suggest\./.test(html) ? ["/sw.js"] : [];
  const manifest = /<link[^>]+rel="manifest"[^>]+href="(\/[^"]+)"/.exec(html)?.[1];
  if (manifest) {
    const res = await t.app.inject({ url: manifest });
    expect(res.statusCode, manifest).toBe(200);
    const icons = (JSON.parse(res.body) as { icons?: { src: string }[] }).icons ?? [];
    out.push(...icons.map((i) => i.src));
  }
  return out;
}

async function sizeOf(url: string): Promise<number> {
  const known = assetBytes.get(url);
  if (known !== undefined) return known;
  const res = await t.app.inject({ url, headers: { "accept-encoding": "br" } });
  expect(res.statusCode, url).toBe(200);
  const bytes =
    res.headers["content-encoding"] === "br"
      ? res.rawPayload.length
      : zlib.brotliCompressSync(res.rawPayload).length;
  assetBytes.set(url, bytes);
  return bytes;
}

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

  it(`weighs at most ${BUDGET} B of HTML+CSS and ${TOTAL_BUDGET} B in all, as sent (brotli)`, async () => {
    const sizes: { url: string; first: number; total: number }[] = [];
    for (const locale of LOCALES) {
      for (const p of paths) {
        const url = `/${locale}${p}`;
        const res = await t.app.inject({ url, headers: { accept: "text/html", "accept-encoding": "br" } });
        const html =
          res.headers["content-encoding"] === "br"
            ? res.rawPayload.length
            : zlib.brotliCompressSync(res.rawPayload).length;
        const text =
          res.headers["content-encoding"] === "br"
            ? zlib.brotliDecompressSync(res.rawPayload).toString()
            : res.body;
        const { css, other } = assetsOf(text);
        let first = html;
        for (const a of css) first += await sizeOf(a);
        let total = first;
        for (const a of other) total += await sizeOf(a);
        // What a visit also downloads: the service worker the page's script registers, the manifest's icons.
        for (const a of await workerAndIcons(text)) total += await sizeOf(a);
        sizes.push({ url, first, total });
      }
    }
    sizes.sort((a, b) => b.first - a.first);
    console.log(
      `heaviest pages (brotli; HTML+CSS / with scripts and icons):\n${sizes
        .slice(0, 5)
        .map((s) => `  ${s.first} B / ${s.total} B  ${s.url}`)
        .join("\n")}`,
    );
    expect(sizes.filter((s) => s.first > BUDGET).map((s) => `${s.url}: ${s.first} B`)).toEqual([]);
    expect(sizes.filter((s) => s.total > TOTAL_BUDGET).map((s) => `${s.url}: ${s.total} B`)).toEqual([]);
  });

  it("has no render-blocking script: every script is external and deferred or async", async () => {
    for (const p of paths) {
      const html = (await t.app.inject({ url: `/en${p}`, headers: { accept: "text/html" } })).body;
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        expect(tag, p).toMatch(/\ssrc="/);
        expect(tag, p).toMatch(/\s(defer|async)(\s|>|=)/);
      }
    }
  });
});
