import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../../test/app.ts";
import { deletionKeys } from "./fold.ts";
import { completions, vocabulary } from "./search.repo.ts";

/**
 * A search's vocabulary lookups (prefix completions and words under typo keys) run as one statement; a
 * query with very many typo keys reads them apart. Both ways must find the same words, on both databases.
 */
let t: TestDb;
let word: string;
beforeAll(async () => {
  t = await createTestDb({ seed: true });
  const r = await sql<{ term: string }>`select term from search_terms order by term`.execute(t.database.db);
  const found = r.rows.map((x) => x.term).find((w) => w.length >= 7 && /^[a-z]+$/.test(w));
  if (!found) throw new Error("the demo data has no vocabulary word of seven letters");
  word = found;
});
afterAll(async () => t.close());

describe("vocabulary lookups", () => {
  it("answers completions and the words under typo keys in one go", async () => {
    // The word with its third letter dropped: one of its deletion keys is the word's own.
    const typo = word.slice(0, 2) + word.slice(3);
    const r = await vocabulary(t.database.db, [word.slice(0, 5)], 64, deletionKeys(typo));
    expect(r.typos).toContain(word);
    expect(r.completions.get(word.slice(0, 5))).toContain(word);
    expect(await completions(t.database.db, [word.slice(0, 5)], 64)).toEqual(r.completions);
  });

  it("finds the same typo words when there are too many keys to ride along", async () => {
    const typo = word.slice(0, 2) + word.slice(3);
    const keys = deletionKeys(typo);
    const padding = Array.from({ length: 600 }, (_, i) => `zz${i}`);
    const few = await vocabulary(t.database.db, [], 64, keys);
    const many = await vocabulary(t.database.db, [], 64, [...keys, ...padding]);
    expect(few.typos).toContain(word);
    expect([...many.typos].sort()).toEqual([...few.typos].sort());
  });
});
