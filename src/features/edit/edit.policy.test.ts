import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { type Client, type MatrixRole, matrixClients } from "../../../test/auth.ts";
import { type FormFields, formFields, getAs, idBySlug, idFromLocation, postForm } from "./test-helpers.ts";

let t: TestApp;
let c: Record<MatrixRole, Client>;

beforeAll(async () => {
  t = await createTestApp();
  c = await matrixClients(t.app, t.database, t.config);
});
afterAll(async () => t.close());

/** The fields of a row's edit form as the admin sees them (to resubmit as someone else). */
async function fieldsOf(resource: string, id: number): Promise<FormFields> {
  const page = await getAs(t.app, c.admin, `/en/edit/${resource}/${id}`);
  expect(page.status).toBe(200);
  return formFields(page.body);
}

async function deniedCount(): Promise<number> {
  const r = await t.database.db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("outcome", "=", "denied")
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

const itemId = async (code: string) =>
  (
    await t.database.db
      .selectFrom("plan_items")
      .select("id")
      .where("code", "=", code)
      .executeTakeFirstOrThrow()
  ).id;

const UPDATE = {
  reported_on: "2024-02-01",
  state: "in_progress",
  progress: "60",
  "note.en": "Halfway there",
  status: "published",
};

describe("focal points edit their own country only", () => {
  it("a KG focal point cannot edit a KZ organization or person, and the refusal is audited", async () => {
    const org = await idBySlug(t.database.db, "organizations", "kz-majilis");
    const before = await deniedCount();
    const r = await postForm(
      t.app,
      c["focal-KG"],
      `/en/edit/organizations/${org}`,
      await fieldsOf("organizations", org),
    );
    expect(r.status).toBe(403);
    expect(await deniedCount()).toBe(before + 1);
    const person = await idBySlug(t.database.db, "people", "yerlan-koshanov");
    expect(
      (await postForm(t.app, c["focal-KG"], `/en/edit/people/${person}`, await fieldsOf("people", person)))
        .status,
    ).toBe(403);
    const kz = await postForm(
      t.app,
      c["focal-KZ"],
      `/en/edit/people/${person}`,
      await fieldsOf("people", person),
    );
    expect(kz.status).toBe(303);
  });

  it("a KG focal point creates and edits a KG organization and edits a KG person, but cannot move her to KZ", async () => {
    const created = await postForm(t.app, c["focal-KG"], "/en/edit/organizations/new", {
      "name.en": "Jogorku Kenesh of the Kyrgyz Republic",
      "name.ru": "Жогорку Кенеш Кыргызской Республики",
      kind: "parliament",
      country_code: "KG",
      status: "published",
    });
    expect(created.status).toBe(303);
    const id = idFromLocation(created.location);
    const fields = await fieldsOf("organizations", id);
    expect(
      (
        await postForm(t.app, c["focal-KG"], `/en/edit/organizations/${id}`, {
          ...fields,
          website: "https://kenesh.kg",
        })
      ).status,
    ).toBe(303);
    expect((await postForm(t.app, c["focal-KZ"], `/en/edit/organizations/${id}`, fields)).status).toBe(403);
    const kzOrg = await postForm(t.app, c["focal-KG"], "/en/edit/organizations/new", {
      "name.en": "Not mine",
      kind: "ngo",
      country_code: "KZ",
    });
    expect(kzOrg.status).toBe(403);

    const person = await idBySlug(t.database.db, "people", "a-kasymbekov");
    const pf = await fieldsOf("people", person);
    expect(
      (
        await postForm(t.app, c["focal-KG"], `/en/edit/people/${person}`, {
          ...pf,
          "name.kk": "А. Касымбеков",
        })
      ).status,
    ).toBe(303);
    expect(
      (await postForm(t.app, c["focal-KG"], `/en/edit/people/${person}`, { ...pf, country_code: "KZ" }))
        .status,
    ).toBe(403);
  });
});

describe("the secretariat edits its own year", () => {
  it("the 2023 secretariat edits a 2023 event but not a 2024 one, nor creates one in 2024", async () => {
    const e2023 = await idBySlug(t.database.db, "events", "astana-2023");
    const e2024 = await idBySlug(t.database.db, "events", "bishkek-2024");
    expect(
      (
        await postForm(
          t.app,
          c["secretariat-2023"],
          `/en/edit/events/${e2023}`,
          await fieldsOf("events", e2023),
        )
      ).status,
    ).toBe(303);
    expect(
      (
        await postForm(
          t.app,
          c["secretariat-2023"],
          `/en/edit/events/${e2024}`,
          await fieldsOf("events", e2024),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await postForm(
          t.app,
          c["secretariat-2024"],
          `/en/edit/events/${e2024}`,
          await fieldsOf("events", e2024),
        )
      ).status,
    ).toBe(303);
    const chair2024 = await t.database.db
      .selectFrom("chairmanships")
      .select("id")
      .where("year", "=", 2024)
      .executeTakeFirstOrThrow();
    const r = await postForm(t.app, c["secretariat-2023"], "/en/edit/events/new", {
      "title.en": "Not my year",
      kind: "meeting",
      starts_on: "2024-03-01",
      chairmanship_id: String(chair2024.id),
    });
    expect(r.status).toBe(403);
    expect((await getAs(t.app, c["secretariat-2023"], `/en/edit/sessions/new?event=${e2024}`)).status).toBe(
      403,
    );
  });
});

describe("a member edits nothing here", () => {
  it("gets 403 on the dashboard, the lists, the forms and every write; a visitor is sent to sign in", async () => {
    const m = c.member;
    const org = await idBySlug(t.database.db, "organizations", "un");
    expect((await getAs(t.app, m, "/en/edit")).status).toBe(403);
    expect((await getAs(t.app, m, "/en/edit/events")).status).toBe(403);
    expect((await getAs(t.app, m, "/en/edit/events/new")).status).toBe(403);
    expect((await getAs(t.app, m, `/en/edit/organizations/${org}`)).status).toBe(403);
    expect((await postForm(t.app, m, "/en/edit/topics/new", { "name.en": "Mine" })).status).toBe(403);
    expect(
      (await postForm(t.app, m, `/en/edit/organizations/${org}`, await fieldsOf("organizations", org)))
        .status,
    ).toBe(403);
    expect((await postForm(t.app, m, `/en/edit/organizations/${org}/delete`, {})).status).toBe(403);
    const visitor = await getAs(t.app, null, "/en/edit/events");
    expect(visitor.status).toBe(303);
    expect(visitor.location).toContain("/en/sign-in");
  });
});

describe("progress updates", () => {
  it("a KZ focal point reports on an item KZ is responsible for, which moves the item; a KG focal point cannot", async () => {
    const item = await itemId("2");
    expect((await getAs(t.app, c["focal-KG"], `/en/edit/plan-updates/new?item=${item}`)).status).toBe(403);
    expect(
      (await postForm(t.app, c["focal-KG"], `/en/edit/plan-updates/new?item=${item}`, UPDATE)).status,
    ).toBe(403);
    const page = await getAs(t.app, c["focal-KZ"], `/en/edit/plan-items/${item}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`/en/edit/plan-updates/new?item=${item}`);
    const r = await postForm(t.app, c["focal-KZ"], `/en/edit/plan-updates/new?item=${item}`, UPDATE);
    expect(r.status).toBe(303);
    const row = await t.database.db
      .selectFrom("plan_items")
      .selectAll()
      .where("id", "=", item)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe("in_progress");
    expect(row.progress).toBe(60);
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "entity"])
      .where("entity", "in", ["plan_update", "plan_item"])
      .where("outcome", "=", "success")
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "create", entity: "plan_update" },
        { action: "update", entity: "plan_item" },
      ]),
    );
  });
});

describe("handover", () => {
  it("ends the outgoing secretariat's editing of its year, but it can still report progress", async () => {
    const chair = await t.database.db
      .selectFrom("chairmanships")
      .select("id")
      .where("year", "=", 2023)
      .executeTakeFirstOrThrow();
    expect(
      (await postForm(t.app, c["secretariat-2024"], `/en/edit/chairmanships/${chair.id}/handover`, {}))
        .status,
    ).toBe(403);
    const e2023 = await idBySlug(t.database.db, "events", "astana-2023");
    const fields = await fieldsOf("events", e2023);
    const r = await postForm(t.app, c["secretariat-2023"], `/en/edit/chairmanships/${chair.id}/handover`, {});
    expect(r.status).toBe(303);
    const row = await t.database.db
      .selectFrom("chairmanships")
      .select("handed_over_at")
      .where("id", "=", chair.id)
      .executeTakeFirstOrThrow();
    expect(row.handed_over_at).not.toBeNull();
    expect((await postForm(t.app, c["secretariat-2023"], `/en/edit/events/${e2023}`, fields)).status).toBe(
      403,
    );
    const item = await itemId("3");
    expect(
      (await postForm(t.app, c["secretariat-2023"], `/en/edit/plan-updates/new?item=${item}`, UPDATE)).status,
    ).toBe(303);
    const e2024 = await idBySlug(t.database.db, "events", "bishkek-2024");
    expect(
      (
        await postForm(
          t.app,
          c["secretariat-2024"],
          `/en/edit/events/${e2024}`,
          await fieldsOf("events", e2024),
        )
      ).status,
    ).toBe(303);
    const page = await getAs(t.app, c.admin, `/en/edit/chairmanships/${chair.id}`);
    expect(page.body).toContain("was handed over on");
  });
});
