import type { Kysely } from "kysely";
import type { DB, RoleName } from "../../db/types.ts";

/** Every chairmanship year, newest first. */
export async function chairmanshipYears(db: Kysely<DB>): Promise<number[]> {
  const rows = await db
    .selectFrom("chairmanships")
    .select("year")
    .where("deleted_at", "is", null)
    .orderBy("year", "desc")
    .execute();
  return rows.map((r) => r.year);
}

/** Every call for projects (id, slug), newest first. */
export async function allCalls(db: Kysely<DB>) {
  return db
    .selectFrom("calls")
    .select(["id", "slug"])
    .where("deleted_at", "is", null)
    .orderBy("id", "desc")
    .execute();
}

/** One page of users (optionally only those holding a role), by e-mail, and how many there are. */
export async function listUsers(db: Kysely<DB>, role: RoleName | undefined, limit: number, offset: number) {
  let q = db.selectFrom("users");
  if (role) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("role_grants")
          .select("role_grants.id")
          .whereRef("role_grants.user_id", "=", "users.id")
          .where("role_grants.role", "=", role),
      ),
    );
  }
  const [rows, count] = await Promise.all([
    q
      .select([
        "id",
        "email",
        "name",
        "locale",
        "email_confirmed_at",
        "disabled_at",
        "totp_enabled_at",
        "person_id",
        "created_at",
      ])
      .orderBy("email")
      .limit(limit)
      .offset(offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The grants of many users in one query. */
export async function grantsOfUsers(db: Kysely<DB>, userIds: number[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom("role_grants")
    .select(["id", "user_id", "role", "country_code", "year", "call_id"])
    .where("user_id", "in", userIds)
    .orderBy("user_id")
    .orderBy("id")
    .execute();
}

/** Removes one grant of a user; returns what was removed, or undefined. */
export async function deleteGrant(db: Kysely<DB>, userId: number, grantId: number) {
  const row = await db
    .selectFrom("role_grants")
    .select(["id", "role", "country_code", "year", "call_id"])
    .where("id", "=", grantId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return undefined;
  await db.deleteFrom("role_grants").where("id", "=", grantId).execute();
  return row;
}

/** True when a country code exists. */
export async function countryExists(db: Kysely<DB>, code: string): Promise<boolean> {
  return !!(await db.selectFrom("countries").select("id").where("code", "=", code).executeTakeFirst());
}
