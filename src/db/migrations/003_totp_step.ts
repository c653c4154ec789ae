import type { Kysely } from "kysely";

/** Remembers the last TOTP time step a user signed in with, so a code works only once. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("totp_last_step", "integer").execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are not undone; restore a backup instead.");
}
