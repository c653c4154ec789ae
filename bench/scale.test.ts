import { describe, expect, it } from "vitest";
import { parseSize } from "./scale.ts";

describe("bench:data sizes", () => {
  it("reads 10k, 100k, 1m and plain numbers, and refuses anything else", () => {
    expect(["10k", "100k", "1m", "1M", "2500", "1.5k"].map(parseSize)).toEqual([
      10_000, 100_000, 1_000_000, 1_000_000, 2_500, 1_500,
    ]);
    for (const bad of ["", "ten", "10x", "-5", "1e6"]) expect(() => parseSize(bad), bad).toThrow(/bad size/);
  });
});
