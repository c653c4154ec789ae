import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../test/app.ts";
import { buildUser, clientFor } from "../../test/auth.ts";
import { buildApp } from "../app.ts";
import { fastPathAllowed } from "./fast-path.ts";

// The real app on a real socket (inject() bypasses the server, and so the fast path), with quiet logging.
let tdb: TestDb;
let app: FastifyInstance;
let port = 0;
/** Requests that reached Fastify: the fast path answers without them. */
let reached = 0;

beforeAll(async () => {
  tdb = await createTestDb();
  app = await buildApp({ config: tdb.config, database: tdb.database, logger: false });
  // Fastify makes an id for every request it handles, before any hook (its own cache hooks included).
  app.setGenReqId(() => String(++reached));
  await app.listen({ port: 0, host: "127.0.0.1" });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await app.close();
  await tdb.close();
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Whether Fastify saw the request. */
  viaFastify: boolean;
}

/** One request over HTTP, body read as bytes (not decoded). */
function request(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  const before = reached;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: url, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          viaFastify: reached > before,
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

const BROWSER = { accept: "text/html", "accept-encoding": "br, gzip" };
const get = (url: string, headers: Record<string, string> = {}) => request(url, { ...BROWSER, ...headers });
/** The same request through Fastify's whole lifecycle: a cookie that is no session makes the fast path step aside. */
const normal = (url: string, headers: Record<string, string> = {}) =>
  get(url, { ...headers, cookie: "sid=no-such-session" });

/** Headers that must match: all but the ones that differ by nature (the clock, hit or miss). */
function comparable(h: http.IncomingHttpHeaders): Record<string, unknown> {
  const { date: _date, "x-cache": _cache, ...rest } = h;
  return rest;
}

function decode(a: Answer): string {
  const enc = a.headers["content-encoding"];
  if (enc === "br") return zlib.brotliDecompressSync(a.body).toString();
  if (enc === "gzip") return zlib.gunzipSync(a.body).toString();
  return a.body.toString();
}

describe("the server factory's fast path", () => {
  it("answers a cached page without Fastify, with the very headers and bytes of the rendered answer", async () => {
    const url = "/en/people/aida-balayeva";
    const miss = await get(url);
    expect(miss.viaFastify).toBe(true);
    expect(miss.headers["x-cache"]).toBe("miss");
    const hit = await get(url);
    expect(hit.viaFastify).toBe(false);
    expect(hit.headers["x-cache"]).toBe("hit");
    expect(hit.status).toBe(200);
    expect(comparable(hit.headers)).toEqual(comparable(miss.headers));
    expect(hit.body.equals(miss.body)).toBe(true);
    expect(decode(hit)).toContain("Aida Balayeva");
    // Configured as Fastify configures its own server (keep-alive 72 s).
    expect(hit.headers["keep-alive"]).toBe("timeout=72");
    expect(hit.headers["content-security-policy"]).toContain("object-src 'none'");
  });

  it.each([
    ["br, gzip", "br"],
    ["gzip", "gzip"],
    ["gzip;q=1, br;q=0.5", "gzip"],
    ["identity", undefined],
    ["", undefined],
  ])("negotiates Accept-Encoding %j as Fastify's path does", async (acceptEncoding, expected) => {
    const url = "/en/events/astana-2023";
    await get(url);
    const fast = await get(url, { "accept-encoding": acceptEncoding });
    const slow = await normal(url, { "accept-encoding": acceptEncoding });
    expect([fast.viaFastify, slow.viaFastify]).toEqual([false, true]);
    expect(fast.headers["content-encoding"]).toBe(expected);
    expect(comparable(fast.headers)).toEqual(comparable(slow.headers));
    expect(fast.body.equals(slow.body)).toBe(true);
    expect(decode(fast)).toContain("Yerlan Koshanov");
  });

  it("answers 304 to a current If-None-Match with the validators a 200 carries, like Fastify's path", async () => {
    const url = "/en/events";
    const first = await get(url);
    const etag = String(first.headers.etag);
    const fast = await get(url, { "if-none-match": etag });
    const slow = await normal(url, { "if-none-match": etag });
    expect([fast.status, slow.status]).toEqual([304, 304]);
    expect([fast.viaFastify, slow.viaFastify]).toEqual([false, true]);
    expect(fast.body.length).toBe(0);
    expect(fast.headers.etag).toBe(etag);
    expect(fast.headers["cache-control"]).toBe(first.headers["cache-control"]);
    expect(fast.headers.vary).toBe(first.headers.vary);
    expect(comparable(fast.headers)).toEqual(comparable(slow.headers));
    const listed = await get(url, { "if-none-match": `"stale", W/${etag}` });
    expect([listed.status, listed.viaFastify]).toEqual([304, false]);
    const stale = await get(url, { "if-none-match": '"stale"' });
    expect(stale.status).toBe(200);
    expect(decode(stale)).toBe(decode(first));
  });

  it("gives a signed-in user her own fresh page, never the visitors' copy", async () => {
    const url = "/en/people";
    await get(url);
    expect((await get(url)).viaFastify).toBe(false);
    const u = await buildUser(tdb.database, {
      email: "fast-path-reader@example.org",
      name: "Fast Path Reader",
      grants: [{ role: "member" }],
    });
    const c = await clientFor(app, tdb.database, tdb.config, u.id);
    // Her session cookie among others, not first.
    const mine = await get(url, { cookie: `theme=dark; ${c.cookie}` });
    expect(mine.viaFastify).toBe(true);
    expect(mine.headers["cache-control"]).toBe("private, no-store");
    expect(decode(mine)).toContain("Fast Path Reader");
    // Her account page is hers alone, and without the session it is not served at all.
    const account = await get("/en/account", { cookie: c.cookie });
    expect(account.status).toBe(200);
    expect(decode(account)).toContain("fast-path-reader@example.org");
    const anonymous = await get("/en/account");
    expect(anonymous.viaFastify).toBe(true);
    expect(anonymous.status).toBe(303);
  });

  it("shows an edit on the very next request", async () => {
    const url = "/en/events/bishkek-2024";
    await get(url);
    expect((await get(url)).viaFastify).toBe(false);
    const u = await buildUser(tdb.database, {
      email: "fast-path-sec@example.org",
      grants: [{ role: "secretariat", year: 2024 }],
    });
    const c = await clientFor(app, tdb.database, tdb.config, u.id);
    const event = await tdb.database.db
      .selectFrom("events")
      .select("id")
      .where("slug", "=", "bishkek-2024")
      .executeTakeFirstOrThrow();
    const res = await app.inject({
      method: "POST",
      url: `/api/v1/edit/events/${event.id}`,
      headers: { cookie: c.cookie, "x-csrf-token": c.csrf, "content-type": "application/json" },
      payload: JSON.stringify({ title: { en: "Bishkek meeting, renamed for the fast path" } }),
    });
    expect(res.statusCode).toBe(200);
    const after = await get(url);
    expect(after.viaFastify).toBe(true);
    expect(decode(after)).toContain("Bishkek meeting, renamed for the fast path");
    const again = await get(url);
    expect(again.viaFastify).toBe(false);
    expect(decode(again)).toContain("Bishkek meeting, renamed for the fast path");
  });

  it("leaves a miss to Fastify, which renders it and fills the cache", async () => {
    const url = "/en/organizations";
    const first = await get(url);
    expect([first.status, first.viaFastify, first.headers["x-cache"]]).toEqual([200, true, "miss"]);
    const second = await get(url);
    expect([second.status, second.viaFastify, second.headers["x-cache"]]).toEqual([200, false, "hit"]);
    // Not a cached route: never a hit, whatever was asked before.
    for (let i = 0; i < 2; i++) expect((await get("/en/no-such-page")).status).toBe(404);
    expect((await get("/en/no-such-page")).viaFastify).toBe(true);
  });

  it("files each query string under its own key", async () => {
    const urls = ["/en/projects", "/en/projects?country=KG", "/en/projects?country=KZ"];
    const bodies: string[] = [];
    for (const url of urls) {
      await get(url);
      const fast = await get(url, { "accept-encoding": "identity" });
      const slow = await normal(url, { "accept-encoding": "identity" });
      expect(fast.viaFastify, url).toBe(false);
      expect(fast.body.toString(), url).toBe(slow.body.toString());
      bodies.push(fast.body.toString());
    }
    expect(new Set(bodies).size).toBe(urls.length);
  });

  it("answers the API in the language Fastify would pick, from ?locale= or Accept-Language", async () => {
    const url = "/api/v1/people/aida-balayeva";
    const name = async (u: string, lang: string) => {
      const a = await request(u, { "accept-language": lang });
      return { name: (JSON.parse(a.body.toString()) as { name: string }).name, viaFastify: a.viaFastify };
    };
    await name(url, "en");
    await name(url, "ru");
    expect(await name(url, "en")).toEqual({ name: "Aida Balayeva", viaFastify: false });
    expect(await name(url, "ru")).toEqual({ name: "Аида Балаева", viaFastify: false });
    await name(`${url}?locale=en`, "ru");
    expect(await name(`${url}?locale=en`, "ru")).toEqual({ name: "Aida Balayeva", viaFastify: false });
    // The query is decoded as Fastify decodes it (an encoded key is still `locale`).
    const encoded = `${url}?%6Cocale=en`;
    await name(encoded, "ru");
    expect(await name(encoded, "ru")).toEqual({ name: "Aida Balayeva", viaFastify: false });
  });

  it("answers HEAD from the cache with GET's headers and no body, and leaves other methods to Fastify", async () => {
    const url = "/en/chairmanships";
    await get(url);
    const hit = await get(url);
    expect(hit.viaFastify).toBe(false);
    const head = await request(url, BROWSER, "HEAD");
    expect([head.status, head.viaFastify, head.body.length]).toEqual([200, false, 0]);
    expect(comparable(head.headers)).toEqual(comparable(hit.headers));
    expect(head.headers["content-length"]).toBe(String(hit.body.length));
    const post = await request(url, BROWSER, "POST");
    expect(post.viaFastify).toBe(true);
    expect(post.status).toBeGreaterThanOrEqual(400);
    expect(post.headers["x-cache"]).toBeUndefined();
  });

  it("never answers search: every search is rendered by Fastify", async () => {
    const url = `/en/search?q=${encodeURIComponent("Balayeva")}`;
    for (let i = 0; i < 2; i++) {
      const a = await get(url);
      expect(a.viaFastify).toBe(true);
      expect(a.headers["x-cache"]).toBeUndefined();
      expect(decode(a)).toContain("Aida Balayeva");
    }
  });

  it("runs only when requests are not logged", () => {
    expect(["info", "debug", "trace"].map((l) => fastPathAllowed(l as "info", true))).toEqual([
      false,
      false,
      false,
    ]);
    expect(["warn", "error", "fatal", "silent"].map((l) => fastPathAllowed(l as "warn", true))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(fastPathAllowed("info", false)).toBe(true);
  });
});
