import http from "node:http";
import type { FastifyServerFactory } from "fastify";
import type { Config } from "../config.ts";
import { resolveRawLocale } from "../http/context.ts";
import { cacheKey, mentionsSession, readsPage, writeHit } from "./hit.ts";
import type { RenderCache } from "./render-cache.ts";

/** Log levels at which Fastify logs nothing per request, so answering without it loses no log line. */
const QUIET = new Set<Config["LOG_LEVEL"]>(["warn", "error", "fatal", "silent"]);

/**
 * Whether the fast path may run: only when requests are not logged (LOG_LEVEL warn or quieter, or no logger
 * at all), since what it answers never reaches Fastify's request logging.
 */
export function fastPathAllowed(level: Config["LOG_LEVEL"], logger: boolean): boolean {
  return !logger || QUIET.has(level);
}

/**
 * The fast path for the commonest request of all, a visitor's GET of a page in the render cache: answered
 * from node:http's own request handler, before Fastify makes a request, routes it or runs a hook. The
 * answer is the one the cache plugin would give (`writeHit`: same headers, encoding, 304); a HEAD gets the
 * same headers without the body (node:http drops the body of an answer to HEAD). Anything else (another
 * method, a session cookie, a body, a miss, the app closing) goes to Fastify unchanged.
 *
 * Build it before the app (its `serverFactory` is a Fastify option), then `attach` the app's cache once
 * the app is ready and `close` it when the app starts closing (Fastify then answers 503).
 */
export class CacheFastPath {
  private cache: RenderCache | undefined;

  /** @param sessionCookie the session cookie's name: a request whose cookies mention it goes to Fastify */
  constructor(private readonly sessionCookie: string) {}

  /** Starts answering from the app's render cache. */
  attach(cache: RenderCache): void {
    this.cache = cache;
  }

  /** Stops answering: every request goes to Fastify. */
  close(): void {
    this.cache = undefined;
  }

  /**
   * Fastify's `serverFactory`: a node:http server that tries the fast path first, configured the way
   * Fastify configures the server it makes itself (keep-alive, request and connection timeouts).
   */
  readonly serverFactory: FastifyServerFactory = (handler, opts) => {
    const o = opts as {
      http?: http.ServerOptions;
      keepAliveTimeout: number;
      requestTimeout: number;
      connectionTimeout: number;
      maxRequestsPerSocket?: number;
    };
    const server = http.createServer(o.http ?? {}, (req, res) => {
      if (!this.answer(req, res)) handler(req, res);
    });
    server.keepAliveTimeout = o.keepAliveTimeout;
    server.requestTimeout = o.requestTimeout;
    server.setTimeout(o.connectionTimeout);
    if (o.maxRequestsPerSocket && o.maxRequestsPerSocket > 0)
      server.maxRequestsPerSocket = o.maxRequestsPerSocket;
    return server;
  };

  /** Answers a visitor's GET or HEAD from the cache and returns true, or returns false for Fastify to answer. */
  answer(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const cache = this.cache;
    const url = req.url;
    if (!cache || !readsPage(req.method) || !url) return false;
    const headers = req.headers;
    if (mentionsSession(headers, this.sessionCookie)) return false;
    // A GET with a body is odd enough to leave to Fastify.
    if (headers["transfer-encoding"] !== undefined || (headers["content-length"] ?? "0") !== "0")
      return false;
    const hit = cache.get(cacheKey(url, () => resolveRawLocale(url, headers)));
    if (!hit) return false;
    writeHit(url, headers, res, hit);
    return true;
  }
}
