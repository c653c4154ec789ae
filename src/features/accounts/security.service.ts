import type { Kysely } from "kysely";
import { type AuditActor, recordAudit } from "../../audit/audit.service.ts";
import { findUserById } from "../../auth/auth.repo.ts";
import { type CurrentUser, needsSecondFactor } from "../../auth/current-user.ts";
import { verifyPassword } from "../../auth/passwords.ts";
import { nowIso } from "../../auth/tokens.ts";
import type { DB } from "../../db/types.ts";
import { claimTotpStep, countRecoveryCodes, replaceRecoveryCodes, updateUser } from "./accounts.repo.ts";
import { type QrSvg, qrSvg } from "./qr.tsx";
import { countAttempt, retryAfter } from "./throttle.ts";
import { groupedSecret, newRecoveryCodes, newTotpSecret, totpStep, totpUri } from "./totp.ts";

/** What her security page shows. */
export interface SecurityView {
  totpEnabledAt: string | null;
  /** Enrolment started: the QR code and the key to type by hand. */
  enrolment: { qr: QrSvg; key: string } | null;
  recoveryLeft: number;
  /** Her role needs a second factor and she has none yet. */
  mustEnrol: boolean;
  /** Secretariat and admin cannot turn TOTP off. */
  canDisable: boolean;
  /** Whether this session has passed the second factor (or needs none). */
  complete: boolean;
}

/** Loads her security page's view model. */
export async function securityView(db: Kysely<DB>, user: CurrentUser): Promise<SecurityView> {
  const row = await findUserById(db, user.id);
  const privileged = needsSecondFactor(user.allGrants);
  const pendingSecret = row && !row.totp_enabled_at ? row.totp_secret : null;
  return {
    totpEnabledAt: row?.totp_enabled_at ?? null,
    enrolment: pendingSecret
      ? { qr: await qrSvg(totpUri(pendingSecret, user.email)), key: groupedSecret(pendingSecret) }
      : null,
    recoveryLeft: await countRecoveryCodes(db, user.id),
    mustEnrol: privileged && !row?.totp_enabled_at,
    canDisable: !privileged,
    complete: user.secondFactor || (!privileged && !user.totpEnabled),
  };
}

/** Starts (or restarts) TOTP enrolment: a new secret, generated here and kept on the server. */
export async function startEnrolment(db: Kysely<DB>, userId: number): Promise<void> {
  const row = await findUserById(db, userId);
  if (!row || row.totp_enabled_at) return;
  await updateUser(db, userId, { totp_secret: newTotpSecret() }, nowIso());
}

/**
 * Finishes enrolment with a code from her app: TOTP is on and ten recovery codes are issued (returned once,
 * stored hashed). Wrong codes count against the second-factor throttle.
 */
export async function confirmEnrolment(
  db: Kysely<DB>,
  actor: AuditActor,
  userId: number,
  code: string,
): Promise<{ codes: string[] } | "failed" | { retryAfter: number }> {
  const wait = await retryAfter(db, [["secondFactor", userId]]);
  if (wait > 0) return { retryAfter: wait };
  const row = await findUserById(db, userId);
  const step = row?.totp_secret && !row.totp_enabled_at ? totpStep(row.totp_secret, code) : null;
  if (step === null || !(await claimTotpStep(db, userId, step))) {
    await countAttempt(db, [["secondFactor", userId]]);
    await recordAudit(db, actor, {
      action: "totp_enable",
      entity: "user",
      entityId: userId,
      outcome: "failure",
    });
    return "failed";
  }
  const at = nowIso();
  const { codes, hashes } = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { totp_enabled_at: at }, at);
    await replaceRecoveryCodes(trx, userId, hashes);
  });
  await recordAudit(db, actor, {
    action: "totp_enable",
    entity: "user",
    entityId: userId,
    before: { totp_enabled_at: null },
    after: { totp_enabled_at: at, recovery_codes: codes.length },
  });
  return { codes };
}

/** New recovery codes replace the old ones (all old ones stop working). */
export async function regenerateCodes(db: Kysely<DB>, actor: AuditActor, userId: number): Promise<string[]> {
  const { codes, hashes } = newRecoveryCodes();
  await replaceRecoveryCodes(db, userId, hashes);
  await recordAudit(db, actor, {
    action: "recovery_codes_regenerate",
    entity: "user",
    entityId: userId,
    after: { recovery_codes: codes.length },
  });
  return codes;
}

/**
 * Turns TOTP off after checking her password; refused for secretariat and admin (they must keep it).
 */
export async function disableTotp(
  db: Kysely<DB>,
  actor: AuditActor,
  user: CurrentUser,
  password: string,
): Promise<"ok" | "forbidden" | "failed"> {
  if (needsSecondFactor(user.allGrants)) return "forbidden";
  const row = await findUserById(db, user.id);
  if (!row || (await retryAfter(db, [["signInAccount", row.email]])) > 0) return "failed";
  if (!(await verifyPassword(row.password_hash, password.slice(0, 1024)))) {
    await countAttempt(db, [["signInAccount", row.email]]);
    await recordAudit(db, actor, {
      action: "totp_disable",
      entity: "user",
      entityId: user.id,
      outcome: "failure",
    });
    return "failed";
  }
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { totp_secret: null, totp_enabled_at: null }, at);
    await replaceRecoveryCodes(trx, user.id, []);
  });
  await recordAudit(db, actor, {
    action: "totp_disable",
    entity: "user",
    entityId: user.id,
    before: { totp_enabled_at: row.totp_enabled_at },
    after: { totp_enabled_at: null },
  });
  return "ok";
}
