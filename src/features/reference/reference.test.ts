import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, getJson, type TestApp } from "../../../test/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface ListJson<T> {
  items: T[];
  total: number;
}

describe("reference data API", () => {
  it("lists the countries, the five members first, names in the request locale", async () => {
    const en = await getJson<ListJson<{ code: string; name: string; isMember: boolean }>>(
      t.app,
      "/api/v1/countries?locale=en",
    );
    expect(en.status).toBe(200);
    expect(en.body.items.slice(0, 5).map((c) => c.code)).toEqual(["KZ", "KG", "TJ", "TM", "UZ"]);
    expect(en.body.items[0]).toMatchObject({ code: "KZ", name: "Kazakhstan", isMember: true });
    const ru = await getJson<ListJson<{ code: string; name: string }>>(t.app, "/api/v1/countries?locale=ru");
    expect(ru.body.items.find((c) => c.code === "KZ")?.name).toBe("Казахстан");
    expect(ru.body.items.find((c) => c.code === "KG")?.name).toBe("Кыргызстан");
    const members = await getJson<ListJson<{ isMember: boolean }>>(t.app, "/api/v1/countries?member=true");
    expect(members.body.total).toBe(5);
    expect(members.body.items.every((c) => c.isMember)).toBe(true);
  });

  it("lists the topics with their names", async () => {
    const res = await getJson<ListJson<{ id: number; slug: string; name: string }>>(
      t.app,
      "/api/v1/topics?locale=en&pageSize=100",
    );
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(15);
    expect(res.body.items).toContainEqual(
      expect.objectContaining({ slug: "digitalization", name: "Digitalization" }),
    );
    expect(res.body.items).toContainEqual(
      expect.objectContaining({ slug: "trade", name: "Trade, including digital trade" }),
    );
    expect(typeof res.body.items[0]?.id).toBe("number");
  });

  it("offers CSV twins", async () => {
    const res = await t.app.inject({ url: "/api/v1/topics.csv?locale=en" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("id,slug,name");
    expect(res.body).toContain("Women, peace and security");
    const c = await t.app.inject({ url: "/api/v1/countries?format=csv" });
    expect(c.headers["content-type"]).toContain("text/csv");
  });

  it("rejects bad query values with 400", async () => {
    expect((await getJson(t.app, "/api/v1/countries?member=maybe")).status).toBe(400);
    expect((await getJson(t.app, "/api/v1/topics?page=abc")).status).toBe(400);
    expect((await getJson(t.app, "/api/v1/topics?locale=fr")).status).toBe(400);
  });
});
