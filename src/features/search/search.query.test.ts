import { describe, expect, it } from "vitest";
import { ENGINE_PREFIX_MAX, prefixTerm, prefixTerms } from "./search.query.ts";

describe("prefix terms (PostgreSQL's prefix index)", () => {
  it("stand for the first two and three letters of every word, once each", () => {
    expect(prefixTerms(["koshanov", "kozhanov", "ko", "k"]).sort()).toEqual(["qqpko", "qqpkos", "qqpkoz"]);
  });

  it("are not made from pair or facet terms, which no reader's prefix can reach", () => {
    expect(prefixTerms(["qkoshanovqaida", "qqtevent", "qqckz"])).toEqual([]);
  });

  it("exist for prefixes of two and three letters only", () => {
    expect(prefixTerm("k")).toBeUndefined();
    expect(prefixTerm("ko")).toBe("qqpko");
    expect(prefixTerm("kos")).toBe("qqpkos");
    expect(ENGINE_PREFIX_MAX).toBe(3);
    expect(prefixTerm("kosh")).toBeUndefined();
  });
});
