import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateData } from "../../../bench/data/generate.ts";
import { createTestDb, PG_URL, type TestDb } from "../../../test/app.ts";
import { reindexAll } from "./search.indexer.ts";
import { FIRST_WINDOW, firstWindowFor, inSearchScope, type MatchQuery, MIN_WINDOW } from "./search.repo.ts";
import { matchShare } from "./search.shares.repo.ts";

/**
 * PostgreSQL sizes a walk's first window by its own statistics of the index (`pg_stats`, kept by ANALYZE
 * and autovacuum). The window never changes what a walk finds (search.windows.test.ts walks from every
 * size of first window); these tests check what the statistics say and the size they give.
 */
const word = (term: string): MatchQuery => ({ groups: [[{ term, prefix: false }]] });

describe.skipIf(!PG_URL)("the first window from the index's statistics (PostgreSQL)", () => {
  let t: TestDb;
  let share: (term: string) => Promise<number>;
  beforeAll(async () => {
    t = await createTestDb({ seed: false });
    await generateData(t.database, { docs: 600, seed: 3 });
    await reindexAll(t.database.db);
    // 600 rows: ANALYZE reads them all, so a common lexeme's statistic is its exact share.
    await sql`analyze search_docs`.execute(t.database.db);
    share = async (term) => {
      const r = await sql<{ n: number; all: number }>`select
        count(*) filter (where tsv @@ to_tsquery('simple', ${term}))::int as n, count(*)::int as "all"
        from search_docs`.execute(t.database.db);
      const row = r.rows[0];
      return (row?.n ?? 0) / (row?.all ?? 1);
    };
  }, 120_000);
  afterAll(() => t.close());

  it("knows a common word's share of documents", async () => {
    const events = await share("qqtevent");
    expect(events).toBeGreaterThan(0.05);
    const got = await inSearchScope(t.database, async (db) => matchShare(db, "tsv", [["qqtevent"]]));
    expect(got).toBeCloseTo(events, 3);
  });

  it("takes a group's most common word, the least common group, and knows nothing of a rare word", async () => {
    const [events, people] = [await share("qqtevent"), await share("qqtperson")];
    await inSearchScope(t.database, async (db) => {
      expect(matchShare(db, "tsv", [["qqtevent", "qqtperson"]])).toBeCloseTo(Math.max(events, people), 3);
      expect(matchShare(db, "tsv", [["qqtevent"], ["qqtperson"]])).toBeCloseTo(Math.min(events, people), 3);
      expect(matchShare(db, "tsv", [["qqtevent"], ["zzznotaword"]])).toBeUndefined();
      expect(matchShare(db, "tsv", [["qqtev:*"]])).toBeCloseTo(events, 3);
    });
  });

  it("sizes the first window to hold a quarter more matches than the walk needs", async () => {
    const events = await share("qqtevent");
    const windows = await inSearchScope(t.database, async (db) => ({
      common: firstWindowFor(db, word("qqtevent"), 1001),
      rare: firstWindowFor(db, word("zzznotaword"), 1001),
      few: firstWindowFor(db, word("qqtevent"), 1),
    }));
    expect(windows.common).toBeGreaterThanOrEqual(Math.floor((1.25 * 1001) / events) - 1);
    expect(windows.common).toBeLessThanOrEqual(Math.ceil((1.25 * 1001) / events) + 1);
    expect(windows.rare).toBe(FIRST_WINDOW);
    expect(windows.few).toBe(MIN_WINDOW);
  });
});

describe.skipIf(!PG_URL)("without statistics (PostgreSQL)", () => {
  it("a walk starts from the fixed first window", async () => {
    const t = await createTestDb({ seed: false });
    try {
      const got = await inSearchScope(t.database, async (db) => firstWindowFor(db, word("qqtevent"), 1001));
      expect(got).toBe(FIRST_WINDOW);
    } finally {
      await t.close();
    }
  });
});
