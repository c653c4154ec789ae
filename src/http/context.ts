import type { IncomingHttpHeaders } from "node:http";
import querystring from "fast-querystring";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { isLocale, type Locale, negotiateLocale } from "../i18n/locales.ts";
import type { Messages, Translate } from "../i18n/messages.ts";

/** What every view needs to know about the request: language, translator, where it is. */
export interface ViewCtx {
  locale: Locale;
  t: Translate;
  /** The path after the locale prefix, with the query, e.g. `/events?page=2`; the language switcher keeps it. */
  path: string;
  /** Fingerprinted stylesheet URL. */
  cssHref: string;
  /** Fingerprinted URL of the search box's suggestions script. */
  suggestHref: string;
  /** The signed-in user (name, and whether she holds an editing role), or null for a visitor. */
  user: { name: string; staff: boolean } | null;
}

declare module "fastify" {
  interface FastifyRequest {
    locale: Locale;
    t: Translate;
  }
}

/** Decides the request's locale: the path prefix, then `?locale=`, then Accept-Language. */
export function resolveLocale(req: FastifyRequest): Locale {
  const first = pathLocale(req.url);
  if (first) return first;
  const q = (req.query as Record<string, unknown> | undefined)?.locale;
  if (isLocale(q)) return q;
  return negotiateLocale(req.headers["accept-language"]);
}

/**
 * The same decision as `resolveLocale` from a raw request's URL and headers, for code that answers before
 * Fastify has made a request object (the render cache's fast path): the query string is split off and
 * parsed the way Fastify's router does it, so both read the same `?locale=`.
 */
export function resolveRawLocale(url: string, headers: IncomingHttpHeaders): Locale {
  const first = pathLocale(url);
  if (first) return first;
  const q = rawQuery(url).locale;
  if (isLocale(q)) return q;
  return negotiateLocale(headers["accept-language"]);
}

/** The locale prefix of a URL's path (`/ru/…`), if it has one: its first segment, before any `?`. */
function pathLocale(url: string): Locale | undefined {
  // Locales are two letters: `/xx` then the end, `/` or `?` (without splitting the URL, on every request).
  if (url.charCodeAt(0) === 47) {
    const next = url.charCodeAt(3);
    const two = url.slice(1, 3);
    return (url.length === 3 || next === 47 || next === 63) && isLocale(two) ? two : undefined;
  }
  const first = url.split("/")[1]?.split("?")[0];
  return isLocale(first) ? first : undefined;
}

/**
 * A raw URL's query, as Fastify's router (find-my-way) gives it to `req.query`: what follows the first `?`
 * or `#` after the leading character, parsed by fast-querystring (repeated keys become arrays).
 */
export function rawQuery(url: string): Record<string, unknown> {
  let at = url.indexOf("?", 1);
  const hash = url.indexOf("#", 1);
  if (hash !== -1 && (at === -1 || hash < at)) at = hash;
  if (at === -1 || at === url.length - 1) return {};
  return querystring.parse(url.slice(at + 1));
}

/** Sets `req.locale` and `req.t` on every request. */
export function attachLocale(req: FastifyRequest, messages: Messages): void {
  req.locale = resolveLocale(req);
  req.t = messages.for(req.locale);
}

let cssHref = "/assets/style.css";
/** Set once at start by the assets module. */
export function setCssHref(href: string): void {
  cssHref = href;
}

let suggestHref = "/assets/suggest.js";
/** Set once at start by the assets module. */
export function setSuggestHref(href: string): void {
  suggestHref = href;
}

/** Builds the view context for a request. */
export function viewCtx(req: FastifyRequest): ViewCtx {
  const rest = req.url.replace(/^\/[a-z]{2}(?=\/|$|\?)/, "");
  const user = req.user
    ? {
        name: req.user.name,
        staff: req.user.grants.some((g) => g.role !== "member" && g.role !== "reviewer"),
      }
    : null;
  return {
    locale: req.locale,
    t: req.t,
    path: rest.startsWith("/") ? rest : `/${rest}`,
    cssHref,
    suggestHref,
    user,
  };
}

/** Sends a full HTML page. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .send(`<!doctype html>${renderToString(page)}`);
}
