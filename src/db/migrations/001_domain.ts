import { type CreateTableBuilder, type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * The whole domain of PRODUCT.md. One file serves SQLite and PostgreSQL: dates are ISO
 * text (YYYY-MM-DD, timestamps in UTC with Z), flags are 0/1 integers, ids are integers.
 * Translatable text lives in `translations` (one row per entity × field × locale).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const idType = pg ? "serial" : "integer";
  const table = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn("id", idType, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()));
  // Content: draft or published, soft-deleted (an admin can restore), timestamps.
  const content = <T extends string>(b: CreateTableBuilder<T, "id">) =>
    b
      .addColumn("status", "text", (c) =>
        c.notNull().defaultTo("published").check(sql`status in ('draft','published')`),
      )
      .addColumn("deleted_at", "text")
      .addColumn("created_at", "text", (c) => c.notNull().defaultTo("1970-01-01T00:00:00Z"))
      .addColumn("updated_at", "text", (c) => c.notNull().defaultTo("1970-01-01T00:00:00Z"));

  await db.schema
    .createTable("translations")
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "integer", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("translations_pk", ["entity", "entity_id", "field", "locale"])
    .execute();
  await db.schema
    .createIndex("translations_locale_idx")
    .on("translations")
    .columns(["entity", "locale"])
    .execute();

  // Country names come from ICU (Intl.DisplayNames) in every locale; a translation row overrides.
  await table("countries")
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("is_member", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(100))
    .execute();

  await table("topics")
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(100))
    .execute();

  await content(
    table("organizations")
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("country_code", "text", (c) => c.references("countries.code"))
      .addColumn("parent_id", "integer", (c) => c.references("organizations.id").onDelete("set null"))
      .addColumn("website", "text"),
  ).execute();
  await db.schema
    .createIndex("organizations_country_idx")
    .on("organizations")
    .columns(["country_code", "kind"])
    .execute();
  await db.schema.createIndex("organizations_parent_idx").on("organizations").column("parent_id").execute();

  await content(
    table("people")
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("country_code", "text", (c) => c.references("countries.code"))
      .addColumn("sort_name", "text", (c) => c.notNull())
      .addColumn("is_public", "integer", (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createIndex("people_sort_idx").on("people").columns(["sort_name", "id"]).execute();
  await db.schema
    .createIndex("people_country_idx")
    .on("people")
    .columns(["country_code", "sort_name"])
    .execute();

  await table("positions")
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) => c.references("organizations.id").onDelete("set null"))
    .addColumn("starts_on", "text")
    .addColumn("ends_on", "text")
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("positions_person_idx")
    .on("positions")
    .columns(["person_id", "starts_on"])
    .execute();
  await db.schema.createIndex("positions_org_idx").on("positions").column("organization_id").execute();

  await content(
    table("chairmanships")
      .addColumn("year", "integer", (c) => c.notNull().unique())
      .addColumn("country_code", "text", (c) => c.notNull().references("countries.code"))
      .addColumn("chair_person_id", "integer", (c) => c.references("people.id").onDelete("set null"))
      .addColumn("starts_on", "text")
      .addColumn("ends_on", "text"),
  ).execute();
  await db.schema
    .createTable("chairmanship_topics")
    .addColumn("chairmanship_id", "integer", (c) =>
      c.notNull().references("chairmanships.id").onDelete("cascade"),
    )
    .addColumn("topic_id", "integer", (c) => c.notNull().references("topics.id").onDelete("cascade"))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("chairmanship_topics_pk", ["chairmanship_id", "topic_id"])
    .execute();

  await content(
    table("events")
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("starts_on", "text", (c) => c.notNull())
      .addColumn("ends_on", "text")
      .addColumn("date_approximate", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("is_online", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("country_code", "text", (c) => c.references("countries.code"))
      .addColumn("chairmanship_id", "integer", (c) => c.references("chairmanships.id").onDelete("set null")),
  ).execute();
  await db.schema.createIndex("events_date_idx").on("events").columns(["starts_on", "id"]).execute();
  await db.schema
    .createIndex("events_chair_idx")
    .on("events")
    .columns(["chairmanship_id", "starts_on"])
    .execute();
  await db.schema
    .createIndex("events_country_idx")
    .on("events")
    .columns(["country_code", "starts_on"])
    .execute();

  await db.schema
    .createTable("event_organizations")
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("event_organizations_pk", ["event_id", "organization_id", "role"])
    .execute();
  await db.schema
    .createIndex("event_orgs_org_idx")
    .on("event_organizations")
    .column("organization_id")
    .execute();

  await db.schema
    .createTable("event_countries")
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("country_code", "text", (c) => c.notNull().references("countries.code"))
    .addColumn("role", "text", (c) => c.notNull().defaultTo("participant"))
    .addPrimaryKeyConstraint("event_countries_pk", ["event_id", "country_code"])
    .execute();

  await table("sessions")
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("plenary"))
    .addColumn("starts_at", "text")
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("sessions_event_idx")
    .on("sessions")
    .columns(["event_id", "sort_order"])
    .execute();

  await table("participations")
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("session_id", "integer", (c) => c.references("sessions.id").onDelete("set null"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("position_id", "integer", (c) => c.references("positions.id").onDelete("set null"))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("participations_event_idx")
    .on("participations")
    .columns(["event_id", "sort_order"])
    .execute();
  await db.schema.createIndex("participations_person_idx").on("participations").column("person_id").execute();

  await content(
    table("statements")
      .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
      .addColumn("session_id", "integer", (c) => c.references("sessions.id").onDelete("set null"))
      .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema
    .createIndex("statements_event_idx")
    .on("statements")
    .columns(["event_id", "sort_order"])
    .execute();
  await db.schema.createIndex("statements_person_idx").on("statements").column("person_id").execute();

  await content(
    table("action_plans")
      .addColumn("chairmanship_id", "integer", (c) =>
        c.notNull().unique().references("chairmanships.id").onDelete("cascade"),
      )
      .addColumn("adopted_event_id", "integer", (c) => c.references("events.id").onDelete("set null"))
      .addColumn("adopted_on", "text"),
  ).execute();

  await content(
    table("plan_items")
      .addColumn("plan_id", "integer", (c) => c.notNull().references("action_plans.id").onDelete("cascade"))
      .addColumn("parent_id", "integer", (c) => c.references("plan_items.id").onDelete("set null"))
      .addColumn("code", "text")
      .addColumn("state", "text", (c) =>
        c
          .notNull()
          .defaultTo("planned")
          .check(sql`state in ('planned','in_progress','done','postponed','cancelled')`),
      )
      .addColumn("progress", "integer", (c) =>
        c.notNull().defaultTo(0).check(sql`progress between 0 and 100`),
      )
      .addColumn("due_from", "text")
      .addColumn("due_to", "text")
      .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema
    .createIndex("plan_items_plan_idx")
    .on("plan_items")
    .columns(["plan_id", "sort_order"])
    .execute();
  await db.schema.createIndex("plan_items_parent_idx").on("plan_items").column("parent_id").execute();
  await db.schema
    .createTable("plan_item_countries")
    .addColumn("item_id", "integer", (c) => c.notNull().references("plan_items.id").onDelete("cascade"))
    .addColumn("country_code", "text", (c) => c.notNull().references("countries.code"))
    .addPrimaryKeyConstraint("plan_item_countries_pk", ["item_id", "country_code"])
    .execute();
  await db.schema
    .createIndex("plan_item_countries_country_idx")
    .on("plan_item_countries")
    .column("country_code")
    .execute();
  await db.schema
    .createTable("plan_item_organizations")
    .addColumn("item_id", "integer", (c) => c.notNull().references("plan_items.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) =>
      c.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("plan_item_organizations_pk", ["item_id", "organization_id"])
    .execute();

  await content(
    table("documents")
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("published_on", "text")
      .addColumn("url", "text")
      .addColumn("file_name", "text")
      .addColumn("mime_type", "text")
      .addColumn("byte_size", "integer")
      .addColumn("event_id", "integer", (c) => c.references("events.id").onDelete("set null"))
      .addColumn("chairmanship_id", "integer", (c) => c.references("chairmanships.id").onDelete("set null"))
      .addColumn("plan_id", "integer", (c) => c.references("action_plans.id").onDelete("set null")),
  ).execute();
  await db.schema.createIndex("documents_date_idx").on("documents").columns(["published_on", "id"]).execute();
  await db.schema.createIndex("documents_event_idx").on("documents").column("event_id").execute();

  await content(
    table("plan_updates")
      .addColumn("item_id", "integer", (c) => c.notNull().references("plan_items.id").onDelete("cascade"))
      .addColumn("reported_on", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("progress", "integer", (c) => c.notNull().check(sql`progress between 0 and 100`))
      .addColumn("reported_by_country", "text", (c) => c.references("countries.code"))
      .addColumn("evidence_event_id", "integer", (c) => c.references("events.id").onDelete("set null"))
      .addColumn("evidence_document_id", "integer", (c) => c.references("documents.id").onDelete("set null"))
      .addColumn("evidence_url", "text"),
  ).execute();
  await db.schema
    .createIndex("plan_updates_item_idx")
    .on("plan_updates")
    .columns(["item_id", "reported_on"])
    .execute();

  await content(
    table("showcase_blocks")
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("event_id", "integer", (c) => c.references("events.id").onDelete("set null"))
      .addColumn("session_id", "integer", (c) => c.references("sessions.id").onDelete("set null"))
      .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0)),
  ).execute();

  await content(
    table("projects")
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("block_id", "integer", (c) => c.references("showcase_blocks.id").onDelete("set null"))
      .addColumn("country_code", "text", (c) => c.references("countries.code"))
      .addColumn("stage", "text", (c) => c.notNull().defaultTo("presented"))
      .addColumn("website", "text")
      .addColumn("image_file", "text")
      .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema
    .createIndex("projects_country_idx")
    .on("projects")
    .columns(["country_code", "sort_order"])
    .execute();
  await db.schema
    .createIndex("projects_block_idx")
    .on("projects")
    .columns(["block_id", "sort_order"])
    .execute();
  await db.schema.createIndex("projects_order_idx").on("projects").columns(["sort_order", "id"]).execute();
  await db.schema
    .createTable("project_presenters")
    .addColumn("project_id", "integer", (c) => c.notNull().references("projects.id").onDelete("cascade"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("project_presenters_pk", ["project_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("project_presenters_person_idx")
    .on("project_presenters")
    .column("person_id")
    .execute();
  await db.schema
    .createTable("project_links")
    .addColumn("project_id", "integer", (c) => c.notNull().references("projects.id").onDelete("cascade"))
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("label", "text")
    .addPrimaryKeyConstraint("project_links_pk", ["project_id", "url"])
    .execute();

  await content(
    table("calls")
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("chairmanship_id", "integer", (c) => c.references("chairmanships.id").onDelete("set null"))
      .addColumn("opens_on", "text")
      .addColumn("closes_on", "text"),
  ).execute();
  await content(
    table("call_submissions")
      .addColumn("call_id", "integer", (c) => c.notNull().references("calls.id").onDelete("cascade"))
      .addColumn("project_id", "integer", (c) => c.references("projects.id").onDelete("set null"))
      .addColumn("submitted_on", "text")
      .addColumn("decision", "text", (c) => c.notNull().defaultTo("pending")),
  ).execute();
  await db.schema.createIndex("call_submissions_call_idx").on("call_submissions").column("call_id").execute();
  await table("call_reviews")
    .addColumn("submission_id", "integer", (c) =>
      c.notNull().references("call_submissions.id").onDelete("cascade"),
    )
    .addColumn("reviewer_person_id", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("score", "integer")
    .addColumn("comment", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("call_reviews_submission_idx")
    .on("call_reviews")
    .column("submission_id")
    .execute();

  await content(
    table("indicators")
      .addColumn("code", "text", (c) => c.notNull().unique())
      .addColumn("unit", "text", (c) => c.notNull())
      .addColumn("source_organization_id", "integer", (c) =>
        c.references("organizations.id").onDelete("set null"),
      )
      .addColumn("source_url", "text"),
  ).execute();
  await table("observations")
    .addColumn("indicator_id", "integer", (c) => c.notNull().references("indicators.id").onDelete("cascade"))
    .addColumn("country_code", "text", (c) => c.references("countries.code"))
    .addColumn("region", "text")
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("value", "double precision", (c) => c.notNull())
    .addColumn("event_id", "integer", (c) => c.references("events.id").onDelete("set null"))
    .addCheckConstraint("observations_area_chk", sql`(country_code is null) <> (region is null)`)
    .execute();
  await db.schema
    .createIndex("observations_unique_idx")
    .on("observations")
    .columns(["indicator_id", "country_code", "region", "year"])
    .unique()
    .execute();
  await db.schema
    .createIndex("observations_country_idx")
    .on("observations")
    .columns(["country_code", "year"])
    .execute();

  await content(
    table("news")
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("published_on", "text", (c) => c.notNull())
      .addColumn("chairmanship_id", "integer", (c) => c.references("chairmanships.id").onDelete("set null"))
      .addColumn("event_id", "integer", (c) => c.references("events.id").onDelete("set null")),
  ).execute();
  await db.schema.createIndex("news_date_idx").on("news").columns(["published_on", "id"]).execute();

  // Topic tags: one table per tagged entity keeps foreign keys real.
  for (const [name, fk] of [
    ["person_topics", "people"],
    ["event_topics", "events"],
    ["statement_topics", "statements"],
    ["plan_item_topics", "plan_items"],
    ["project_topics", "projects"],
  ] as const) {
    await db.schema
      .createTable(name)
      .addColumn("owner_id", "integer", (c) => c.notNull().references(`${fk}.id`).onDelete("cascade"))
      .addColumn("topic_id", "integer", (c) => c.notNull().references("topics.id").onDelete("cascade"))
      .addPrimaryKeyConstraint(`${name}_pk`, ["owner_id", "topic_id"])
      .execute();
    await db.schema.createIndex(`${name}_topic_idx`).on(name).columns(["topic_id", "owner_id"]).execute();
  }
}

export async function down(): Promise<void> {
  throw new Error("The first migration cannot be undone; restore a backup instead.");
}
