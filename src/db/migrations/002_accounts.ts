import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * Accounts, roles, server-side sessions, one-time tokens, TOTP recovery codes, throttling counters and the
 * append-only audit log (triggers refuse UPDATE and DELETE on both databases). Chairmanships gain the
 * moment they were handed over.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const idType = pg ? "serial" : "integer";
  const table = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn("id", idType, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()));

  await table("users")
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("ru"))
    .addColumn("password_hash", "text")
    .addColumn("person_id", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("email_confirmed_at", "text")
    .addColumn("disabled_at", "text")
    .addColumn("totp_secret", "text")
    .addColumn("totp_enabled_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("users_person_idx").on("users").column("person_id").execute();

  await table("role_grants")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) =>
      c.notNull().check(sql`role in ('member','focal_point','secretariat','reviewer','admin')`),
    )
    .addColumn("country_code", "text", (c) => c.references("countries.code"))
    .addColumn("year", "integer")
    .addColumn("call_id", "integer", (c) => c.references("calls.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("role_grants_user_idx").on("role_grants").column("user_id").execute();

  await db.schema
    .createTable("auth_sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("second_factor", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("auth_sessions_user_idx").on("auth_sessions").column("user_id").execute();

  await db.schema
    .createTable("auth_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('confirm','reset','invite','setup')`))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("data", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema
    .createIndex("auth_tokens_user_idx")
    .on("auth_tokens")
    .columns(["user_id", "kind"])
    .execute();

  await table("recovery_codes")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("recovery_codes_user_idx").on("recovery_codes").column("user_id").execute();

  await db.schema
    .createTable("throttles")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("window_start", "text", (c) => c.notNull())
    .execute();

  await table("audit_log")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "integer")
    .addColumn("actor_email", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text")
    .addColumn("entity_id", "integer")
    .addColumn("outcome", "text", (c) => c.notNull().check(sql`outcome in ('success','failure','denied')`))
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .addColumn("ip", "text")
    .execute();
  await db.schema.createIndex("audit_at_idx").on("audit_log").columns(["at", "id"]).execute();
  await db.schema.createIndex("audit_entity_idx").on("audit_log").columns(["entity", "entity_id"]).execute();
  await db.schema.createIndex("audit_actor_idx").on("audit_log").columns(["actor_user_id", "at"]).execute();

  if (pg) {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  }

  await db.schema.alterTable("chairmanships").addColumn("handed_over_at", "text").execute();
}

export async function down(): Promise<void> {
  throw new Error("Migrations are not undone; restore a backup instead.");
}
