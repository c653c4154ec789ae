import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, type TestApp } from "../../../test/app.ts";
import { buildUser } from "../../../test/auth.ts";
import { Browser } from "./testkit.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const personOf = async (userId: number) =>
  (
    await t.database.db
      .selectFrom("users")
      .select("person_id")
      .where("id", "=", userId)
      .executeTakeFirstOrThrow()
  ).person_id;

describe("a member's profile", () => {
  it("is private by default, public after she opts in, and never shows her e-mail", async () => {
    const u = await buildUser(t.database, {
      email: "gulnara.secret@example.org",
      grants: [{ role: "member" }],
    });
    const b = new Browser(t.app, "10.5.0.1");
    await b.signIn(u.email, u.password);
    const form = await b.get("/en/account/profile");
    expect(form.status).toBe(200);
    expect(form.html).not.toMatch(/name="is_public"[^>]*checked/);
    const saved = await b.post("/en/account/profile", {
      person_id: "",
      name_en: "Gulnara Test",
      name_ru: "Гульнара Тест",
      country: "KG",
      topics: ["health", "ecology"],
      bio_en: "Doctor <script>alert(1)</script>",
      bio_ru: "",
    });
    expect(saved.location).toBe("/en/account/profile?notice=saved");
    const personId = await personOf(u.id);
    expect(personId).not.toBeNull();
    const person = await t.database.db
      .selectFrom("people")
      .select(["slug", "is_public", "status"])
      .where("id", "=", personId ?? 0)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({ slug: "gulnara-test", is_public: 0, status: "published" });
    expect((await b.get(`/en/people/${person.slug}`)).status).toBe(404);
    const list = await getJson<{ items: { url: string }[] }>(t.app, "/api/v1/people?pageSize=100&locale=en");
    expect(list.body.items.some((i) => i.url.endsWith(person.slug))).toBe(false);

    const page = await b.get("/en/account/profile?notice=saved");
    expect(page.html).toContain('value="Gulnara Test"');
    expect(page.html).toContain("Doctor &lt;script>");
    expect(page.html).toMatch(/value="health"[^>]*checked/);
    await b.post("/en/account/profile", {
      person_id: String(personId),
      name_en: "Gulnara Test",
      name_ru: "Гульнара Тест",
      country: "KG",
      topics: "health",
      is_public: "1",
    });
    // What a visitor sees.
    const pub = await new Browser(t.app).get(`/en/people/${person.slug}`);
    expect(pub.status).toBe(200);
    expect(pub.text).toContain("Gulnara Test");
    expect(pub.html).not.toContain("gulnara.secret");
    const ru = await new Browser(t.app).get(`/ru/people/${person.slug}`);
    expect(ru.text).toContain("Гульнара Тест");
    expect(ru.html).not.toContain("gulnara.secret");
    const json = await t.app.inject({ url: `/api/v1/people?pageSize=100` });
    expect(json.body).toContain(person.slug);
    expect(json.body).not.toContain("gulnara.secret");

    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "before_json", "after_json"])
      .where("entity", "=", "person")
      .where("entity_id", "=", personId)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["profile_create", "profile_update"]);
    expect(JSON.parse(audit[1]?.before_json ?? "{}")).toMatchObject({
      isPublic: false,
      topics: ["health", "ecology"],
    });
    expect(JSON.parse(audit[1]?.after_json ?? "{}")).toMatchObject({ isPublic: true, topics: ["health"] });
  });

  it("cannot be edited by another member (403, nothing changes)", async () => {
    const owner = await buildUser(t.database, { email: "owner@example.org", grants: [{ role: "member" }] });
    const ob = new Browser(t.app, "10.5.1.1");
    await ob.signIn(owner.email, owner.password);
    await ob.get("/en/account/profile");
    await ob.post("/en/account/profile", { person_id: "", name_en: "Owner Name", is_public: "1" });
    const ownerPerson = await personOf(owner.id);

    const other = await buildUser(t.database, {
      email: "intruder@example.org",
      grants: [{ role: "member" }],
    });
    const b = new Browser(t.app, "10.5.1.2");
    await b.signIn(other.email, other.password);
    await b.get("/en/account/profile");
    const res = await b.post("/en/account/profile", {
      person_id: String(ownerPerson),
      name_en: "Hacked",
      is_public: "",
    });
    expect(res.status).toBe(403);
    const name = await t.database.db
      .selectFrom("translations")
      .select("value")
      .where("entity", "=", "person")
      .where("entity_id", "=", ownerPerson ?? 0)
      .where("field", "=", "name")
      .execute();
    expect(name).toEqual([{ value: "Owner Name" }]);
    expect(await personOf(other.id)).toBeNull();
    // A visitor is sent to sign in.
    const visitor = new Browser(t.app, "10.5.1.3");
    expect((await visitor.get("/en/account/profile")).location).toMatch(/^\/en\/sign-in\?next=/);
  });

  it("shows each error next to its field and keeps what she typed", async () => {
    const u = await buildUser(t.database, { email: "typo@example.org", grants: [{ role: "member" }] });
    const b = new Browser(t.app, "10.5.2.1");
    await b.signIn(u.email, u.password);
    await b.get("/en/account/profile");
    const res = await b.post("/en/account/profile", {
      person_id: "",
      name_en: "",
      name_ru: "",
      country: "XX",
      topics: ["no-such-topic"],
      bio_en: "kept text",
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Enter your name in at least one language.");
    expect(res.html).toContain('id="f-country-error"');
    expect(res.html).toContain("kept text");
    expect(await personOf(u.id)).toBeNull();
  });
});
