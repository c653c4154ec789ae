import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { type Client, type MatrixRole, matrixClients } from "../../../test/auth.ts";
import { idBySlug, postJson } from "./test-helpers.ts";

let t: TestApp;
let c: Record<MatrixRole, Client>;

beforeAll(async () => {
  t = await createTestApp();
  c = await matrixClients(t.app, t.database, t.config);
});
afterAll(async () => t.close());

const count = async (table: "topics" | "events" | "organizations") =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirst()
    )?.n ?? 0,
  );

describe("JSON write endpoints", () => {
  it("create answers 201 {id, url}, on the API twin and on the page route", async () => {
    const s = c["secretariat-2023"];
    const api = await postJson(t.app, s, "/api/v1/edit/topics?locale=en", {
      name: { en: "Water", ru: "Вода" },
      sort_order: 20,
    });
    expect(api.status).toBe(201);
    const body = JSON.parse(api.body) as { id: number; url: string };
    expect(body.url).toBe(`/en/edit/topics/${body.id}`);
    const topic = await t.database.db
      .selectFrom("topics")
      .selectAll()
      .where("id", "=", body.id)
      .executeTakeFirstOrThrow();
    expect(topic.slug).toBe("water");
    const page = await postJson(t.app, s, "/en/edit/topics/new", { name: { en: "Water" } });
    expect(page.status).toBe(201);
    const slug = await t.database.db
      .selectFrom("topics")
      .select("slug")
      .where("id", "=", (JSON.parse(page.body) as { id: number }).id)
      .executeTakeFirstOrThrow();
    expect(slug.slug).toBe("water-2");
  });

  it("a refused value answers 400 {error, fields}, in the reader's language, and changes nothing", async () => {
    const before = await count("events");
    const r = await postJson(t.app, c["secretariat-2023"], "/api/v1/edit/events?locale=ru", {
      title: { en: "" },
      kind: "party",
      starts_on: "yesterday",
      topics: [999999],
    });
    expect(r.status).toBe(400);
    const body = JSON.parse(r.body) as { error: string; fields: { path: string; message: string }[] };
    expect(body.error).toBe("invalid_request");
    expect(body.fields.map((f) => f.path).sort()).toEqual(["kind", "starts_on", "title"]);
    expect(body.fields.find((f) => f.path === "title")?.message).toBe("Заполните это поле.");
    expect(await count("events")).toBe(before);
    const unknownTopic = await postJson(t.app, c["secretariat-2023"], "/api/v1/edit/events", {
      title: { en: "With a foreign topic" },
      kind: "meeting",
      starts_on: "2023-05-05",
      topics: [999999],
    });
    expect(unknownTopic.status).toBe(400);
    expect(JSON.parse(unknownTopic.body).fields).toEqual([{ path: "topics", message: expect.any(String) }]);
  });

  it("answers 403 when the policy says no, 401 for a visitor, 404 for unknown resources and rows", async () => {
    const kz = await idBySlug(t.database.db, "organizations", "kz-majilis");
    const member = await postJson(t.app, c.member, "/api/v1/edit/topics", { name: { en: "Mine" } });
    expect(member.status).toBe(403);
    expect(JSON.parse(member.body).error).toBe("forbidden");
    expect(
      (await postJson(t.app, c["focal-KG"], `/api/v1/edit/organizations/${kz}`, { website: "https://x.kg" }))
        .status,
    ).toBe(403);
    expect(
      (
        await postJson(t.app, c["focal-KZ"], `/en/edit/organizations/${kz}`, {
          website: "https://majilis.kz",
        })
      ).status,
    ).toBe(200);
    expect((await postJson(t.app, c.visitor, "/api/v1/edit/topics", { name: { en: "x" } })).status).toBe(401);
    expect((await postJson(t.app, c.admin, "/api/v1/edit/nothing", {})).status).toBe(404);
    expect((await postJson(t.app, c.admin, "/api/v1/edit/events/99999", {})).status).toBe(404);
    expect((await postJson(t.app, c.admin, "/api/v1/edit/sessions", { title: { en: "x" } })).status).toBe(
      404,
    );
  });

  it("updates only the fields sent, and deletes and restores", async () => {
    const id = await idBySlug(t.database.db, "events", "dushanbe-opening-2025");
    const admin = c.admin;
    const r = await postJson(t.app, admin, `/api/v1/edit/events/${id}`, {
      status: "draft",
      city: { kk: "Душанбе" },
    });
    expect(r.status).toBe(200);
    const row = await t.database.db
      .selectFrom("events")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("draft");
    expect(row.slug).toBe("dushanbe-opening-2025");
    const tr = await t.database.db
      .selectFrom("translations")
      .select(["field", "locale", "value"])
      .where("entity", "=", "event")
      .where("entity_id", "=", id)
      .where("field", "in", ["title", "city"])
      .execute();
    expect(tr).toEqual(
      expect.arrayContaining([
        { field: "city", locale: "kk", value: "Душанбе" },
        { field: "title", locale: "en", value: expect.any(String) },
        { field: "city", locale: "en", value: "Dushanbe" },
      ]),
    );
    expect((await postJson(t.app, admin, `/api/v1/edit/events/${id}/delete`, {})).status).toBe(200);
    expect(
      (
        await t.database.db
          .selectFrom("events")
          .select("deleted_at")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).deleted_at,
    ).not.toBeNull();
    expect(
      (await postJson(t.app, c["secretariat-2023"], `/api/v1/edit/events/${id}/restore`, {})).status,
    ).toBe(403);
    expect((await postJson(t.app, admin, `/api/v1/edit/events/${id}/restore`, {})).status).toBe(200);
    expect(
      (
        await t.database.db
          .selectFrom("events")
          .select("deleted_at")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).deleted_at,
    ).toBeNull();
  });

  it("refuses a write without a CSRF token and changes nothing", async () => {
    const before = await count("topics");
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/edit/topics",
      headers: { cookie: c.admin.cookie, "content-type": "application/json" },
      payload: JSON.stringify({ name: { en: "No token" } }),
    });
    expect(r.statusCode).toBe(403);
    expect(await count("topics")).toBe(before);
  });

  it("is described in the OpenAPI document under the edit tag", async () => {
    const doc = (await t.app.inject({ url: "/api/v1/openapi.json" })).json() as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    for (const p of [
      "/api/v1/edit/{resource}",
      "/api/v1/edit/{resource}/{id}",
      "/api/v1/edit/{resource}/{id}/delete",
      "/api/v1/edit/{resource}/{id}/restore",
      "/api/v1/edit/chairmanships/{id}/handover",
    ]) {
      expect(doc.paths[p]?.post?.tags).toEqual(["edit"]);
    }
    expect(Object.keys(doc.paths).some((p) => p.includes("{locale}"))).toBe(false);
  });
});
