import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, getJson, type TestDb } from "../../../test/app.ts";
import { matrixClients } from "../../../test/auth.ts";
import { buildApp } from "../../app.ts";
import { postJson } from "../edit/test-helpers.ts";

type List = { total: number; items: { id: number; slug: string }[] };

// The people and organizations lists keep their totals like the other public lists (see events.totals.test.ts).
describe.each(["on", "off"] as const)("people and organizations totals with RENDER_CACHE=%s", (mode) => {
  let tdb: TestDb;
  let app: FastifyInstance;
  let c: Awaited<ReturnType<typeof matrixClients>>;
  const counts = { people: 0, organizations: 0 };

  beforeAll(async () => {
    tdb = await createTestDb({
      onQuery: (sql) => {
        if (!/count\(\*\)/i.test(sql)) return;
        if (/from "people"/i.test(sql)) counts.people++;
        if (/from "organizations"/i.test(sql)) counts.organizations++;
      },
    });
    app = await buildApp({
      config: { ...tdb.config, RENDER_CACHE: mode },
      database: tdb.database,
      logger: false,
    });
    await app.ready();
    c = await matrixClients(app, tdb.database, tdb.config);
  });
  afterAll(async () => {
    await app.close();
    await tdb.close();
  });

  const list = async (url: string) => (await getJson<List>(app, url)).body;
  const write = async (url: string, body: unknown) => {
    const res = await postJson(app, c.admin, url, body);
    expect(res.status, res.body).toBe(200);
  };

  it("counts the people once per filters, and follows a person leaving the public list", async () => {
    const all = await list("/api/v1/people");
    const before = counts.people;
    expect((await list("/api/v1/people?page=2&pageSize=2")).total).toBe(all.total);
    expect((await list("/api/v1/people?pageSize=3&locale=ru")).total).toBe(all.total);
    expect(counts.people).toBe(before);
    const person = all.items[0];
    if (!person) throw new Error("the demo data has public people");
    await write(`/api/v1/edit/people/${person.id}`, { status: "draft" });
    expect((await list("/api/v1/people")).total).toBe(all.total - 1);
    expect((await list("/api/v1/people?pageSize=3")).total).toBe(all.total - 1);
  });

  it("counts the organizations once per filters, and follows an organization leaving the public list", async () => {
    const all = await list("/api/v1/organizations");
    const before = counts.organizations;
    expect((await list("/api/v1/organizations?page=2&pageSize=2")).total).toBe(all.total);
    expect(counts.organizations).toBe(before);
    const org = all.items[0];
    if (!org) throw new Error("the demo data has public organizations");
    await write(`/api/v1/edit/organizations/${org.id}`, { status: "draft" });
    expect((await list("/api/v1/organizations")).total).toBe(all.total - 1);
  });
});
