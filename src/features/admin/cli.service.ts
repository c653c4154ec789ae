import type { Kysely } from "kysely";
import { recordAudit } from "../../audit/audit.service.ts";
import { findUserByEmail, insertGrant } from "../../auth/auth.repo.ts";
import { nowIso } from "../../auth/tokens.ts";
import type { DB } from "../../db/types.ts";
import { hasGrant, insertUser } from "../accounts/accounts.repo.ts";
import { isEmail, normalEmail } from "../accounts/form.ts";
import { issueLink, linkPath } from "../accounts/links.service.ts";
import { grantsOfUsers } from "./admin.repo.ts";

/** A problem with what the operator typed. */
export class CliInputError extends Error {}

/**
 * Creates an admin (or gives an existing user the admin role) and issues a one-time setup link (24 hours)
 * where she sets her password and enrols TOTP. Audited, with no actor (the server console).
 */
export async function createAdmin(
  db: Kysely<DB>,
  baseUrl: string,
  o: { email: string; name?: string; locale: string },
): Promise<{ link: string; created: boolean }> {
  const email = normalEmail(o.email);
  if (!isEmail(email)) throw new CliInputError(`Not an e-mail address: ${o.email}`);
  const name = (o.name ?? "").trim() || (email.split("@")[0] ?? email);
  const at = nowIso();
  const existing = await findUserByEmail(db, email);
  const userId = await db.transaction().execute(async (trx) => {
    const id =
      existing?.id ??
      (await insertUser(trx, { email, name, locale: o.locale, passwordHash: null, confirmedAt: null, at }));
    const admin = { role: "admin" as const, countryCode: null, year: null, callId: null };
    if (!(await hasGrant(trx, id, admin))) await insertGrant(trx, { userId: id, ...admin, at });
    return id;
  });
  const secret = await issueLink(db, { kind: "setup", email, userId });
  await recordAudit(
    db,
    { userId: null, email: null, ip: null },
    {
      action: "create_admin",
      entity: "user",
      entityId: userId,
      after: { email, created: !existing, via: "cli" },
    },
  );
  return { link: `${baseUrl}${linkPath("setup", o.locale, secret)}`, created: !existing };
}

/** Every user, one line each: id, e-mail, name, roles with scopes, confirmed, disabled, 2FA. */
export async function userTable(db: Kysely<DB>): Promise<string[][]> {
  const users = await db
    .selectFrom("users")
    .select(["id", "email", "name", "email_confirmed_at", "disabled_at", "totp_enabled_at"])
    .orderBy("id")
    .execute();
  const grants = await grantsOfUsers(
    db,
    users.map((u) => u.id),
  );
  const yes = (v: unknown) => (v ? "yes" : "no");
  return users.map((u) => [
    String(u.id),
    u.email,
    u.name,
    grants
      .filter((g) => g.user_id === u.id)
      .map(
        (g) =>
          g.role +
          (g.country_code
            ? `:${g.country_code}`
            : g.year !== null
              ? `:${g.year}`
              : g.call_id !== null
                ? `:call-${g.call_id}`
                : ""),
      )
      .join(", ") || "-",
    yes(u.email_confirmed_at),
    yes(u.disabled_at),
    yes(u.totp_enabled_at),
  ]);
}
