import { describe, expect, it } from "vitest";
import { fallbackChain, LOCALES } from "./locales.ts";

describe("fallbackChain", () => {
  it("walks the reader's locale, then Russian, then English, then the rest, each once", () => {
    expect(fallbackChain("kk")).toEqual(["kk", "ru", "en", "ky", "tg", "tk", "uz"]);
    expect(fallbackChain("ru")).toEqual(["ru", "en", "kk", "ky", "tg", "tk", "uz"]);
    expect(fallbackChain("en")).toEqual(["en", "ru", "kk", "ky", "tg", "tk", "uz"]);
    for (const l of LOCALES) expect(new Set(fallbackChain(l)).size).toBe(LOCALES.length);
  });

  it("is built once per locale and cannot be changed by a caller", () => {
    expect(fallbackChain("tg")).toBe(fallbackChain("tg"));
    expect(() => (fallbackChain("tg") as string[]).push("xx")).toThrow();
    expect(fallbackChain("tg")).toHaveLength(LOCALES.length);
  });
});
