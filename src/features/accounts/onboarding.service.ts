import type { FeatureDeps } from "../../app.ts";
import { type AuditActor, recordAudit } from "../../audit/audit.service.ts";
import { deleteUserSessions, findUserByEmail, findUserById, insertGrant } from "../../auth/auth.repo.ts";
import { PRIVILEGED } from "../../auth/current-user.ts";
import { hashPassword } from "../../auth/passwords.ts";
import { nowIso } from "../../auth/tokens.ts";
import { hasGrant, insertUser, updateUser } from "./accounts.repo.ts";
import { consumeLink, findLink, type InviteData, inviteData, type LiveLink } from "./links.service.ts";

/**
 * Finishes an admin's setup from the CLI's one-time link: her password is set, her address confirmed,
 * any session she had ends. Returns her id, or null when the link is dead.
 */
export async function completeSetup(
  deps: FeatureDeps,
  actor: AuditActor,
  secret: string,
  password: string,
): Promise<number | null> {
  const db = deps.database.db;
  const passwordHash = await hashPassword(password);
  const link = await consumeLink(db, "setup", secret);
  const user = link?.userId ? await findUserById(db, link.userId) : undefined;
  if (!link || !user || user.email !== link.email || user.disabled_at) return null;
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
      action: "account_setup",
      entity: "user",
      entityId: user.id,
      after: { password_set: true },
    },
  );
  return user.id;
}

/** An invitation, read for its page: what it grants, and whether the address already has an account. */
export async function readInvitation(
  deps: FeatureDeps,
  link: LiveLink,
): Promise<{ data: InviteData; existing: boolean } | null> {
  const data = inviteData(link);
  if (!data) return null;
  const existing = await findUserByEmail(deps.database.db, link.email);
  if (existing?.disabled_at) return null;
  return { data, existing: !!existing };
}

/**
 * Accepts an invitation (single use). A new person becomes a confirmed user with a `member` grant and the
 * invited role; an existing user just gains the role. Returns her id, whether she is new, and whether the
 * role needs a second factor; null when the link is dead or the account is disabled.
 */
export async function acceptInvitation(
  deps: FeatureDeps,
  actor: AuditActor,
  secret: string,
  newcomer: { name: string; password: string; locale: string } | null,
): Promise<{ userId: number; created: boolean; privileged: boolean } | null> {
  const db = deps.database.db;
  const passwordHash = newcomer ? await hashPassword(newcomer.password) : null;
  const live = await findLink(db, "invite", secret);
  const before = live ? await findUserByEmail(db, live.email) : undefined;
  if (!live || before?.disabled_at || (!before && !newcomer)) return null;
  const link = await consumeLink(db, "invite", secret);
  const data = link ? inviteData(link) : null;
  if (!link || !data) return null;
  const existing = await findUserByEmail(db, link.email);
  const at = nowIso();
  const grant = { role: data.role, countryCode: data.country, year: data.year, callId: data.callId };
  const userId = await db.transaction().execute(async (trx) => {
    let id = existing?.id;
    if (id === undefined && newcomer) {
      id = await insertUser(trx, {
        email: link.email,
        name: newcomer.name,
        locale: newcomer.locale,
        passwordHash,
        confirmedAt: at,
        at,
      });
      if (data.role !== "member") await insertGrant(trx, { userId: id, role: "member", at });
    }
    if (id === undefined) throw new Error("unreachable");
    if (!(await hasGrant(trx, id, grant))) await insertGrant(trx, { userId: id, ...grant, at });
    return id;
  });
  await recordAudit(
    db,
    { ...actor, userId, email: link.email },
    {
      action: "invitation_accept",
      entity: "user",
      entityId: userId,
      after: {
        email: link.email,
        created: !existing,
        grant: { role: data.role, country: data.country, year: data.year, call: data.callId },
      },
    },
  );
  return { userId, created: !existing, privileged: PRIVILEGED.includes(data.role) };
}
