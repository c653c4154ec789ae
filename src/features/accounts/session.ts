import type { FastifyReply, FastifyRequest } from "fastify";
import type { FeatureDeps } from "../../app.ts";
import { requireUser, setSessionCookie } from "../../auth/auth.plugin.ts";
import { deleteSession } from "../../auth/auth.repo.ts";
import { type CurrentUser, secondFactorPending } from "../../auth/current-user.ts";
import { createSession } from "../../auth/sessions.ts";

/**
 * Starts a new session for a user and sets its cookie. The session she had (if any) ends: the id is
 * rotated at every sign-in and every change of privilege.
 */
export async function startSession(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: FeatureDeps,
  userId: number,
  secondFactor: boolean,
): Promise<void> {
  if (req.user) await deleteSession(deps.database.db, req.user.sessionId);
  const secret = await createSession(deps.database.db, deps.config, userId, {
    secondFactor,
    ip: req.ip ?? null,
    userAgent: req.headers["user-agent"] ?? null,
  });
  setSessionCookie(reply, deps.config, secret);
}

/**
 * Where a signed-in user must go before anything else: the second-factor step when she has TOTP and has
 * not passed it, enrolment when her role needs TOTP and she has none; null when her session is complete.
 */
export function pendingStep(user: CurrentUser, locale: string, next?: string | null): string | null {
  if (!secondFactorPending(user)) return null;
  const q = next ? `?next=${encodeURIComponent(next)}` : "";
  return user.totpEnabled ? `/${locale}/sign-in/totp${q}` : `/${locale}/account/security`;
}

/**
 * The signed-in user with a complete session, or: a 401 (pages redirect to sign-in), or the URL of the step
 * she still owes (the caller redirects there).
 */
export function signedIn(req: FastifyRequest): { user: CurrentUser; step: string | null } {
  const user = requireUser(req);
  return { user, step: pendingStep(user, req.locale, req.method === "GET" ? req.url : null) };
}

/** The place to land after signing in: `next` when safe, else her account page. */
export function landing(locale: string, next: string | null): string {
  return next ?? `/${locale}/account`;
}
