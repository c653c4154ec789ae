import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import formbody from "@fastify/formbody";
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { type AuditActor, actorOf, recordAudit } from "../audit/audit.service.ts";
import type { Config } from "../config.ts";
import type { Database } from "../db/connection.ts";
import { AppError, ForbiddenError } from "../errors.ts";
import type { CurrentUser } from "./current-user.ts";
import { type Action, can, type Subject } from "./policies.ts";
import { loadSession } from "./sessions.ts";

declare module "fastify" {
  interface FastifyRequest {
    user: CurrentUser | null;
  }
}

/** 401: the action needs a signed-in user. Pages answer it with a redirect to the sign-in page. */
export class UnauthorizedError extends AppError {
  constructor() {
    super(401, "unauthorized", "sign in required");
  }
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** Cookie names: `__Host-` prefixed and Secure when served over HTTPS. */
export function cookieNames(config: Config) {
  return config.secureCookies
    ? { session: "__Host-sid", csrf: "__Host-csrf" }
    : { session: "sid", csrf: "csrf" };
}

/**
 * Sessions, CSRF and form parsing. Every request gets `req.user` (null for visitors). Every state-changing
 * request must carry a valid CSRF token (form field `_csrf` or header `x-csrf-token`), checked before
 * validation: without one it gets a 403 and nothing changes.
 */
export const authPlugin = fp<{ config: Config; database: Database }>(async (app, { config, database }) => {
  const names = cookieNames(config);
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 1_048_576 });
  await app.register(multipart, {
    attachFieldsToBody: "keyValues",
    limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 200, fieldSize: 1_048_576 },
  });
  await app.register(csrf, {
    cookieKey: names.csrf,
    cookieOpts: { path: "/", sameSite: "lax", httpOnly: true, secure: config.secureCookies, signed: false },
    getToken: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const field = body && typeof body === "object" ? body._csrf : undefined;
      if (typeof field === "string") return field;
      const header = req.headers["x-csrf-token"];
      return typeof header === "string" ? header : undefined;
    },
  });

  // JSON clients fetch a token here and send it as `x-csrf-token` (the cookie comes with it).
  app.get(
    "/api/v1/csrf-token",
    { schema: { tags: ["auth"], summary: "A CSRF token for state-changing requests (header x-csrf-token)" } },
    async (_req, reply) => ({ token: reply.generateCsrf() }),
  );

  app.decorateRequest("user", null);
  app.addHook("onRequest", async (req) => {
    const secret = req.cookies[names.session];
    req.user = secret ? await loadSession(database.db, config, secret) : null;
  });
  app.addHook("preValidation", async (req, reply) => {
    if (SAFE.has(req.method)) return;
    await new Promise<void>((resolve, reject) => {
      app.csrfProtection(req, reply, (err?: Error) => (err ? reject(new AppError(403, "csrf")) : resolve()));
    });
  });
});

/** Sets the session cookie (HttpOnly, SameSite=Lax, Secure + __Host- over HTTPS). */
export function setSessionCookie(reply: FastifyReply, config: Config, secret: string): void {
  reply.setCookie(cookieNames(config).session, secret, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.secureCookies,
    maxAge: config.SESSION_ABSOLUTE_HOURS * 3600,
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(cookieNames(config).session, { path: "/", secure: config.secureCookies });
}

/** A fresh CSRF token for a form (also sets its cookie on the reply). */
export function csrfToken(reply: FastifyReply): string {
  return reply.generateCsrf();
}

/** The signed-in user, or a 401. */
export function requireUser(req: FastifyRequest): CurrentUser {
  if (!req.user) throw new UnauthorizedError();
  return req.user;
}

/**
 * Asks the policy; on a refusal writes a `denied` entry to the audit log and throws 401 (visitor) or 403.
 */
export async function authorize(
  req: FastifyRequest,
  database: Database,
  action: Action,
  subject: Subject,
  entity?: { name: string; id?: number | null },
): Promise<void> {
  if (can(req.user, action, subject)) return;
  const actor: AuditActor = actorOf(req);
  await recordAudit(database.db, actor, {
    action: `${action}:${subject.type === "year" || subject.type === "country" || subject.type === "global" ? subject.kind : subject.type}`,
    entity: entity?.name ?? null,
    entityId: entity?.id ?? null,
    outcome: "denied",
  });
  if (!req.user) throw new UnauthorizedError();
  throw new ForbiddenError();
}

export type { FastifyInstance };
