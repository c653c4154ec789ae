import type { Kysely } from "kysely";
import { type AuditActor, recordAudit } from "../../audit/audit.service.ts";
import { deleteUserSessions, findUserById, insertGrant } from "../../auth/auth.repo.ts";
import { nowIso } from "../../auth/tokens.ts";
import type { DB, RoleName } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/messages.ts";
import { hasGrant, replaceRecoveryCodes, updateUser } from "../accounts/accounts.repo.ts";
import { describeGrant, type GrantScope } from "../accounts/roles.ts";
import { deleteGrant, grantsOfUsers, listUsers } from "./admin.repo.ts";

/** A user as the admin pages show her. */
export interface UserSummary {
  id: number;
  email: string;
  name: string;
  locale: string;
  grants: { id: number; label: string; scope: GrantScope }[];
  confirmed: boolean;
  disabled: boolean;
  totp: boolean;
  createdAt: string;
}

/** One page of users with their roles in words (one query for all their grants). */
export async function usersPage(
  db: Kysely<DB>,
  t: Translate,
  locale: Locale,
  role: RoleName | undefined,
  limit: number,
  offset: number,
): Promise<{ items: UserSummary[]; total: number }> {
  const { rows, total } = await listUsers(db, role, limit, offset);
  const grants = await grantsOfUsers(
    db,
    rows.map((r) => r.id),
  );
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      email: r.email,
      name: r.name,
      locale: r.locale,
      grants: grants
        .filter((g) => g.user_id === r.id)
        .map((g) => {
          const scope: GrantScope = {
            role: g.role,
            country: g.country_code,
            year: g.year,
            callId: g.call_id,
          };
          return { id: g.id, label: describeGrant(t, locale, scope), scope };
        }),
      confirmed: r.email_confirmed_at !== null,
      disabled: r.disabled_at !== null,
      totp: r.totp_enabled_at !== null,
      createdAt: r.created_at,
    })),
  };
}

/** One user for her admin page, or undefined. */
export async function userSummary(
  db: Kysely<DB>,
  t: Translate,
  locale: Locale,
  id: number,
): Promise<UserSummary | undefined> {
  const row = await findUserById(db, id);
  if (!row) return undefined;
  const grants = await grantsOfUsers(db, [id]);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    grants: grants.map((g) => {
      const scope: GrantScope = { role: g.role, country: g.country_code, year: g.year, callId: g.call_id };
      return { id: g.id, label: describeGrant(t, locale, scope), scope };
    }),
    confirmed: row.email_confirmed_at !== null,
    disabled: row.disabled_at !== null,
    totp: row.totp_enabled_at !== null,
    createdAt: row.created_at,
  };
}

/** Disables (every session of hers ends) or enables a user. Audited with before and after. */
export async function setDisabled(
  db: Kysely<DB>,
  actor: AuditActor,
  userId: number,
  disabled: boolean,
): Promise<void> {
  const row = await findUserById(db, userId);
  if (!row) return;
  const at = nowIso();
  await updateUser(db, userId, { disabled_at: disabled ? (row.disabled_at ?? at) : null }, at);
  if (disabled) await deleteUserSessions(db, userId);
  await recordAudit(db, actor, {
    action: disabled ? "user_disable" : "user_enable",
    entity: "user",
    entityId: userId,
    before: { disabled_at: row.disabled_at },
    after: { disabled_at: disabled ? (row.disabled_at ?? at) : null },
  });
}

/** Gives a user a role (once). Audited. */
export async function grantRole(
  db: Kysely<DB>,
  actor: AuditActor,
  userId: number,
  g: GrantScope,
): Promise<void> {
  const scope = { role: g.role, countryCode: g.country, year: g.year, callId: g.callId };
  if (await hasGrant(db, userId, scope)) return;
  await insertGrant(db, { userId, ...scope, at: nowIso() });
  await recordAudit(db, actor, { action: "grant_role", entity: "user", entityId: userId, after: g });
}

/** Takes a role away. Audited. False when she had no such grant. */
export async function revokeRole(
  db: Kysely<DB>,
  actor: AuditActor,
  userId: number,
  grantId: number,
): Promise<boolean> {
  const removed = await deleteGrant(db, userId, grantId);
  if (!removed) return false;
  await recordAudit(db, actor, {
    action: "revoke_role",
    entity: "user",
    entityId: userId,
    before: {
      role: removed.role,
      country: removed.country_code,
      year: removed.year,
      callId: removed.call_id,
    },
  });
  return true;
}

/**
 * Resets her second factor (a lost phone): TOTP and recovery codes are removed and every session of hers
 * ends; a privileged user must enrol again at her next sign-in. Audited.
 */
export async function resetSecondFactor(db: Kysely<DB>, actor: AuditActor, userId: number): Promise<void> {
  const row = await findUserById(db, userId);
  if (!row) return;
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { totp_secret: null, totp_enabled_at: null }, at);
    await replaceRecoveryCodes(trx, userId, []);
    await deleteUserSessions(trx, userId);
  });
  await recordAudit(db, actor, {
    action: "totp_reset",
    entity: "user",
    entityId: userId,
    before: { totp_enabled_at: row.totp_enabled_at },
    after: { totp_enabled_at: null, sessions_ended: "all" },
  });
}
