import { describe, expect, it } from "vitest";
import { inWriteOrder } from "./search.indexer.ts";

describe("a rebuild files records in the order they were written", () => {
  const at = (s: string) => `2026-0${s}T00:00:00Z`;

  it("puts the last written last, whatever its kind", () => {
    const order = inWriteOrder([
      {
        type: "person",
        rows: [
          { id: 1, updated_at: at("5-01") },
          { id: 2, updated_at: at("1-01") },
        ],
      },
      { type: "news", rows: [{ id: 7, updated_at: at("3-01") }] },
    ]);
    expect(order).toEqual([
      { type: "person", id: 2 },
      { type: "news", id: 7 },
      { type: "person", id: 1 },
    ]);
  });

  it("spreads records written at one moment (a bulk load) evenly, each kind in id order", () => {
    const same = (ids: number[]) => ids.map((id) => ({ id, updated_at: at("1-01") }));
    const order = inWriteOrder([
      { type: "person", rows: same([1, 2, 3, 4]) },
      { type: "event", rows: same([10, 11]) },
    ]);
    expect(order.map((r) => `${r.type}:${r.id}`)).toEqual([
      "person:1",
      "event:10",
      "person:2",
      "person:3",
      "event:11",
      "person:4",
    ]);
  });
});
