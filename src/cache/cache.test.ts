import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, createTestDb, type TestApp } from "../../test/app.ts";
import { buildUser, clientFor } from "../../test/auth.ts";
import { buildApp } from "../app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url, headers: { accept: "text/html", "accept-encoding": "br, gzip", ...headers } });

describe("the render cache", () => {
  it("renders a public page once, then answers from memory, compressed, with an ETag", async () => {
    const first = await get("/en/events/astana-2023");
    expect(first.statusCode).toBe(200);
    expect(first.headers["x-cache"]).toBe("miss");
    const second = await get("/en/events/astana-2023");
    expect(second.headers["x-cache"]).toBe("hit");
    expect(second.headers["content-encoding"]).toBe("br");
    expect(second.headers.etag).toBe(first.headers.etag);
    const html = zlib.brotliDecompressSync(second.rawPayload).toString();
    expect(html).toContain("Yerlan Koshanov");
    const gz = await get("/en/events/astana-2023", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(html);
    const plain = await get("/en/events/astana-2023", { "accept-encoding": "identity" });
    expect(plain.body).toBe(html);
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const first = await get("/en/projects?country=KG");
    const etag = String(first.headers.etag);
    const again = await get("/en/projects?country=KG", { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    const other = await get("/en/projects?country=KG", { "if-none-match": '"stale"' });
    expect(other.statusCode).toBe(200);
    // HTTP's forms of a match: one of a list, a weak validator, any copy at all.
    for (const header of [`"stale", ${etag}`, `W/${etag}`, "*"]) {
      expect((await get("/en/projects?country=KG", { "if-none-match": header })).statusCode, header).toBe(
        304,
      );
    }
    // A reader who asks for a fresh copy gets one.
    const forced = await get("/en/projects?country=KG", {
      "if-none-match": etag,
      "cache-control": "no-cache",
    });
    expect(forced.statusCode).toBe(200);
    expect(forced.body.length).toBeGreaterThan(0);
  });

  it("sends a 304 the validators of the 200 it stands for, on every path", async () => {
    const url = "/en/news";
    const first = await get(url);
    const etag = String(first.headers.etag);
    const expectValidators = (res: Awaited<ReturnType<typeof get>>, cacheControl: string) => {
      expect(res.statusCode).toBe(304);
      expect(res.headers.etag).toBe(etag);
      expect(res.headers["cache-control"]).toBe(cacheControl);
      expect(res.headers.vary).toBe("accept-encoding");
    };
    // A visitor (the first hook's fast path) and one with a stale session cookie (the full lifecycle).
    expectValidators(await get(url, { "if-none-match": etag }), String(first.headers["cache-control"]));
    expectValidators(
      await get(url, { "if-none-match": etag, cookie: "sid=not-a-session" }),
      String(first.headers["cache-control"]),
    );
    // A miss whose fresh rendering is what the client has (the page dropped, then rendered again).
    t.app.renderCache.clear();
    const rendered = await get(url, { "if-none-match": etag });
    expect(rendered.headers["x-cache"]).toBe("miss");
    expectValidators(rendered, String(first.headers["cache-control"]));
  });

  it("sends a signed-in user's 304 with her page's validators", async () => {
    const u = await buildUser(t.database, { email: "cache-304@example.org", grants: [{ role: "member" }] });
    const c = await clientFor(t.app, t.database, t.config, u.id);
    const first = await get("/en/news", { cookie: c.cookie });
    const again = await get("/en/news", { cookie: c.cookie, "if-none-match": String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers["cache-control"]).toBe("private, no-store");
    expect(again.headers.vary).toBe("accept-encoding");
  });

  it("keeps API answers apart by the language they were negotiated in", async () => {
    const en = await t.app.inject({
      url: "/api/v1/people/aida-balayeva",
      headers: { "accept-language": "en" },
    });
    const ru = await t.app.inject({
      url: "/api/v1/people/aida-balayeva",
      headers: { "accept-language": "ru" },
    });
    expect(en.json().name).toBe("Aida Balayeva");
    expect(ru.json().name).toBe("Аида Балаева");
    const enAgain = await t.app.inject({
      url: "/api/v1/people/aida-balayeva",
      headers: { "accept-language": "en" },
    });
    expect(enAgain.headers["x-cache"]).toBe("hit");
    expect(enAgain.json().name).toBe("Aida Balayeva");
  });

  it("renders fresh for a signed-in user and never serves her the visitors' copy", async () => {
    await get("/en/people");
    const u = await buildUser(t.database, {
      email: "cache-reader@example.org",
      name: "Cache Reader",
      grants: [{ role: "member" }],
    });
    const c = await clientFor(t.app, t.database, t.config, u.id);
    const res = await get("/en/people", { cookie: c.cookie });
    expect(res.headers["x-cache"]).toBe("miss");
    expect(res.headers["cache-control"]).toBe("private, no-store");
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toContain("Cache Reader");
  });

  it("does not cache errors, search or account pages", async () => {
    await get("/en/events/no-such-event");
    expect((await get("/en/events/no-such-event")).headers["x-cache"]).toBeUndefined();
    await get("/en/sign-in");
    expect((await get("/en/sign-in")).headers["x-cache"]).toBeUndefined();
  });
});

describe("invalidation", () => {
  it("shows an edit on the very next request, and keeps unrelated pages cached", async () => {
    const u = await buildUser(t.database, {
      email: "sec-cache@example.org",
      grants: [{ role: "secretariat", year: 2023 }],
    });
    const c = await clientFor(t.app, t.database, t.config, u.id);
    const event = await t.database.db
      .selectFrom("events")
      .select("id")
      .where("slug", "=", "astana-2023")
      .executeTakeFirstOrThrow();
    // Warm the pages: the event, a speaker's page (which names the event), the list, and an unrelated event.
    for (const url of [
      "/en/events/astana-2023",
      "/en/people/yerlan-koshanov",
      "/en/events",
      "/en/events/bishkek-2024",
    ]) {
      await get(url);
      expect((await get(url)).headers["x-cache"]).toBe("hit");
    }
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/edit/events/${event.id}`,
      headers: {
        cookie: c.cookie,
        "x-csrf-token": c.csrf,
        "content-type": "application/json",
        accept: "application/json",
      },
      payload: JSON.stringify({ title: { en: "Astana meeting, renamed for the cache test" } }),
    });
    expect(res.statusCode).toBe(200);
    for (const url of ["/en/events/astana-2023", "/en/people/yerlan-koshanov", "/en/events"]) {
      const after = await get(url, { "accept-encoding": "identity" });
      expect(after.headers["x-cache"], url).toBe("miss");
      expect(after.body, url).toContain("Astana meeting, renamed for the cache test");
    }
    expect((await get("/en/events/bishkek-2024")).headers["x-cache"]).toBe("hit");
  });
});

describe("with RENDER_CACHE=off", () => {
  it("renders every request afresh, still compressed and with an ETag", async () => {
    const tdb = await createTestDb();
    const app = await buildApp({
      config: { ...tdb.config, RENDER_CACHE: "off" },
      database: tdb.database,
      logger: false,
    });
    try {
      const req = () =>
        app.inject({
          url: "/en/events/astana-2023",
          headers: { accept: "text/html", "accept-encoding": "br" },
        });
      const first = await req();
      const second = await req();
      expect(first.statusCode).toBe(200);
      expect([first.headers["x-cache"], second.headers["x-cache"]]).toEqual(["miss", "miss"]);
      expect(second.headers["content-encoding"]).toBe("br");
      expect(second.headers.etag).toBe(first.headers.etag);
      expect(zlib.brotliDecompressSync(second.rawPayload).toString()).toContain("Yerlan Koshanov");
      expect(app.renderCache.size).toBe(0);
    } finally {
      await app.close();
      await tdb.close();
    }
  });
});

describe("the fast path for visitors' cache hits", () => {
  it("answers with the same headers as the full lifecycle: security headers, validators, encoding", async () => {
    const url = "/en/people/aida-balayeva";
    const miss = await get(url);
    const hit = await get(url);
    expect([miss.headers["x-cache"], hit.headers["x-cache"]]).toEqual(["miss", "hit"]);
    for (const h of [
      "content-security-policy",
      "x-content-type-options",
      "referrer-policy",
      "x-frame-options",
    ])
      expect(hit.headers[h], h).toBe(miss.headers[h]);
    for (const h of ["etag", "cache-control", "vary", "content-type", "content-encoding"])
      expect(hit.headers[h], h).toBe(miss.headers[h]);
    expect(hit.rawPayload.equals(miss.rawPayload)).toBe(true);
    expect(Number(hit.headers["content-length"])).toBe(hit.rawPayload.length);
    const notModified = await get(url, { "if-none-match": String(hit.headers.etag) });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.headers["content-security-policy"]).toBe(miss.headers["content-security-policy"]);
  });

  it("answers HEAD with a hit's headers and no body, and a stale session's HEAD too", async () => {
    const url = "/en/people/aida-balayeva";
    const hit = await get(url);
    expect(hit.headers["x-cache"]).toBe("hit");
    for (const cookie of [undefined, "sid=not-a-session"]) {
      const head = await t.app.inject({
        method: "HEAD",
        url,
        headers: { accept: "text/html", "accept-encoding": "br, gzip", ...(cookie ? { cookie } : {}) },
      });
      expect(head.statusCode).toBe(200);
      expect(head.headers["x-cache"]).toBe("hit");
      expect(head.headers.etag).toBe(hit.headers.etag);
      expect(head.headers["content-length"]).toBe(hit.headers["content-length"]);
      expect(head.rawPayload.length).toBe(0);
    }
  });

  it("is not taken by a request with a session cookie, even a stale one (the page is still served right)", async () => {
    const url = "/en/events/astana-2023";
    await get(url);
    const stale = await get(url, { cookie: "sid=not-a-session" });
    expect(stale.statusCode).toBe(200);
    expect(zlib.brotliDecompressSync(stale.rawPayload).toString()).toContain("Yerlan Koshanov");
  });
});
