import http from "node:http";
import type { AddressInfo } from "node:net";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawQuery, resolveLocale, resolveRawLocale } from "./context.ts";

// A bare Fastify with the app's router options: what resolveLocale reads (req.query) is what Fastify parsed.
const app = Fastify({ routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 } });
app.get("/*", async (req) => ({
  fastify: resolveLocale(req),
  raw: resolveRawLocale(req.raw.url ?? "", req.headers),
  query: req.query,
}));
let port = 0;
beforeAll(async () => {
  await app.listen({ port: 0, host: "127.0.0.1" });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(async () => app.close());

/** GETs a path as sent on the wire (inject would drop a `#…` the way a URL parser does). */
function probe(path: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          body += c;
        });
        res.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

const CASES: { url: string; lang?: string; want: string }[] = [
  { url: "/kk/events", want: "kk" },
  { url: "/en", want: "en" },
  { url: "/en?locale=kk", want: "en" },
  { url: "/en/", want: "en" },
  { url: "/ru?x=1", lang: "en", want: "ru" },
  { url: "/rux", lang: "en", want: "en" },
  { url: "/r", lang: "en", want: "en" },
  { url: "/", lang: "kk", want: "kk" },
  { url: "/ru#x", lang: "en", want: "en" },
  { url: "/api/v1/events?locale=uz", want: "uz" },
  { url: "/api/v1/events?page=2&locale=tg&pageSize=5", want: "tg" },
  { url: "/api/v1/events?locale=uz", lang: "en", want: "uz" },
  { url: "/api/v1/events", lang: "ky, en;q=0.5", want: "ky" },
  { url: "/api/v1/events", want: "ru" },
  { url: "/api/v1/events?locale=xx", lang: "en", want: "en" },
  // Repeated keys are an array, which is no locale: Accept-Language decides.
  { url: "/api/v1/events?locale=kk&locale=en", lang: "tk", want: "tk" },
  // An encoded key is decoded, as Fastify does.
  { url: "/api/v1/events?%6Cocale=kk", lang: "en", want: "kk" },
  { url: "/api/v1/events?locale=k%6B", want: "kk" },
  { url: "/api/v1/events?", lang: "en", want: "en" },
  { url: "/api/v1/events?x=1#locale=kk", lang: "en", want: "en" },
  // find-my-way splits at "#" as well: the key is then "?locale".
  { url: "/api/v1/events#?locale=kk", lang: "en", want: "en" },
];

describe("resolveRawLocale", () => {
  it.each(CASES)("decides $url (Accept-Language $lang) as Fastify's request does", async (c) => {
    const body = await probe(c.url, c.lang ? { "accept-language": c.lang } : {});
    const got = JSON.parse(body) as { fastify: string; raw: string; query: unknown };
    expect(got.fastify).toBe(c.want);
    expect(got.raw).toBe(c.want);
    expect(rawQuery(c.url)).toEqual(got.query);
  });
});
