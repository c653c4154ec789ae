import { describe, expect, it } from "vitest";
import { TranslationCache } from "./translation-cache.ts";

describe("the translation cache", () => {
  it("keeps an entity's fields, and that an entity has none, until a write to that entity", () => {
    const c = new TranslationCache();
    expect(c.get("event", 1)).toBeUndefined();
    c.store(c.epoch, "event", 1, { title: { en: "Astana" } });
    c.store(c.epoch, "event", 2, undefined);
    expect(c.get("event", 1)).toEqual({ title: { en: "Astana" } });
    expect(c.get("event", 2)).toBeNull();
    // Another entity, another kind with the same id, and a list tag drop nothing of event 1.
    c.invalidate(["event:3", "person:1", "list:event"]);
    expect(c.get("event", 1)).toEqual({ title: { en: "Astana" } });
    c.invalidate(["event:1"]);
    expect(c.get("event", 1)).toBeUndefined();
    expect(c.get("event", 2)).toBeNull();
    c.clear();
    expect(c.get("event", 2)).toBeUndefined();
  });

  it("does not keep a read that an invalidation overtook (it may predate the write)", () => {
    const c = new TranslationCache();
    const startedAt = c.epoch;
    c.invalidate(["person:9"]);
    c.store(startedAt, "event", 1, { title: { en: "old" } });
    expect(c.get("event", 1)).toBeUndefined();
    c.store(c.epoch, "event", 1, { title: { en: "new" } });
    expect(c.get("event", 1)).toEqual({ title: { en: "new" } });
  });

  it("freezes what it keeps: every request shares it", () => {
    const c = new TranslationCache();
    c.store(c.epoch, "event", 1, { title: { en: "Astana" } });
    const fields = c.get("event", 1);
    expect(() => {
      const title = (fields as Record<string, Record<string, string>>).title as Record<string, string>;
      title.en = "changed";
    }).toThrow();
    expect(() => {
      (fields as Record<string, unknown>).body = {};
    }).toThrow();
  });

  it("stays within its size, least recently used first out", () => {
    const c = new TranslationCache(20_000);
    const text = "x".repeat(1_000);
    for (let id = 1; id <= 100; id++) c.store(c.epoch, "event", id, { body: { en: text } });
    expect(c.size).toBeLessThan(20);
    expect(c.get("event", 100)).toBeDefined();
    expect(c.get("event", 1)).toBeUndefined();
  });
});
