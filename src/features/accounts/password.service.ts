import type { FastifyBaseLogger } from "fastify";
import type { FeatureDeps } from "../../app.ts";
import { type AuditActor, recordAudit } from "../../audit/audit.service.ts";
import { deleteUserSessions, findUserByEmail, findUserById } from "../../auth/auth.repo.ts";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import { nowIso } from "../../auth/tokens.ts";
import { deleteOtherSessions, updateUser } from "./accounts.repo.ts";
import { consumeLink, issueLink, linkPath } from "./links.service.ts";
import { absolute, mailLocale, sendMail } from "./mail.service.ts";
import { countAttempt, retryAfter, spend } from "./throttle.ts";

/** Mails a reset link (1 hour, single use) when the address belongs to an enabled account; else nothing. */
export async function requestReset(
  deps: FeatureDeps,
  log: FastifyBaseLogger,
  actor: AuditActor,
  email: string,
): Promise<void> {
  const db = deps.database.db;
  const user = await findUserByEmail(db, email);
  await recordAudit(db, actor, {
    action: "password_reset_request",
    entity: "user",
    entityId: user?.id ?? null,
    outcome: user && !user.disabled_at ? "success" : "failure",
    after: { email: email.slice(0, 254) },
  });
  if (!user || user.disabled_at) return;
  if (!(await spend(db, "mailPerAddress", user.email))) return;
  const locale = mailLocale(user.locale);
  const secret = await issueLink(db, { kind: "reset", email: user.email, userId: user.id });
  await sendMail(deps, log, {
    to: user.email,
    locale,
    kind: "reset",
    values: { name: user.name, link: absolute(deps, linkPath("reset", locale, secret)) },
  });
}

/** Tells her that her password changed (in her language), with a way to act if it was not her. */
async function mailPasswordChanged(
  deps: FeatureDeps,
  log: FastifyBaseLogger,
  user: { email: string; name: string; locale: string },
) {
  const locale = mailLocale(user.locale);
  await sendMail(deps, log, {
    to: user.email,
    locale,
    kind: "passwordChanged",
    values: { name: user.name, reset: absolute(deps, `/${locale}/password-reset`) },
  });
}

/**
 * Sets a new password from a reset link: the link is used up, her address counts as confirmed, every
 * session of hers ends, the change is audited and she gets a mail. False when the link is dead.
 */
export async function resetPassword(
  deps: FeatureDeps,
  log: FastifyBaseLogger,
  actor: AuditActor,
  secret: string,
  password: string,
): Promise<boolean> {
  const db = deps.database.db;
  const passwordHash = await hashPassword(password);
  const link = await consumeLink(db, "reset", secret);
  const user = link?.userId ? await findUserById(db, link.userId) : undefined;
  if (!link || !user || user.email !== link.email || user.disabled_at) return false;
  const at = nowIso();
  await updateUser(
    db,
    user.id,
    { password_hash: passwordHash, email_confirmed_at: user.email_confirmed_at ?? at },
    at,
  );
  await deleteUserSessions(db, user.id);
  await recordAudit(
    db,
    { ...actor, userId: user.id, email: user.email },
    {
      action: "password_reset",
      entity: "user",
      entityId: user.id,
      after: { password_changed: true, sessions_ended: "all" },
    },
  );
  await mailPasswordChanged(deps, log, user);
  return true;
}

/**
 * Changes her password from her security page: the current one must be right. Every other session ends
 * (the caller starts a fresh one for this browser).
 */
export async function changePassword(
  deps: FeatureDeps,
  log: FastifyBaseLogger,
  actor: AuditActor,
  userId: number,
  keepSessionId: string,
  current: string,
  password: string,
): Promise<"ok" | "failed" | { retryAfter: number }> {
  const db = deps.database.db;
  const user = await findUserById(db, userId);
  if (!user) return "failed";
  const wait = await retryAfter(db, [["signInAccount", user.email]]);
  if (wait > 0) return { retryAfter: wait };
  if (!(await verifyPassword(user.password_hash, current.slice(0, 1024)))) {
    await countAttempt(db, [["signInAccount", user.email]]);
    await recordAudit(db, actor, {
      action: "password_change",
      entity: "user",
      entityId: userId,
      outcome: "failure",
    });
    return "failed";
  }
  const at = nowIso();
  await updateUser(db, userId, { password_hash: await hashPassword(password) }, at);
  await deleteOtherSessions(db, userId, keepSessionId);
  await recordAudit(db, actor, {
    action: "password_change",
    entity: "user",
    entityId: userId,
    after: { password_changed: true, sessions_ended: "others" },
  });
  await mailPasswordChanged(deps, log, user);
  return "ok";
}
