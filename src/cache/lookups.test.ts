import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, getPage, type TestDb } from "../../test/app.ts";
import { matrixClients } from "../../test/auth.ts";
import { buildApp } from "../app.ts";
import { postJson } from "../features/edit/test-helpers.ts";
import { lookupsFor, remembered } from "./lookups.ts";

describe("remembered lookups", () => {
  it("are read once per handle, frozen, and read every time inside a transaction or without an app", async () => {
    const handle = { isTransaction: false };
    lookupsFor(handle);
    let reads = 0;
    const load = async () => [{ id: ++reads }];
    const first = await remembered(handle, "k", ["list:topic"], load);
    expect(await remembered(handle, "k", ["list:topic"], load)).toBe(first);
    expect(reads).toBe(1);
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
    lookupsFor(handle).invalidate(["list:topic"]);
    expect((await remembered(handle, "k", ["list:topic"], load))[0]?.id).toBe(2);
    await remembered({ isTransaction: true }, "k", ["list:topic"], load);
    await remembered({ isTransaction: false }, "k", ["list:topic"], load);
    expect(reads).toBe(4);
  });
});

// The filter forms' option lists, with every page rendered afresh (what the uncached benchmark measures).
describe("option lists with RENDER_CACHE=off", () => {
  let tdb: TestDb;
  let app: FastifyInstance;
  const seen: string[] = [];

  beforeAll(async () => {
    tdb = await createTestDb({ onQuery: (sql) => seen.push(sql) });
    app = await buildApp({
      config: { ...tdb.config, RENDER_CACHE: "off" },
      database: tdb.database,
      logger: false,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await tdb.close();
  });

  it("are read once: the projects page's next rendering asks only for its projects", async () => {
    await getPage(app, "/en/projects?country=KG");
    seen.length = 0;
    const page = await getPage(app, "/en/projects?country=KG");
    expect(page.status).toBe(200);
    expect(seen.filter((s) => /from "countries"/.test(s))).toEqual([]);
    expect(seen.filter((s) => /from "showcase_blocks"/.test(s))).toEqual([]);
    expect(seen.filter((s) => /from "topics" as "t"/.test(s))).toEqual([]);
  });

  it("follow a write: an event in a new year is offered in the year filter on the very next request", async () => {
    // The year filter's options, not the list (which would show the new event by its date anyway).
    const years = async () => (await getPage(app, "/en/events")).html.match(/<option value="\d{4}"/g) ?? [];
    expect(await years()).not.toContain('<option value="1999"');
    const c = await matrixClients(app, tdb.database, tdb.config);
    const res = await postJson(app, c.admin, "/api/v1/edit/events", {
      title: { en: "A meeting of the last century" },
      kind: "meeting",
      starts_on: "1999-05-05",
      status: "published",
    });
    expect(res.status, res.body).toBe(201);
    expect(await years()).toContain('<option value="1999"');
  });
});
