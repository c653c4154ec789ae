import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, PG_URL, type TestDb } from "../../test/app.ts";

/** PostgreSQL: a tuned pool's sessions carry its settings, in the database's own schema; the main pool's do not. */
describe.skipIf(!PG_URL)("a tuned pool (PostgreSQL)", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ seed: false });
  });
  afterAll(() => t.close());

  const setting = async (db: TestDb["database"]["db"], name: string) =>
    (await sql<{ v: string }>`select current_setting(${name}) as v`.execute(db)).rows[0]?.v;

  it("runs its statements with the settings it was opened with", async () => {
    const tuned = t.database.tuned?.("probe", { enable_seqscan: "off", work_mem: "8MB" });
    if (!tuned) throw new Error("a PostgreSQL database has tuned pools");
    expect(await setting(tuned, "enable_seqscan")).toBe("off");
    expect(await setting(tuned, "work_mem")).toBe("8MB");
    expect(await setting(t.database.db, "enable_seqscan")).toBe("on");
  });

  it("sees the database's own schema and is opened once per name", async () => {
    const tuned = t.database.tuned?.("probe", {});
    if (!tuned) throw new Error("a PostgreSQL database has tuned pools");
    expect(tuned).toBe(t.database.tuned?.("probe", {}));
    const main = await sql<{ v: string }>`select current_schema() as v`.execute(t.database.db);
    const own = await sql<{ v: string }>`select current_schema() as v`.execute(tuned);
    expect(own.rows[0]?.v).toBe(main.rows[0]?.v);
    const n = await tuned
      .selectFrom("search_docs")
      .select((e) => e.fn.countAll().as("n"))
      .executeTakeFirst();
    expect(Number(n?.n)).toBe(0);
  });
});

describe("SQLite", () => {
  it.skipIf(Boolean(PG_URL))("has no tuned pools (its searches need no planner settings)", async () => {
    const t = await createTestDb({ seed: false });
    try {
      expect(t.database.dialect).toBe("sqlite");
      expect(t.database.tuned).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});
