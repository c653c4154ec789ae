import type { FastifyBaseLogger } from "fastify";
import type { FeatureDeps } from "../../app.ts";
import { type AuditActor, recordAudit } from "../../audit/audit.service.ts";
import { findUserByEmail } from "../../auth/auth.repo.ts";
import type { CurrentUser } from "../../auth/current-user.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/messages.ts";
import { recentInvitations } from "../accounts/accounts.repo.ts";
import { type InviteData, inviteData, issueLink, linkPath } from "../accounts/links.service.ts";
import { absolute, mailLocale, sendMail } from "../accounts/mail.service.ts";
import { describeGrant, type GrantScope } from "../accounts/roles.ts";

/** An invitation in the list. */
export interface InvitationRow {
  email: string;
  role: string;
  sentAt: string;
  expiresAt: string;
  accepted: boolean;
}

/** The recent invitations she may see: all of them for an admin, her own for a secretariat. */
export async function listInvitations(
  deps: FeatureDeps,
  user: CurrentUser,
  t: Translate,
  locale: Locale,
): Promise<InvitationRow[]> {
  const admin = user.grants.some((g) => g.role === "admin");
  const rows = await recentInvitations(deps.database.db, 200);
  const out: InvitationRow[] = [];
  for (const r of rows) {
    const d = inviteData(r);
    if (!d || (!admin && d.invitedBy !== user.id)) continue;
    out.push({
      email: r.email,
      role: describeGrant(t, locale, d),
      sentAt: r.created_at,
      expiresAt: r.expires_at,
      accepted: r.used_at !== null,
    });
    if (out.length >= 50) break;
  }
  return out;
}

/**
 * Sends an invitation: a one-time link (7 days) mailed in the chosen language. The grant is created only
 * when the invitee accepts. Audited.
 */
export async function sendInvitation(
  deps: FeatureDeps,
  log: FastifyBaseLogger,
  actor: AuditActor,
  inviter: CurrentUser,
  o: { email: string; grant: GrantScope; locale: string },
): Promise<void> {
  const db = deps.database.db;
  const existing = await findUserByEmail(db, o.email);
  const data: InviteData = { ...o.grant, locale: o.locale, invitedBy: inviter.id };
  const secret = await issueLink(db, { kind: "invite", email: o.email, userId: existing?.id ?? null, data });
  const locale = mailLocale(o.locale);
  const t = deps.messages.for(locale);
  await sendMail(deps, log, {
    to: o.email,
    locale,
    kind: "invite",
    values: {
      name: existing?.name ?? o.email,
      inviter: inviter.name,
      role: describeGrant(t, locale, o.grant),
      link: absolute(deps, linkPath("invite", locale, secret)),
    },
  });
  await recordAudit(db, actor, {
    action: "invite",
    entity: "user",
    entityId: existing?.id ?? null,
    after: { email: o.email, ...o.grant, locale: o.locale },
  });
}
