import type { Kysely } from "kysely";
import type { DB, RoleName } from "../db/types.ts";

/** A user row as the auth layer reads it. */
export async function findUserByEmail(db: Kysely<DB>, email: string) {
  return db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
}

/** A user row by id. */
export async function findUserById(db: Kysely<DB>, id: number) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Every role grant of a user. */
export async function grantsOf(db: Kysely<DB>, userId: number) {
  return db
    .selectFrom("role_grants")
    .leftJoin("chairmanships", "chairmanships.year", "role_grants.year")
    .select([
      "role_grants.id",
      "role_grants.role",
      "role_grants.country_code",
      "role_grants.year",
      "role_grants.call_id",
      "chairmanships.handed_over_at",
    ])
    .where("role_grants.user_id", "=", userId)
    .orderBy("role_grants.id")
    .execute();
}

/** Adds a role grant. */
export async function insertGrant(
  db: Kysely<DB>,
  g: {
    userId: number;
    role: RoleName;
    countryCode?: string | null;
    year?: number | null;
    callId?: number | null;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto("role_grants")
    .values({
      user_id: g.userId,
      role: g.role,
      country_code: g.countryCode ?? null,
      year: g.year ?? null,
      call_id: g.callId ?? null,
      created_at: g.at,
    })
    .execute();
}

/** Stores a new session (its id is the hash of the cookie's secret). */
export async function insertSession(
  db: Kysely<DB>,
  s: {
    id: string;
    userId: number;
    at: string;
    expiresAt: string;
    secondFactor: boolean;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto("auth_sessions")
    .values({
      id: s.id,
      user_id: s.userId,
      created_at: s.at,
      last_seen_at: s.at,
      expires_at: s.expiresAt,
      second_factor: s.secondFactor ? 1 : 0,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
}

/** A session with its user, by session id. */
export async function findSession(db: Kysely<DB>, id: string) {
  return db
    .selectFrom("auth_sessions")
    .innerJoin("users", "users.id", "auth_sessions.user_id")
    .select([
      "auth_sessions.id as session_id",
      "auth_sessions.last_seen_at",
      "auth_sessions.expires_at",
      "auth_sessions.second_factor",
      "users.id",
      "users.email",
      "users.name",
      "users.locale",
      "users.person_id",
      "users.disabled_at",
      "users.totp_enabled_at",
    ])
    .where("auth_sessions.id", "=", id)
    .executeTakeFirst();
}

/** Records activity on a session (for the idle timeout). */
export async function touchSession(db: Kysely<DB>, id: string, at: string): Promise<void> {
  await db.updateTable("auth_sessions").set({ last_seen_at: at }).where("id", "=", id).execute();
}

/** Marks a session as having passed the second factor. */
export async function markSecondFactor(db: Kysely<DB>, id: string): Promise<void> {
  await db.updateTable("auth_sessions").set({ second_factor: 1 }).where("id", "=", id).execute();
}

/** Ends one session. */
export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom("auth_sessions").where("id", "=", id).execute();
}

/** Ends every session of a user (password changed, account disabled). */
export async function deleteUserSessions(db: Kysely<DB>, userId: number): Promise<void> {
  await db.deleteFrom("auth_sessions").where("user_id", "=", userId).execute();
}
