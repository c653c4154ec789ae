import type { FastifyBaseLogger } from "fastify";
import type { FeatureDeps } from "../../app.ts";
import { type AuditActor, recordAudit } from "../../audit/audit.service.ts";
import { findUserByEmail, findUserById, insertGrant } from "../../auth/auth.repo.ts";
import { hashPassword } from "../../auth/passwords.ts";
import { nowIso } from "../../auth/tokens.ts";
import { insertUser, updateUser } from "./accounts.repo.ts";
import { consumeLink, issueLink, linkPath } from "./links.service.ts";
import { absolute, mailLocale, sendMail } from "./mail.service.ts";
import { spend } from "./throttle.ts";

type Deps = FeatureDeps;

/** Sends a confirmation link to an unconfirmed user (at most a few per hour per address). */
async function mailConfirmation(
  deps: Deps,
  log: FastifyBaseLogger,
  user: { id: number; email: string; name: string; locale: string },
): Promise<void> {
  if (!(await spend(deps.database.db, "mailPerAddress", user.email))) return;
  const locale = mailLocale(user.locale);
  const secret = await issueLink(deps.database.db, { kind: "confirm", email: user.email, userId: user.id });
  await sendMail(deps, log, {
    to: user.email,
    locale,
    kind: "confirm",
    values: { name: user.name, link: absolute(deps, linkPath("confirm", locale, secret)) },
  });
}

/**
 * Registers a member: an unconfirmed user with a `member` grant, and a confirmation mail in the page's
 * language. When the address is already registered, nothing is created and its owner gets a mail instead;
 * the caller answers the same either way (the password is hashed either way, for equal timing).
 */
export async function signUp(
  deps: Deps,
  log: FastifyBaseLogger,
  actor: AuditActor,
  input: { name: string; email: string; password: string; locale: string },
): Promise<void> {
  const db = deps.database.db;
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(db, input.email);
  if (existing) {
    await recordAudit(db, actor, {
      action: "sign_up",
      entity: "user",
      entityId: existing.id,
      outcome: "failure",
      after: { reason: "exists" },
    });
    if (existing.disabled_at) return;
    if (!existing.email_confirmed_at) return mailConfirmation(deps, log, existing);
    if (!(await spend(db, "mailPerAddress", existing.email))) return;
    const locale = mailLocale(existing.locale);
    await sendMail(deps, log, {
      to: existing.email,
      locale,
      kind: "alreadyRegistered",
      values: {
        name: existing.name,
        signIn: absolute(deps, `/${locale}/sign-in`),
        reset: absolute(deps, `/${locale}/password-reset`),
      },
    });
    return;
  }
  const at = nowIso();
  let userId: number;
  try {
    userId = await db.transaction().execute(async (trx) => {
      const id = await insertUser(trx, { ...input, passwordHash, confirmedAt: null, at });
      await insertGrant(trx, { userId: id, role: "member", at });
      return id;
    });
  } catch (err) {
    // Registered in the same instant by another request: the same answer as for any existing address.
    if (await findUserByEmail(db, input.email)) return;
    throw err;
  }
  await recordAudit(
    db,
    { ...actor, userId, email: input.email },
    {
      action: "sign_up",
      entity: "user",
      entityId: userId,
      after: { email: input.email, name: input.name, locale: input.locale, roles: ["member"] },
    },
  );
  await mailConfirmation(deps, log, {
    id: userId,
    email: input.email,
    name: input.name,
    locale: input.locale,
  });
}

/** Sends the confirmation mail again, if the address belongs to an unconfirmed, enabled account. */
export async function resendConfirmation(deps: Deps, log: FastifyBaseLogger, email: string): Promise<void> {
  const user = email ? await findUserByEmail(deps.database.db, email) : undefined;
  if (!user || user.email_confirmed_at || user.disabled_at) return;
  await mailConfirmation(deps, log, user);
}

/** Confirms an address from a link; false when the link is unknown, used or expired. */
export async function confirmEmail(deps: Deps, actor: AuditActor, secret: string): Promise<boolean> {
  const db = deps.database.db;
  const link = await consumeLink(db, "confirm", secret);
  if (!link || link.userId === null) return false;
  const user = await findUserById(db, link.userId);
  if (!user || user.email !== link.email) return false;
  if (!user.email_confirmed_at) {
    const at = nowIso();
    await updateUser(db, user.id, { email_confirmed_at: at }, at);
    await recordAudit(
      db,
      { ...actor, userId: user.id, email: user.email },
      {
        action: "confirm_email",
        entity: "user",
        entityId: user.id,
        before: { email_confirmed_at: null },
        after: { email_confirmed_at: at },
      },
    );
  }
  return true;
}
