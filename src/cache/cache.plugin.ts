import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../db/connection.ts";
import { resolveLocale } from "../http/context.ts";
import { encodeOne, ONE_OFF_QUALITY, pickEncoding } from "../http/encoding.ts";
import { type CacheBus, createCacheBus } from "./bus.ts";
import {
  cacheKey,
  isFresh,
  mentionsSession,
  PUBLIC_CACHE_CONTROL,
  readsPage,
  varyOf,
  writeHit,
} from "./hit.ts";
import { lookupsFor } from "./lookups.ts";
import { type CachedResponse, etagOf, RenderCache } from "./render-cache.ts";
import { tagStore } from "./tags.ts";
import { countEveryTime, type TotalOf, totalKey } from "./totals.ts";
import { translationCacheFor } from "./translation-cache.ts";
import { runWriteScope, writtenTags } from "./write-tags.ts";

/**
 * Which GET routes are public reads, cached for visitors, and which list tags each adds. One table, here:
 * search, accounts, editing, administration and file downloads are never cached.
 */
const LISTS: Record<string, string[]> = {
  "/:locale": ["event", "project", "plan", "plan_item", "chairmanship"],
  chairmanships: ["chairmanship", "event"],
  events: ["event"],
  people: ["person", "position"],
  organizations: ["organization"],
  projects: ["project", "block"],
  plans: ["plan", "plan_item"],
  "plan-items": ["plan_item"],
  indicators: ["indicator", "observation"],
  observations: ["observation"],
  news: ["news"],
  documents: ["document"],
  countries: [],
  topics: ["topic"],
};

/**
 * The list tags of a cacheable route, or undefined when the route is not cached. A detail page (`…/:slug`)
 * has none: what it lists (an event's sessions, a plan's items) points back to it, so a change there
 * already invalidates it by reference.
 */
export function cacheableRoute(url: string): string[] | undefined {
  if (url === "/:locale") return LISTS["/:locale"];
  const m = /^\/(?::locale|api\/v1)\/([a-z-]+?)(\.csv)?(\/:[a-z]+)?$/.exec(url);
  const lists = m?.[1] ? LISTS[m[1]] : undefined;
  if (!lists) return undefined;
  return m?.[3] ? [] : lists;
}

/**
 * How a public list route counts its rows: the total for the same filters is kept until a write to what the
 * route lists (its list tags) drops it. Outside a cacheable route, it counts every time.
 */
export function listTotalOf(req: FastifyRequest): TotalOf {
  const lists = req.routeOptions.config.cacheLists;
  if (!lists || req.method !== "GET") return countEveryTime;
  const route = (req.routeOptions.url ?? "").replace(/\.csv$/, "");
  const filters = (req.query ?? {}) as object;
  const tags = lists.map((l) => `list:${l}`);
  return (list, count, also = []) =>
    req.server.renderCache.totals.get(
      totalKey(`${route}#${list}`, req.locale, filters),
      [...tags, ...also],
      count,
    );
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** List tags of a cached public route (set by the cache plugin's onRoute). */
    cacheLists?: string[];
  }
  interface FastifyInstance {
    renderCache: RenderCache;
    cacheBus: CacheBus;
  }
}

/** The key of a request: its URL, plus the negotiated locale for the API (which reads Accept-Language). */
function keyOf(req: FastifyRequest): string {
  return cacheKey(req.url, () => req.locale);
}

function send(req: FastifyRequest, reply: FastifyReply, e: CachedResponse): Buffer {
  validators(req, reply, e.etag, false);
  const encoding = pickEncoding(req.headers["accept-encoding"]);
  if (encoding !== "identity") reply.header("content-encoding", encoding);
  return e[encoding];
}

/**
 * A page rendered for one request only (a signed-in user's, or any with RENDER_CACHE=off): compressed
 * in the one encoding this browser takes, at a quick level (ONE_OFF_QUALITY).
 */
function sendOnce(req: FastifyRequest, reply: FastifyReply, body: Buffer): Buffer | string {
  const etag = etagOf(body);
  validators(req, reply, etag, !!req.user);
  if (isFresh(req.headers, etag)) {
    reply.code(304);
    return "";
  }
  const encoding = pickEncoding(req.headers["accept-encoding"]);
  if (encoding !== "identity") reply.header("content-encoding", encoding);
  return encodeOne(body, encoding, ONE_OFF_QUALITY);
}

/**
 * ETag, Cache-Control and Vary: on every answer of a cacheable route, 304s included (a 304 must carry the
 * headers a 200 would, RFC 9110 §15.4.5, or a cache keeps stale ones).
 */
function validators(req: FastifyRequest, reply: FastifyReply, etag: string, fresh: boolean): void {
  reply.header("etag", etag);
  // Visitors' copies may be kept but must be revalidated; a signed-in user's page is hers alone.
  reply.header("cache-control", fresh ? "private, no-store" : PUBLIC_CACHE_CONTROL);
  reply.header("vary", varyOf(req.url));
}

/**
 * The fast path inside Fastify, for a visitor's GET of a cached page: answered as the first onRequest hook,
 * headers and body written at once to the socket (the security headers are static), and the rest of
 * Fastify's lifecycle skipped. A request with a session cookie, or a miss, goes the normal way (and
 * `serveFromCache` below still answers a hit for a visitor whose cookie turned out to be stale). With
 * quiet logging, the server factory's fast path (fast-path.ts) answers these before Fastify; this one
 * serves when requests are logged, and `inject()`, which bypasses the server.
 */
export function cacheFastPath(sessionCookie: string) {
  return (req: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    if (
      !readsPage(req.method) ||
      !req.routeOptions.config.cacheLists ||
      mentionsSession(req.headers, sessionCookie)
    ) {
      done();
      return;
    }
    const hit = req.server.renderCache.get(
      req.url.startsWith("/api/") ? `${req.url}#${resolveLocale(req)}` : req.url,
    );
    if (!hit) {
      done();
      return;
    }
    reply.hijack();
    writeHit(req.url, req.headers, reply.raw, hit);
  };
}

/**
 * Answers a visitor's request from the cache (304 when her copy is current). An onRequest hook that must run
 * AFTER the locale and session hooks: `req.user` and `req.locale` decide whether and what to serve.
 */
export function serveFromCache(req: FastifyRequest, reply: FastifyReply, done: () => void): void {
  if (req.user || !readsPage(req.method) || !req.routeOptions.config.cacheLists) {
    done();
    return;
  }
  const hit = req.server.renderCache.get(keyOf(req));
  if (!hit) {
    done();
    return;
  }
  // Answering from a hook: send, and do not call done() (Fastify's rule for early replies).
  if (isFresh(req.headers, hit.etag)) {
    validators(req, reply, hit.etag, false);
    reply.code(304).send();
    return;
  }
  reply
    .code(hit.status)
    .type(hit.contentType)
    .header("x-cache", "hit")
    .send(send(req, reply, hit));
}

/**
 * The render cache: public pages and API answers are rendered once per change of the data they show, kept
 * compressed (brotli, gzip) with an ETag, and answered with 304 to a matching If-None-Match. Visitors only;
 * signed-in users get fresh pages (compressed here too, since these routes bypass @fastify/compress).
 * Must be registered BEFORE @fastify/compress so its onRoute can take these routes out of it.
 */
export const cachePlugin = fp<{ database: Database; maxEntries?: number; enabled?: boolean }>(
  async (app, opts) => {
    // Disabled (RENDER_CACHE=off, for measuring uncached rendering), pages are rendered and compressed
    // cheaply on every request, as for a signed-in user; invalidation still runs.
    const cache = new RenderCache(
      opts.enabled === false ? 0 : opts.maxEntries,
      translationCacheFor(opts.database.db),
      lookupsFor(opts.database.db),
    );
    const bus = await createCacheBus(opts.database, cache, opts.database.url ?? "", app.log);
    app.decorate("renderCache", cache);
    app.decorate("cacheBus", bus);
    app.addHook("onClose", async () => bus.close());

    app.addHook("onRoute", (route) => {
      // Fastify's own HEAD twin of a GET route comes here on its own, with a copy of the GET's options.
      if (![route.method].flat().some(readsPage)) return;
      const lists = cacheableRoute(route.url);
      if (!lists) return;
      route.config = { ...(route.config ?? {}), cacheLists: lists };
      route.compress = false;
    });

    // Every cacheable request renders inside its own tag set (AsyncLocalStorage, entered for the rest of
    // the request's lifecycle, the way @fastify/request-context does it).
    app.addHook("onRequest", (req, _reply, done) => {
      // A state-changing request collects the tags of what it changes (see write-tags.ts).
      if (req.method !== "GET" && req.method !== "HEAD") return runWriteScope(bus, done);
      const lists = req.routeOptions.config.cacheLists;
      if (!lists) return done();
      tagStore.run(new Set(lists.map((l) => `list:${l}`)), done);
    });

    app.addHook("onSend", async (req, reply, payload) => {
      // Before a write's answer leaves, this process drops what the write touched: the next request is fresh.
      const written = writtenTags();
      if (written && written.size > 0) bus.invalidate([...written]);
      if (!req.routeOptions.config.cacheLists || req.method !== "GET" || reply.statusCode !== 200)
        return payload;
      if (reply.getHeader("x-cache") === "hit") return payload;
      if (reply.getHeader("content-encoding") || (typeof payload !== "string" && !Buffer.isBuffer(payload)))
        return payload;
      const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
      const type = String(reply.getHeader("content-type") ?? "application/octet-stream");
      const tags = tagStore.getStore() ?? new Set<string>();
      reply.header("x-cache", "miss");
      if (req.user || !cache.enabled) return sendOnce(req, reply, body);
      const entry = cache.set(keyOf(req), 200, type, body, tags);
      if (isFresh(req.headers, entry.etag)) {
        validators(req, reply, entry.etag, false);
        reply.code(304);
        return "";
      }
      return send(req, reply, entry);
    });
  },
);
