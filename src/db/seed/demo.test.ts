import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../../test/app.ts";
import type { DB } from "../types.ts";
import { seedDemo } from "./demo.ts";
import { SEED_TIME } from "./types.ts";

const TABLES: (keyof DB)[] = [
  "translations",
  "countries",
  "topics",
  "organizations",
  "people",
  "positions",
  "chairmanships",
  "chairmanship_topics",
  "events",
  "event_organizations",
  "event_countries",
  "sessions",
  "participations",
  "statements",
  "action_plans",
  "plan_items",
  "plan_item_countries",
  "plan_item_organizations",
  "plan_updates",
  "showcase_blocks",
  "projects",
  "project_presenters",
  "indicators",
  "observations",
  "news",
  "documents",
  "person_topics",
  "event_topics",
  "statement_topics",
  "plan_item_topics",
  "project_topics",
];

async function count(db: Kysely<DB>, table: keyof DB): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(rows[0]?.n);
}

async function counts(db: Kysely<DB>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = await count(db, t);
  return out;
}

/** Texts of one field of one entity kind, by slug-bearing table, in one locale. */
async function texts(db: Kysely<DB>, entity: string, field: string, locale: string): Promise<string[]> {
  const rows = await db
    .selectFrom("translations")
    .select("value")
    .where("entity", "=", entity)
    .where("field", "=", field)
    .where("locale", "=", locale)
    .execute();
  return rows.map((r) => r.value);
}

let t: TestDb;
let db: Kysely<DB>;
beforeAll(async () => {
  t = await createTestDb();
  db = t.database.db;
});
afterAll(async () => t.close());

describe("the demo seed", () => {
  it("loads the counts of the data contract", async () => {
    expect(await count(db, "projects")).toBe(13);
    const kg = await db.selectFrom("projects").select("slug").where("country_code", "=", "KG").execute();
    expect(kg.map((r) => r.slug).sort()).toEqual([
      "akyl-ayym",
      "codify",
      "digitalization-environment",
      "it-hub-kyrgyzstan",
    ]);
    expect(await count(db, "chairmanships")).toBe(5);
    expect(await count(db, "events")).toBe(11);
    expect(await count(db, "people")).toBe(19);
    expect(await count(db, "topics")).toBe(15);
    const members = await db
      .selectFrom("countries")
      .select("code")
      .where("is_member", "=", 1)
      .orderBy("sort_order")
      .execute();
    expect(members.map((r) => r.code)).toEqual(["KZ", "KG", "TJ", "TM", "UZ"]);
  });

  it("gives Aida Balayeva two positions, with titles in English and Russian", async () => {
    const rows = await db
      .selectFrom("positions")
      .innerJoin("people", "people.id", "positions.person_id")
      .innerJoin("organizations", "organizations.id", "positions.organization_id")
      .innerJoin("translations", (j) =>
        j
          .onRef("translations.entity_id", "=", "positions.id")
          .on("translations.entity", "=", "position")
          .on("translations.locale", "=", "en"),
      )
      .select(["organizations.slug", "translations.value"])
      .where("people.slug", "=", "aida-balayeva")
      .orderBy("positions.sort_order")
      .execute();
    expect(rows).toEqual([
      {
        slug: "kz-presidential-administration",
        value: "Deputy Head of the Presidential Administration of the Republic of Kazakhstan",
      },
      {
        slug: "kz-national-commission-women",
        value:
          "Chair of the National Commission for Women and Family and Demographic Policy under the President of the Republic of Kazakhstan",
      },
    ]);
  });

  it("names every person in English and Russian, Kazakhs also in Kazakh", async () => {
    const en = await texts(db, "person", "name", "en");
    const ru = await texts(db, "person", "name", "ru");
    expect(en).toHaveLength(19);
    expect(ru).toHaveLength(19);
    expect(en).toContain("Dania Espayeva");
    expect(en).toContain("Miroslav Jenča");
    expect(ru).toContain("Дания Еспаева");
    const kk = await texts(db, "person", "name", "kk");
    expect(kk).toEqual(expect.arrayContaining(["Ерлан Қошанов", "Қасым-Жомарт Тоқаев"]));
  });

  it("has English and Russian for every translated field", async () => {
    const rows = await db
      .selectFrom("translations")
      .select(["entity", "entity_id", "field", "locale"])
      .execute();
    const byKey = new Map<string, Set<string>>();
    for (const r of rows) {
      const key = `${r.entity}:${r.entity_id}:${r.field}`;
      byKey.set(key, (byKey.get(key) ?? new Set()).add(r.locale));
    }
    const missing = [...byKey].filter(([, l]) => !l.has("en") || !l.has("ru")).map(([k]) => k);
    expect(missing).toEqual([]);
  });

  it("has Kazakh and Uzbek for every translated field too, Uzbek with oʻ/gʻ in U+02BB", async () => {
    const rows = await db
      .selectFrom("translations")
      .select(["entity", "entity_id", "field", "locale", "value"])
      .execute();
    const byKey = new Map<string, Set<string>>();
    for (const r of rows) {
      const key = `${r.entity}:${r.entity_id}:${r.field}`;
      byKey.set(key, (byKey.get(key) ?? new Set()).add(r.locale));
    }
    const missing = [...byKey].filter(([, l]) => !l.has("kk") || !l.has("uz")).map(([k]) => k);
    expect(missing).toEqual([]);
    const uz = rows.filter((r) => r.locale === "uz").map((r) => r.value);
    expect(uz.filter((v) => /[\u0400-\u04ff]|[oOgG]['‘’]/.test(v))).toEqual([]);
    expect(await texts(db, "person", "name", "uz")).toContain("Qasim-Jomart Toqayev");
  });

  it("fixes the machine-translation slips of the article", async () => {
    const all = await db.selectFrom("translations").select("value").execute();
    const text = all.map((r) => r.value).join("\n");
    expect(text).not.toMatch(/Denmark|Encha|strengthens in high school|RCPCA/);
    expect(text).toContain(
      "it begins at school, grows at university and carries through to the labour market",
    );
  });

  it("marks the WPS conference item done, with the Almaty conference as evidence", async () => {
    const item = await db
      .selectFrom("plan_items")
      .innerJoin("action_plans", "action_plans.id", "plan_items.plan_id")
      .innerJoin("chairmanships", "chairmanships.id", "action_plans.chairmanship_id")
      .innerJoin("events", "events.id", "action_plans.adopted_event_id")
      .select(["plan_items.id", "plan_items.state", "plan_items.progress", "events.slug as adopted_at"])
      .where("chairmanships.year", "=", 2023)
      .where("plan_items.code", "=", "1")
      .executeTakeFirstOrThrow();
    expect(item).toMatchObject({ state: "done", progress: 100, adopted_at: "astana-2023" });
    const evidence = await db
      .selectFrom("plan_updates")
      .innerJoin("events", "events.id", "plan_updates.evidence_event_id")
      .select("events.slug")
      .where("plan_updates.item_id", "=", item.id)
      .execute();
    expect(evidence).toEqual([{ slug: "almaty-wps-conference-2023" }]);
    const country = await db
      .selectFrom("plan_item_countries")
      .select("country_code")
      .where("item_id", "=", item.id)
      .execute();
    expect(country).toEqual([{ country_code: "KZ" }]);
  });

  it("links the Astana meeting: sessions, moderator, presenters, positions held", async () => {
    const event = await db
      .selectFrom("events")
      .selectAll()
      .where("slug", "=", "astana-2023")
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ starts_on: "2023-06-19", country_code: "KZ", created_at: SEED_TIME });
    expect(
      await db.selectFrom("sessions").select("sort_order").where("event_id", "=", event.id).execute(),
    ).toHaveLength(2);
    const parts = await db
      .selectFrom("participations")
      .innerJoin("people", "people.id", "participations.person_id")
      .leftJoin("positions", "positions.id", "participations.position_id")
      .select([
        "people.slug",
        "participations.role",
        "participations.person_id",
        "positions.person_id as holder",
      ])
      .where("participations.event_id", "=", event.id)
      .execute();
    // 5 people in the main session (Aida Balayeva twice: once per position) and 13 presenters.
    expect(parts).toHaveLength(19);
    expect(parts.filter((p) => p.slug === "aida-balayeva")).toHaveLength(2);
    expect(parts.filter((p) => p.role === "presenter")).toHaveLength(13);
    expect(parts.find((p) => p.role === "moderator")?.slug).toBe("dania-espayeva");
    for (const p of parts.filter((x) => x.role !== "presenter")) expect(p.holder).toBe(p.person_id);
    const statements = await db
      .selectFrom("statements")
      .select("kind")
      .where("event_id", "=", event.id)
      .execute();
    expect(statements.map((s) => s.kind).sort()).toEqual(
      ["proposal", "quote", "quote", "remark", "remark", "remark", "welcome_speech", "welcome_speech"].sort(),
    );
  });

  it("is idempotent: a second run creates nothing and changes no row", async () => {
    const before = await counts(db);
    expect(before.translations).toBeGreaterThan(300);
    expect(await seedDemo(db)).toEqual({ created: false });
    expect(await counts(db)).toEqual(before);
  });
});
