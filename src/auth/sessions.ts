import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import type { DB } from "../db/types.ts";
import * as repo from "./auth.repo.ts";
import { type CurrentUser, type Grant, PRIVILEGED } from "./current-user.ts";
import { hashSecret, newSecret, nowIso } from "./tokens.ts";

const MINUTE = 60_000;

/** Starts a session for a user; returns the secret for the cookie. A new id every time: sign-in rotates it. */
export async function createSession(
  db: Kysely<DB>,
  config: Config,
  userId: number,
  opts: { secondFactor: boolean; ip: string | null; userAgent: string | null },
): Promise<string> {
  const secret = newSecret();
  await repo.insertSession(db, {
    id: hashSecret(secret),
    userId,
    at: nowIso(),
    expiresAt: nowIso(config.SESSION_ABSOLUTE_HOURS * 60 * MINUTE),
    secondFactor: opts.secondFactor,
    ip: opts.ip,
    userAgent: opts.userAgent?.slice(0, 300) ?? null,
  });
  return secret;
}

/**
 * Reads the session a cookie's secret names. Ends it (and answers null) when it is past its absolute
 * expiry or idle for longer than the idle timeout, or when the user is disabled.
 */
export async function loadSession(
  db: Kysely<DB>,
  config: Config,
  secret: string,
): Promise<CurrentUser | null> {
  const id = hashSecret(secret);
  const row = await repo.findSession(db, id);
  if (!row) return null;
  const now = Date.now();
  const idleLimit = Date.parse(row.last_seen_at) + config.SESSION_IDLE_MINUTES * MINUTE;
  if (row.disabled_at || now > Date.parse(row.expires_at) || now > idleLimit) {
    await repo.deleteSession(db, id);
    return null;
  }
  // Write activity at most once a minute.
  if (now - Date.parse(row.last_seen_at) > MINUTE) await repo.touchSession(db, id, nowIso());
  const allGrants: Grant[] = (await repo.grantsOf(db, row.id)).map((g) => ({
    role: g.role,
    country: g.country_code,
    year: g.year,
    callId: g.call_id,
    active: g.role !== "secretariat" || !g.handed_over_at,
  }));
  const secondFactor = row.second_factor === 1;
  // A session that owes its second factor (TOTP enabled, or a privileged role) has no grants in force.
  const pending =
    !secondFactor && (!!row.totp_enabled_at || allGrants.some((g) => PRIVILEGED.includes(g.role)));
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    personId: row.person_id,
    allGrants,
    grants: secondFactor ? allGrants : pending ? [] : allGrants.filter((g) => !PRIVILEGED.includes(g.role)),
    secondFactor,
    totpEnabled: !!row.totp_enabled_at,
    sessionId: id,
  };
}
