import { describe, expect, it } from "vitest";
import { tagsOfChange } from "./write-tags.ts";

const event = (over: Record<string, unknown> = {}, joins: Record<string, unknown[]> = {}) => ({
  row: { id: 7, status: "published", deleted_at: null, chairmanship_id: 3, ...over },
  joins: { topics: [1, 2], organizations: [10], ...joins },
});

describe("what a change invalidates", () => {
  it("a text edit: the entity and its lists only", () => {
    expect(tagsOfChange("event", 7, event(), event()).sort()).toEqual(["event:7", "list:event"]);
  });

  it("a new row: everything it points to", () => {
    expect(
      tagsOfChange("statement", 5, null, { row: { event_id: 7, person_id: 2, status: "published" } }).sort(),
    ).toEqual(["event:7", "list:statement", "person:2", "statement:5"]);
  });

  it("a moved row: the old and the new parent", () => {
    const tags = tagsOfChange(
      "plan_item",
      9,
      { row: { plan_id: 1, status: "published" } },
      { row: { plan_id: 2, status: "published" } },
    );
    expect(tags).toContain("plan:1");
    expect(tags).toContain("plan:2");
  });

  it("an added or removed organization, but not the ones that stayed", () => {
    const tags = tagsOfChange("event", 7, event(), event({}, { organizations: [10, 11] }));
    expect(tags).toContain("organization:11");
    expect(tags).not.toContain("organization:10");
  });

  it("publishing, unpublishing or deleting: everything it points to", () => {
    for (const after of [event({ status: "draft" }), event({ deleted_at: "2026-01-01T00:00:00Z" })]) {
      const tags = tagsOfChange("event", 7, event(), after);
      expect(tags).toContain("chairmanship:3");
      expect(tags).toContain("organization:10");
    }
  });
});
