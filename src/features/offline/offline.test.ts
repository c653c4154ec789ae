import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getPage, type TestApp, textOf } from "../../../test/app.ts";
import { LOCALES } from "../../i18n/locales.ts";
import { Messages } from "../../i18n/messages.ts";

const messages = new Messages();

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe("offline reading", () => {
  it("every page links its language's web app manifest, which names the site, its start page and an icon", async () => {
    for (const l of LOCALES) {
      const { html } = await getPage(t.app, `/${l}/events`);
      expect(html, l).toContain(`<link rel="manifest" href="/${l}/manifest.webmanifest"/>`);
      const res = await t.app.inject({ url: `/${l}/manifest.webmanifest` });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("application/manifest+json");
      const m = JSON.parse(res.body) as {
        name: string;
        start_url: string;
        lang: string;
        icons: { src: string }[];
      };
      expect(m.lang).toBe(l);
      expect(m.start_url).toBe(`/${l}/`);
      expect(m.name.length).toBeGreaterThan(10);
      const icon = await t.app.inject({ url: m.icons[0]?.src ?? "" });
      expect(icon.statusCode).toBe(200);
      expect(icon.headers["content-type"]).toBe("image/svg+xml");
    }
    const kk = JSON.parse((await t.app.inject({ url: "/kk/manifest.webmanifest" })).body) as { name: string };
    expect(kk.name).toBe("Орталық Азия елдері әйелдерінің диалогы");
  });

  it("serves the service worker at one fixed address, precompressed, revalidated on every visit", async () => {
    const res = await t.app.inject({ url: "/sw.js", headers: { "accept-encoding": "br" } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/javascript");
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.headers["content-encoding"]).toBe("br");
    const js = zlib.brotliDecompressSync(res.rawPayload).toString();
    expect(js).toContain('addEventListener("fetch"');
    // Signed-in pages are private: the worker keeps only public answers.
    expect(js).toContain("public");
    expect(res.rawPayload.length).toBeLessThan(2048);
  });

  it("has an offline page in every language", async () => {
    for (const l of LOCALES) {
      const { status, html } = await getPage(t.app, `/${l}/offline`);
      expect(status, l).toBe(200);
      expect(textOf(html), l).toContain(messages.for(l)("offline.title"));
    }
  });

  it("answers an unknown language with a translated 404, not a manifest or a page", async () => {
    for (const url of ["/xx/manifest.webmanifest", "/xx/offline", "/EN/offline"]) {
      const res = await t.app.inject({ url, headers: { accept: "text/html" } });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers["content-type"], url).toContain("text/html");
    }
  });
});
