import { type Kysely, sql } from "kysely";
import type { DB, RoleName, TokenKind } from "../../db/types.ts";

/** Creates a user (e-mail lower-cased); returns her id. */
export async function insertUser(
  db: Kysely<DB>,
  u: {
    email: string;
    name: string;
    locale: string;
    passwordHash: string | null;
    confirmedAt: string | null;
    at: string;
  },
): Promise<number> {
  const row = await db
    .insertInto("users")
    .values({
      email: u.email.toLowerCase(),
      name: u.name,
      locale: u.locale,
      password_hash: u.passwordHash,
      email_confirmed_at: u.confirmedAt,
      created_at: u.at,
      updated_at: u.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates some of a user's columns. */
export async function updateUser(
  db: Kysely<DB>,
  id: number,
  set: Partial<{
    name: string;
    locale: string;
    password_hash: string | null;
    email_confirmed_at: string | null;
    disabled_at: string | null;
    totp_secret: string | null;
    totp_enabled_at: string | null;
    person_id: number | null;
  }>,
  at: string,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ ...set, updated_at: at })
    .where("id", "=", id)
    .execute();
}

/** True when she already holds exactly this grant. */
export async function hasGrant(
  db: Kysely<DB>,
  userId: number,
  g: { role: RoleName; countryCode: string | null; year: number | null; callId: number | null },
): Promise<boolean> {
  const row = await db
    .selectFrom("role_grants")
    .select("id")
    .where("user_id", "=", userId)
    .where("role", "=", g.role)
    .where((eb) =>
      g.countryCode === null ? eb("country_code", "is", null) : eb("country_code", "=", g.countryCode),
    )
    .where((eb) => (g.year === null ? eb("year", "is", null) : eb("year", "=", g.year)))
    .where((eb) => (g.callId === null ? eb("call_id", "is", null) : eb("call_id", "=", g.callId)))
    .executeTakeFirst();
  return !!row;
}

/** Stores a one-time link (its id is the hash of the secret in the link). */
export async function insertToken(
  db: Kysely<DB>,
  t: {
    id: string;
    kind: TokenKind;
    userId: number | null;
    email: string;
    data: string | null;
    at: string;
    expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto("auth_tokens")
    .values({
      id: t.id,
      kind: t.kind,
      user_id: t.userId,
      email: t.email.toLowerCase(),
      data: t.data,
      created_at: t.at,
      expires_at: t.expiresAt,
      used_at: null,
    })
    .execute();
}

/** A link of that kind that is neither used nor expired. */
export async function findLiveToken(db: Kysely<DB>, kind: TokenKind, id: string, now: string) {
  return db
    .selectFrom("auth_tokens")
    .selectAll()
    .where("id", "=", id)
    .where("kind", "=", kind)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
}

/** Marks a live link used; true only for the one caller that did it (single use, even under races). */
export async function useToken(db: Kysely<DB>, kind: TokenKind, id: string, now: string): Promise<boolean> {
  const res = await db
    .updateTable("auth_tokens")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("kind", "=", kind)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Retires every live link of a kind for an address (a new one replaces them). */
export async function retireTokens(
  db: Kysely<DB>,
  kind: TokenKind,
  email: string,
  now: string,
): Promise<void> {
  await db
    .updateTable("auth_tokens")
    .set({ used_at: now })
    .where("kind", "=", kind)
    .where("email", "=", email.toLowerCase())
    .where("used_at", "is", null)
    .execute();
}

/** The most recent invitations, newest first. */
export async function recentInvitations(db: Kysely<DB>, limit: number) {
  return db
    .selectFrom("auth_tokens")
    .select(["id", "email", "data", "created_at", "expires_at", "used_at"])
    .where("kind", "=", "invite")
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}

/** Ends every session of a user except one (she stays signed in where she changed her password). */
export async function deleteOtherSessions(db: Kysely<DB>, userId: number, keepId: string): Promise<void> {
  await db.deleteFrom("auth_sessions").where("user_id", "=", userId).where("id", "!=", keepId).execute();
}

/** Replaces her recovery codes with new ones (hashes). */
export async function replaceRecoveryCodes(db: Kysely<DB>, userId: number, hashes: string[]): Promise<void> {
  await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  if (hashes.length === 0) return;
  await db
    .insertInto("recovery_codes")
    .values(hashes.map((h) => ({ user_id: userId, code_hash: h, used_at: null })))
    .execute();
}

/** Uses one unused recovery code; true only once per code. */
export async function useRecoveryCode(
  db: Kysely<DB>,
  userId: number,
  hash: string,
  now: string,
): Promise<boolean> {
  const res = await db
    .updateTable("recovery_codes")
    .set({ used_at: now })
    .where("user_id", "=", userId)
    .where("code_hash", "=", hash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** How many unused recovery codes she has left. */
export async function countRecoveryCodes(db: Kysely<DB>, userId: number): Promise<number> {
  const row = await db
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** A throttle counter. */
export async function readThrottle(db: Kysely<DB>, key: string) {
  return db.selectFrom("throttles").selectAll().where("key", "=", key).executeTakeFirst();
}

/**
 * Counts one more attempt under a key, atomically: a counter whose window started before `cutoff`
 * starts again at 1 from `now`.
 */
export async function bumpThrottle(db: Kysely<DB>, key: string, now: string, cutoff: string): Promise<void> {
  await db
    .insertInto("throttles")
    .values({ key, count: 1, window_start: now })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql<number>`case when throttles.window_start < ${cutoff} then 1 else throttles.count + 1 end`,
        window_start: sql<string>`case when throttles.window_start < ${cutoff} then ${now} else throttles.window_start end`,
      }),
    )
    .execute();
}

/** Forgets a throttle counter (after a successful sign-in). */
export async function clearThrottle(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom("throttles").where("key", "=", key).execute();
}

/**
 * Records that a user used a TOTP time step; false when that step (or a later one) was already used,
 * so a code cannot be replayed. One conditional UPDATE: safe under concurrent requests.
 */
export async function claimTotpStep(db: Kysely<DB>, userId: number, step: number): Promise<boolean> {
  const res = await db
    .updateTable("users")
    .set({ totp_last_step: step })
    .where("id", "=", userId)
    .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
