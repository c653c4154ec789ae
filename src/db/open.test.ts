import { describe, expect, it } from "vitest";
import { migrations } from "./migrate.ts";
import { needsReindex } from "./open.ts";

describe("rebuilding the search index after migrations", () => {
  // Every migration of the search index (named *_search*) changes what the index holds or how it is laid
  // out; a new one forgotten in the list would leave existing indexes in the old shape.
  const names = Object.keys(migrations);

  it("is needed after every migration of the search index", () => {
    const search = names.filter((m) => m.includes("_search"));
    expect(search.length).toBeGreaterThanOrEqual(6);
    for (const m of search) expect(needsReindex(["009_person_sort_keys", m]), m).toBe(true);
  });

  it("is not needed after the others, nor after none", () => {
    expect(needsReindex([])).toBe(false);
    for (const m of names.filter((n) => !n.includes("_search"))) expect(needsReindex([m]), m).toBe(false);
  });
});
