import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { buildUser, type Client, type MatrixRole, matrixClients } from "../../../test/auth.ts";
import { Browser } from "../accounts/testkit.ts";
import { idBySlug, postJson } from "../edit/test-helpers.ts";
import { pathsOf, searchApi } from "./search.testkit.ts";

let t: TestApp;
let c: Record<MatrixRole, Client>;
let chair2023 = 0;

beforeAll(async () => {
  t = await createTestApp();
  c = await matrixClients(t.app, t.database, t.config);
  const row = await t.database.db
    .selectFrom("chairmanships")
    .select("id")
    .where("year", "=", 2023)
    .executeTakeFirstOrThrow();
  chair2023 = row.id;
});
afterAll(async () => t.close());

const found = async (q: string, params: Record<string, string> = {}) =>
  pathsOf((await searchApi(t.app, q, params)).body);

async function write(who: Client, url: string, body: unknown, status = 200): Promise<{ id: number }> {
  const res = await postJson(t.app, who, url, body);
  expect(res.status, res.body).toBe(status);
  return JSON.parse(res.body || "{}") as { id: number };
}

describe("the index follows every write at once", () => {
  it("a renamed event is found by its new name right away, and its statements show it", async () => {
    const id = await idBySlug(t.database.db, "events", "astana-2023");
    expect(await found("Zhetisu Mangystau")).not.toContain("/events/astana-2023");
    await write(c["secretariat-2023"], `/api/v1/edit/events/${id}`, {
      title: {
        en: "Zhetisu-Mangystau summit of women innovators",
        ru: "Саммит женщин-новаторов Жетысу-Мангыстау",
      },
    });
    expect((await found("Zhetisu Mangystau"))[0]).toBe("/events/astana-2023");
    expect((await found("Жетысу"))[0]).toBe("/events/astana-2023");
    // A new word of the edit is in the typo vocabulary at once: one typo still finds it.
    expect(await found("Mangsytau")).toContain("/events/astana-2023");
    const statements = await searchApi(t.app, "Balaeva", { type: "statement" });
    expect(statements.body.total).toBeGreaterThan(0);
    expect(statements.body.results.every((r) => r.title.includes("Zhetisu-Mangystau summit"))).toBe(true);
  });

  it("a draft is not found until it is published; deleted, it disappears; restored, it is back", async () => {
    const s = c["secretariat-2023"];
    const { id } = await write(
      s,
      "/api/v1/edit/events",
      {
        title: {
          en: "Quokka roundtable on rural broadband",
          ru: "Круглый стол «Квокка» о сельском интернете",
        },
        kind: "meeting",
        starts_on: "2023-11-11",
        country_code: "KZ",
        chairmanship_id: chair2023,
        status: "draft",
      },
      201,
    );
    expect(await found("Quokka")).toEqual([]);
    await write(s, `/api/v1/edit/events/${id}`, { status: "published" });
    const slug = (
      await t.database.db.selectFrom("events").select("slug").where("id", "=", id).executeTakeFirstOrThrow()
    ).slug;
    expect(await found("Quokka")).toEqual([`/events/${slug}`]);
    expect(await found("Квокка", { year: "2023", country: "KZ", type: "event" })).toEqual([
      `/events/${slug}`,
    ]);
    await write(s, `/api/v1/edit/events/${id}`, { status: "draft" });
    expect(await found("Quokka")).toEqual([]);
    await write(s, `/api/v1/edit/events/${id}`, { status: "published" });
    await write(s, `/api/v1/edit/events/${id}/delete`, {});
    expect(await found("Quokka")).toEqual([]);
    await write(c.admin, `/api/v1/edit/events/${id}/restore`, {});
    expect(await found("Quokka")).toEqual([`/events/${slug}`]);
  });

  it("an event's topics are counted and filtered by right away, and follow an edit of them", async () => {
    const s = c["secretariat-2023"];
    const health = await idBySlug(t.database.db, "topics", "health");
    const gender = await idBySlug(t.database.db, "topics", "gender-equality");
    const { id } = await write(
      s,
      "/api/v1/edit/events",
      {
        title: { en: "Wallaby clinic on maternal health" },
        kind: "meeting",
        starts_on: "2023-10-10",
        chairmanship_id: chair2023,
        status: "published",
        topics: [health],
      },
      201,
    );
    const topicsOf = async () => (await searchApi(t.app, "Wallaby")).body.facets.topic.map((f) => f.value);
    expect(await topicsOf()).toEqual(["health"]);
    expect(await found("Wallaby", { topic: "health" })).toHaveLength(1);
    expect(await found("Wallaby", { topic: "gender-equality" })).toEqual([]);
    await write(s, `/api/v1/edit/events/${id}`, { topics: [gender, health] });
    expect((await topicsOf()).sort()).toEqual(["gender-equality", "health"]);
    expect(await found("Wallaby", { topic: "gender-equality", type: "event" })).toHaveLength(1);
    await write(s, `/api/v1/edit/events/${id}`, { topics: [] });
    expect(await topicsOf()).toEqual([]);
    expect(await found("Wallaby", { topic: "health" })).toEqual([]);
  });

  it("an unpublished person disappears with her statements; published again, both are back", async () => {
    const id = await idBySlug(t.database.db, "people", "aida-balayeva");
    const before = await searchApi(t.app, "Balaeva");
    expect(before.body.facets.type.find((f) => f.value === "statement")?.count).toBeGreaterThan(0);
    await write(c.admin, `/api/v1/edit/people/${id}`, { status: "draft" });
    const hidden = await searchApi(t.app, "Balaeva");
    expect(pathsOf(hidden.body)).not.toContain("/people/aida-balayeva");
    expect(hidden.body.results.some((r) => r.type === "statement")).toBe(false);
    await write(c.admin, `/api/v1/edit/people/${id}`, { status: "published" });
    const back = await searchApi(t.app, "Balaeva");
    expect(pathsOf(back.body)[0]).toBe("/people/aida-balayeva");
    expect(back.body.facets.type).toEqual(before.body.facets.type);
  });

  it("a position added to a person is found with her, and gone once the position is deleted", async () => {
    const person = await idBySlug(t.database.db, "people", "miroslav-jenca");
    const { id } = await write(
      c.admin,
      `/api/v1/edit/positions?person=${person}`,
      { title: { en: "Special envoy for wombat affairs" } },
      201,
    );
    expect(await found("wombat envoy")).toEqual(["/people/miroslav-jenca"]);
    await write(c.admin, `/api/v1/edit/positions/${id}/delete`, {});
    expect(await found("wombat")).toEqual([]);
  });

  it("a member's public profile is found after she saves it, and not once she makes it private", async () => {
    const u = await buildUser(t.database, { email: "zarina@example.org", grants: [{ role: "member" }] });
    const b = new Browser(t.app, "10.9.0.1");
    await b.signIn(u.email, u.password);
    const profile = (isPublic: boolean) => ({
      person_id: "",
      name_en: "Zarina Nurmagambetova",
      name_ru: "Зарина Нурмагамбетова",
      country: "KZ",
      bio_en: "Engineer",
      bio_ru: "",
      ...(isPublic ? { is_public: "1" } : {}),
    });
    await b.post("/en/account/profile", profile(false));
    expect(await found("Nurmagambetova")).toEqual([]);
    const personId = (
      await t.database.db
        .selectFrom("users")
        .select("person_id")
        .where("id", "=", u.id)
        .executeTakeFirstOrThrow()
    ).person_id;
    await b.post("/en/account/profile", { ...profile(true), person_id: String(personId) });
    expect(await found("Нурмагамбетова")).toEqual(["/people/zarina-nurmagambetova"]);
    await b.post("/en/account/profile", { ...profile(false), person_id: String(personId) });
    expect(await found("Nurmagambetova")).toEqual([]);
  });
});
