import type { FastifyInstance } from "fastify";
import helmet from "helmet";

/**
 * Security headers from helmet, with a strict Content-Security-Policy: no inline script or style, nothing
 * from other origins. The middleware is built once; @fastify/helmet rebuilt it (and re-parsed the policy)
 * on every request, which cost about 5 % of the CPU of serving a cached page (see docs/PERFORMANCE.md).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
  });
  app.addHook("onRequest", (req, reply, done) => {
    headers(req.raw, reply.raw, (err?: unknown) => done(err instanceof Error ? err : undefined));
  });
}
