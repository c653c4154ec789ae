import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../../test/app.ts";
import { docTiers } from "./search.repo.ts";

/**
 * Ranking tiers are computed by the database over the stored folded texts, on SQLite and PostgreSQL
 * alike: an exact title first, then the words together in a title, then together in the body.
 */
let t: TestDb;
let doc: { id: number; title: string[]; body: string[] };
beforeAll(async () => {
  t = await createTestDb({ seed: true });
  // A document with a title of three words or more and a body of its own.
  const r = await sql<{ doc_id: number; title: string; body: string }>`select doc_id, title, body
    from search_texts order by doc_id`.execute(t.database.db);
  const row = r.rows.find(
    (x) => x.title.split("\n")[0]!.split(" ").length >= 3 && x.body.split(" ").length > 6,
  );
  if (!row) throw new Error("the demo data has no document with a long title and a body");
  doc = {
    id: row.doc_id,
    title: row.title.split("\n")[0]!.split(" "),
    body: row.body.split("\n")[0]!.split(" "),
  };
});
afterAll(async () => t.close());

const tierOf = async (words: string[]) => (await docTiers(t.database.db, [doc.id], words)).get(doc.id)?.tier;

describe("ranking tiers", () => {
  it("puts a title that is exactly the query first", async () => {
    expect(await tierOf(doc.title)).toBe(0);
  });

  it("then a title holding the words together, the last one possibly half typed", async () => {
    expect(await tierOf(doc.title.slice(0, 2))).toBe(1);
    const [a, b] = doc.title;
    expect(await tierOf([a!, b!.slice(0, Math.max(1, b!.length - 1))])).toBe(1);
  });

  it("then a body holding the words together, for two words or more", async () => {
    const pair = doc.body.slice(2, 4);
    expect(await tierOf(pair)).toBe(doc.title.join(" ").includes(pair.join(" ")) ? 1 : 2);
    expect(await tierOf(["zzzz", "yyyy"])).toBe(3);
    // Words apart, or in another order, are not together.
    expect(await tierOf([doc.title[1]!, doc.title[0]!])).toBe(3);
  });

  it("answers the display too when asked, and nothing for unknown ids", async () => {
    const both = await docTiers(t.database.db, [doc.id, 999_999], doc.title, true);
    expect(both.get(doc.id)?.display?.id).toBe(doc.id);
    expect(both.has(999_999)).toBe(false);
  });
});
