import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateData } from "../../../bench/data/generate.ts";
import { createTestDb, type TestDb } from "../../../test/app.ts";
import { gather } from "./search.gather.ts";
import { reindexAll } from "./search.indexer.ts";
import { inSearchScope, type MatchQuery, matchTop, walk } from "./search.repo.ts";

/**
 * A broad match is walked newest first in growing windows of ids on PostgreSQL (`newestFirst`); whatever
 * the windows, the walk must return exactly the newest matches of the whole index, with their facet keys.
 * SQLite walks once; the same expectations hold.
 */
describe("walking the newest matches", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ seed: false });
    await generateData(t.database, { docs: 600, seed: 3 });
    await reindexAll(t.database.db);
  }, 120_000);
  afterAll(() => t.close());

  const word = (term: string, prefix = false): MatchQuery => ({ groups: [[{ term, prefix }]] });
  const queries: [string, MatchQuery][] = [
    ["every event (a facet term, broad)", word("qqtevent")],
    ["a country's documents (broad)", word("qqckz")],
    ["a two-letter prefix", word("ka", true)],
    [
      "a facet term and a prefix together",
      { groups: [[{ term: "qqtperson", prefix: false }], [{ term: "a", prefix: true }]] },
    ],
    ["a type that is rare", word("qqtdocument")],
  ];

  it.each(queries)("%s: the windows give the newest matches of the whole index", async (_, q) => {
    const { db } = t.database;
    // Outside a search scope the walk runs once over the whole index: the truth.
    const all = await walk(db, q, 100_000);
    expect(all.rows.length).toBeGreaterThan(0);
    for (const cap of [1, 7, 40, all.rows.length + 5]) {
      for (const firstWindow of [2, 16, 100]) {
        const got = await inSearchScope(t.database, (sdb) => walk(sdb, q, cap, firstWindow));
        const want = all.rows.slice(0, cap);
        expect(got.rows.map((r) => r.id)).toEqual(want.map((r) => r.id));
        expect(got.rows.map((r) => r.key)).toEqual(want.map((r) => r.key));
      }
    }
  });

  it.each(queries)(
    "%s: narrowed to some facet keys, or to titles, the windows still give the newest",
    async (_, q) => {
      const { db } = t.database;
      const all = await walk(db, q, 100_000);
      // Every other key of the matches: a filter that keeps about half of them.
      const keys = [...new Set(all.rows.map((r) => r.key))].filter((_, i) => i % 2 === 0);
      const kept = all.rows.filter((r) => keys.includes(r.key));
      const titles = await matchTop(db, { ...q, titleOnly: true }, {}, 100_000, "newest");
      for (const cap of [1, 7, 40]) {
        for (const firstWindow of [2, 16, 100]) {
          const got = await inSearchScope(t.database, (sdb) =>
            matchTop(sdb, q, { keys }, cap, "newest", firstWindow),
          );
          expect(got.map((r) => r.id)).toEqual(kept.slice(0, cap).map((r) => r.id));
          const inTitles = await inSearchScope(t.database, (sdb) =>
            matchTop(sdb, { ...q, titleOnly: true }, {}, cap, "newest", firstWindow),
          );
          expect(inTitles.map((r) => r.id)).toEqual(titles.slice(0, cap).map((r) => r.id));
        }
      }
    },
  );

  it.each([{}, { country: "KZ" }, { country: "TJ" }, { country: "KG" }])(
    "gathering a broad query filtered by %o gives what one run over the whole index gives",
    async (f) => {
      // Action-plan items: more than the cap, yet few enough among the newest ids that a first window (a
      // block of 256 ids) holds fewer than the cap: the walk widens it.
      const q = word("qqtplanitem");
      const truth = await gather(t.database.db, q, f, 200, 10, 4);
      expect(truth.total).toBeGreaterThan(0);
      for (const firstWindow of [2, 16, 100]) {
        // Windows small enough to be widened, and a filtered walk sized from the unfiltered one.
        const got = await inSearchScope(t.database, (sdb) => gather(sdb, q, f, 200, 10, 4, firstWindow));
        expect(got.rows.map((r) => r.id)).toEqual(truth.rows.map((r) => r.id));
        expect([got.total, got.totalExact, got.facetsExact]).toEqual([
          truth.total,
          truth.totalExact,
          truth.facetsExact,
        ]);
        expect(got.counts).toEqual(truth.counts);
      }
    },
  );
});

describe("after a rebuild of bulk-loaded data", () => {
  it("the newest documents are of every kind, not all of the kind indexed last", async () => {
    const t = await createTestDb({ seed: false });
    try {
      await generateData(t.database, { docs: 300, seed: 5 });
      await reindexAll(t.database.db);
      const newest = await t.database.db
        .selectFrom("search_docs")
        .select("type")
        .orderBy("id", "desc")
        .limit(60)
        .execute();
      expect(new Set(newest.map((r) => r.type)).size).toBeGreaterThanOrEqual(5);
    } finally {
      await t.close();
    }
  }, 120_000);
});
