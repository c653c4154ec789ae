import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import fresh from "fresh";
import { pickEncoding } from "../http/encoding.ts";
import { SECURITY_HEADERS } from "../http/security-headers.ts";
import type { CachedResponse } from "./render-cache.ts";

/** Visitors' copies may be kept but must be revalidated. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate";

const PAGE_VARY = "accept-encoding";
/** API answers also depend on Accept-Language (the locale when `?locale=` is absent). */
const API_VARY = "accept-encoding, accept-language";

/**
 * Whether the client's copy is current (answer 304): If-None-Match names this ETag (in a list, weakly, or
 * `*`), and the request does not ask for a fresh copy (`Cache-Control: no-cache`). HTTP's rules, as
 * `fresh` (jshttp, the module Express uses) applies them.
 */
export function isFresh(headers: IncomingHttpHeaders, etag: string): boolean {
  return fresh(headers, { etag });
}

/**
 * The key the render cache files an answer under: its URL, plus the negotiated locale for the API (which
 * reads Accept-Language). `locale` is only asked for an API URL.
 */
export function cacheKey(url: string, locale: () => string): string {
  return url.startsWith("/api/") ? `${url}#${locale()}` : url;
}

/** The Vary of a cacheable answer, by its URL. */
export function varyOf(url: string): string {
  return url.startsWith("/api/") ? API_VARY : PAGE_VARY;
}

/**
 * Whether a request's cookies mention the session cookie's name anywhere: then it may be a signed-in user's,
 * and only the full lifecycle (which loads the session) may decide what she sees. Broader than parsing on
 * purpose (`sid =…` still counts), and cheap.
 */
export function mentionsSession(headers: IncomingHttpHeaders, sessionCookie: string): boolean {
  return headers.cookie?.includes(sessionCookie) ?? false;
}

/** Whether a request only reads a page (GET, or HEAD: its headers alone), so a cached answer may serve it. */
export function readsPage(method: string | undefined): boolean {
  return method === "GET" || method === "HEAD";
}

/** What every answer from the cache starts with: the security headers, then Cache-Control. Built once. */
function prefixOf(vary: string): string[] {
  const head: string[] = [];
  for (const [name, value] of SECURITY_HEADERS) head.push(name, value);
  head.push("cache-control", PUBLIC_CACHE_CONTROL, "vary", vary);
  return head;
}
const PAGE_PREFIX = prefixOf(PAGE_VARY);
const API_PREFIX = prefixOf(API_VARY);

/**
 * Writes a cached answer straight to the node:http response, in one `writeHead` (headers as a flat list):
 * the security headers, validators (ETag, Cache-Control, Vary) and the body in the negotiated encoding, or
 * a 304 with the same headers and no body when the client's If-None-Match is current. The one writer of
 * cache hits, for both fast paths (the server factory's and the first onRequest hook's).
 */
export function writeHit(
  url: string,
  headers: IncomingHttpHeaders,
  res: ServerResponse,
  hit: CachedResponse,
): void {
  const head = (url.startsWith("/api/") ? API_PREFIX : PAGE_PREFIX).concat("etag", hit.etag);
  if (isFresh(headers, hit.etag)) {
    res.writeHead(304, head);
    res.end();
    return;
  }
  const encoding = pickEncoding(headers["accept-encoding"]);
  const body = hit[encoding];
  head.push("content-type", hit.contentType, "x-cache", "hit", "content-length", String(body.length));
  if (encoding !== "identity") head.push("content-encoding", encoding);
  res.writeHead(hit.status, head);
  res.end(body);
}
