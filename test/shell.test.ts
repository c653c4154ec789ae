import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, getPage, type TestApp } from "./app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(async () => t.close());

describe("the server shell", () => {
  it("answers /healthz and /readyz", async () => {
    expect((await getJson(t.app, "/healthz")).status).toBe(200);
    expect(await getJson(t.app, "/readyz")).toEqual({ status: 200, body: { status: "ready" } });
  });

  it("redirects / by Accept-Language, Russian by default", async () => {
    const kk = await t.app.inject({ url: "/", headers: { "accept-language": "kk-KZ,kk;q=0.9,en;q=0.5" } });
    expect(kk.statusCode).toBe(302);
    expect(kk.headers.location).toBe("/kk/");
    const none = await t.app.inject({ url: "/" });
    expect(none.headers.location).toBe("/ru/");
    const fr = await t.app.inject({ url: "/", headers: { "accept-language": "fr, en;q=0.3" } });
    expect(fr.headers.location).toBe("/en/");
  });

  it("remembers the language chosen with the switcher, which keeps the reader on the same page", async () => {
    const page = await getPage(t.app, "/en/events/astana-2023?x=1");
    const href = /href="(\/lang\/tg\?next=[^"]+)"[^>]*hreflang="tg"/
      .exec(page.html)?.[1]
      ?.replaceAll("&amp;", "&");
    expect(href).toBe(`/lang/tg?next=${encodeURIComponent("/events/astana-2023?x=1")}`);
    const choose = await t.app.inject({ url: href ?? "" });
    expect(choose.statusCode).toBe(303);
    expect(choose.headers.location).toBe("/tg/events/astana-2023?x=1");
    const cookie = String(choose.headers["set-cookie"]);
    expect(cookie).toMatch(/^dialogue_locale=tg;/);
    expect(cookie).toContain("HttpOnly");
    // Back at the root, the cookie wins over the browser's languages.
    const root = await t.app.inject({
      url: "/",
      headers: { cookie: "dialogue_locale=tg", "accept-language": "kk, en;q=0.5" },
    });
    expect(root.headers.location).toBe("/tg/");
    // A cookie that names no locale of ours is ignored.
    const junk = await t.app.inject({
      url: "/",
      headers: { cookie: "dialogue_locale=xx", "accept-language": "uz" },
    });
    expect(junk.headers.location).toBe("/uz/");
  });

  it("refuses a language switch to another site or an unknown language, setting nothing", async () => {
    for (const next of ["//evil.example/", "https://evil.example/", "/\\evil.example", "nope"]) {
      const res = await t.app.inject({ url: `/lang/kk?next=${encodeURIComponent(next)}` });
      expect(res.statusCode, next).toBe(400);
      expect(res.headers["set-cookie"], next).toBeUndefined();
    }
    const unknown = await t.app.inject({ url: "/lang/fr?next=/" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["set-cookie"]).toBeUndefined();
  });

  it("answers an unknown page with a translated 404 page, no stack trace", async () => {
    const en = await getPage(t.app, "/en/no-such-page");
    expect(en.status).toBe(404);
    expect(en.html).toContain("<title>Error 404");
    expect(en.html).toContain("This page does not exist");
    const ru = await getPage(t.app, "/ru/no-such-page");
    expect(ru.html).toContain("Такой страницы нет");
    expect(ru.html).not.toMatch(/at .*\.ts:\d+/);
  });

  it("answers an unknown API path with JSON 404", async () => {
    const res = await getJson<{ error: string }>(t.app, "/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error).toBe("not_found");
  });

  it("serves the stylesheet under a fingerprinted name with immutable caching", async () => {
    const home = await getPage(t.app, "/en/no-such-page");
    const href = /href="(\/assets\/style\.[0-9a-f]{10}\.css)"/.exec(home.html)?.[1];
    expect(href).toBeDefined();
    const css = await t.app.inject({ url: href! });
    expect(css.statusCode).toBe(200);
    expect(css.headers["cache-control"]).toContain("immutable");
  });

  it("sends assets precompressed in the encoding the browser prefers, the same bytes each time", async () => {
    const home = await getPage(t.app, "/en/no-such-page");
    const href = /href="(\/assets\/style\.[0-9a-f]{10}\.css)"/.exec(home.html)?.[1] ?? "";
    const get = (enc: string) => t.app.inject({ url: href, headers: { "accept-encoding": enc } });
    const plain = await get("identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const br = await get("gzip;q=0.5, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toContain("accept-encoding");
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect((await get("gzip;q=0.5, br")).rawPayload.equals(br.rawPayload)).toBe(true);
    const gz = await get("br;q=0, gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
  });

  it("sends a strict Content-Security-Policy", async () => {
    const res = await t.app.inject({ url: "/healthz" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
