import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../src/i18n/locales.ts";
import { loadCatalogs, Messages } from "../src/i18n/messages.ts";

const catalogs = loadCatalogs();

describe("UI message catalogs", () => {
  it("English and Russian have exactly the same keys", () => {
    const en = [...catalogs.en.keys()].sort();
    const ru = [...catalogs.ru.keys()].sort();
    expect(ru.filter((k) => !catalogs.en.has(k))).toEqual([]);
    expect(en.filter((k) => !catalogs.ru.has(k))).toEqual([]);
  });

  it("the other locales only have keys that English has", () => {
    for (const l of LOCALES) {
      const extra = [...catalogs[l].keys()].filter((k) => !catalogs.en.has(k));
      expect(extra, l).toEqual([]);
    }
  });

  it("every message is valid ICU MessageFormat", () => {
    for (const l of LOCALES) {
      for (const [key, msg] of catalogs[l]) {
        expect(() => new IntlMessageFormat(msg, l), `${l} ${key}`).not.toThrow();
      }
    }
  });

  it("falls back from kk to Russian, then English, and formats plurals per locale", () => {
    const m = new Messages(catalogs);
    expect(m.for("kk")("common.siteName")).toBe("Орталық Азия елдері әйелдерінің диалогы");
    expect(m.for("kk")("nav.events")).toBe(catalogs.ru.get("nav.events"));
    expect(m.for("ru")("common.count", { count: 3 })).toBe("3 записи");
    expect(m.for("ru")("common.count", { count: 5 })).toBe("5 записей");
    expect(m.for("en")("common.count", { count: 1 })).toBe("1 item");
    expect(m.for("en")("no.such.key")).toBe("no.such.key");
  });
});
