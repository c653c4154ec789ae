import type { FastifyInstance } from "fastify";
import helmet from "helmet";

/**
 * Security headers from helmet, with a strict Content-Security-Policy: no inline script or style, nothing
 * from other origins. helmet's answer does not depend on the request, so it is taken once, at start
 * (@fastify/helmet rebuilt the middleware and re-parsed the policy on every request: about 5 % of the CPU
 * of serving a cached page, see docs/PERFORMANCE.md).
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = headersOf(
  helmet({
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
  }),
);

/** What a helmet middleware sets, read by running it once against a recording response. */
function headersOf(middleware: ReturnType<typeof helmet>): [string, string][] {
  const out: [string, string][] = [];
  const res = {
    setHeader: (name: string, value: unknown) => out.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  middleware({} as never, res as never, () => undefined);
  return out;
}

/** Sets the security headers on every response. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onRequest", (_req, reply, done) => {
    for (const [name, value] of SECURITY_HEADERS) reply.raw.setHeader(name, value);
    done();
  });
}
