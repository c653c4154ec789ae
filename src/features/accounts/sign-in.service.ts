import type { Kysely } from "kysely";
import { type AuditActor, recordAudit } from "../../audit/audit.service.ts";
import { findUserByEmail, findUserById, grantsOf } from "../../auth/auth.repo.ts";
import { PRIVILEGED } from "../../auth/current-user.ts";
import { PASSWORD_MAX, verifyPassword } from "../../auth/passwords.ts";
import { nowIso } from "../../auth/tokens.ts";
import type { DB } from "../../db/types.ts";
import { claimTotpStep, useRecoveryCode } from "./accounts.repo.ts";
import { clearAttempts, countAttempt, type LimitName, retryAfter } from "./throttle.ts";
import { hashRecoveryCode, looksLikeRecoveryCode, totpStep } from "./totp.ts";

/** What a sign-in attempt came to. `step` is what her session still owes after the password. */
export type SignInResult =
  | { kind: "throttled"; retryAfter: number }
  | { kind: "failed" }
  | { kind: "unconfirmed" }
  | { kind: "ok"; userId: number; step: "none" | "totp" | "enrol" };

/**
 * Checks an e-mail and password. Throttled per account (even unknown ones) and per IP: over the limit,
 * the password is not checked at all. A failure looks and takes the same for known and unknown accounts.
 * Every attempt is written to the audit log.
 */
export async function authenticate(
  db: Kysely<DB>,
  actor: AuditActor,
  email: string,
  password: string,
): Promise<SignInResult> {
  const ip = actor.ip ?? "unknown";
  const limits: [LimitName, string][] = [
    ["signInAccount", email],
    ["signInIp", ip],
  ];
  const audit = (outcome: "success" | "failure", userId: number | null, reason?: string) =>
    recordAudit(
      db,
      { userId, email: email.slice(0, 254), ip: actor.ip },
      {
        action: "sign_in",
        entity: "user",
        entityId: userId,
        outcome,
        after: reason ? { reason } : undefined,
      },
    );
  const wait = await retryAfter(db, limits);
  if (wait > 0) {
    await audit("failure", null, "throttled");
    return { kind: "throttled", retryAfter: wait };
  }
  const user = email ? await findUserByEmail(db, email) : undefined;
  const usableHash = user && !user.disabled_at ? user.password_hash : null;
  // A password longer than any allowed one cannot match; still spend the same time.
  const ok = [...password].length <= PASSWORD_MAX && (await verifyPassword(usableHash, password));
  if (!ok || !user) {
    if ([...password].length > PASSWORD_MAX) await verifyPassword(null, "");
    await countAttempt(db, limits);
    await audit("failure", null, "credentials");
    return { kind: "failed" };
  }
  await clearAttempts(db, "signInAccount", email);
  if (!user.email_confirmed_at) {
    await audit("failure", user.id, "unconfirmed");
    return { kind: "unconfirmed" };
  }
  const privileged = (await grantsOf(db, user.id)).some((g) => PRIVILEGED.includes(g.role));
  await audit("success", user.id);
  return { kind: "ok", userId: user.id, step: user.totp_enabled_at ? "totp" : privileged ? "enrol" : "none" };
}

/** What a second-factor attempt came to. */
export type SecondFactorResult =
  | { kind: "throttled"; retryAfter: number }
  | { kind: "failed" }
  | { kind: "ok" };

/**
 * Checks a 6-digit TOTP code or a recovery code (used up on success). Throttled per user.
 */
export async function verifySecondFactor(
  db: Kysely<DB>,
  actor: AuditActor,
  userId: number,
  code: string,
): Promise<SecondFactorResult> {
  const audit = (outcome: "success" | "failure", method: string) =>
    recordAudit(db, actor, {
      action: "sign_in_second_factor",
      entity: "user",
      entityId: userId,
      outcome,
      after: { method },
    });
  const wait = await retryAfter(db, [["secondFactor", userId]]);
  if (wait > 0) {
    await audit("failure", "throttled");
    return { kind: "throttled", retryAfter: wait };
  }
  const user = await findUserById(db, userId);
  const secret = user?.totp_enabled_at ? user.totp_secret : null;
  let method = "totp";
  let ok = false;
  if (secret && looksLikeRecoveryCode(code)) {
    method = "recovery_code";
    ok = await useRecoveryCode(db, userId, hashRecoveryCode(code), nowIso());
  } else if (secret) {
    const step = totpStep(secret, code);
    ok = step !== null && (await claimTotpStep(db, userId, step));
  }
  if (!ok) {
    await countAttempt(db, [["secondFactor", userId]]);
    await audit("failure", method);
    return { kind: "failed" };
  }
  await clearAttempts(db, "secondFactor", userId);
  await audit("success", method);
  return { kind: "ok" };
}
