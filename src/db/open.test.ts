import { describe, expect, it } from "vitest";
import { needsReindex } from "./open.ts";

describe("rebuilding the search index after migrations", () => {
  it("is needed after every migration that changes the index's shape, and only then", () => {
    for (const m of [
      "004_search",
      "006_search_facet_terms",
      "008_search_typo_deletes",
      "010_search_title_tsv",
      "011_search_walk_columns",
      "012_search_topic_keys",
    ]) {
      expect(needsReindex(["009_person_sort_keys", m]), m).toBe(true);
    }
    expect(needsReindex([])).toBe(false);
    expect(needsReindex(["007_scale_indexes", "009_person_sort_keys"])).toBe(false);
  });
});
