import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../src/i18n/locales.ts";
import { loadCatalogs, Messages } from "../src/i18n/messages.ts";
import { FORMATTERS, pluralRules } from "../src/i18n/plural.ts";

const catalogs = loadCatalogs();

describe("UI message catalogs", () => {
  it("English and Russian have exactly the same keys", () => {
    const en = [...catalogs.en.keys()].sort();
    const ru = [...catalogs.ru.keys()].sort();
    expect(ru.filter((k) => !catalogs.en.has(k))).toEqual([]);
    expect(en.filter((k) => !catalogs.ru.has(k))).toEqual([]);
  });

  it("every locale has exactly the keys English has: none missing, none extra", () => {
    for (const l of LOCALES) {
      const extra = [...catalogs[l].keys()].filter((k) => !catalogs.en.has(k));
      const missing = [...catalogs.en.keys()].filter((k) => !catalogs[l].has(k));
      expect(extra, `${l}: extra`).toEqual([]);
      expect(missing, `${l}: missing`).toEqual([]);
    }
  });

  it("no message is left in English where the language has its own words", () => {
    for (const l of LOCALES.filter((x) => x !== "en")) {
      const same = [...catalogs.en]
        .filter(([key, en]) => catalogs[l].get(key) === en && hasWords(en))
        .map(([key]) => key)
        .filter((key) => !SAME_AS_ENGLISH[l]?.includes(key));
      expect(same, l).toEqual([]);
    }
  });

  it("every plural message has the categories its language uses", () => {
    for (const l of LOCALES) {
      const needed = pluralRules(l).resolvedOptions().pluralCategories;
      for (const [key, msg] of catalogs[l]) {
        for (const m of msg.matchAll(/\{\s*\w+\s*,\s*plural\s*,/g)) {
          const branches = branchesAfter(msg, (m.index ?? 0) + m[0].length);
          const missing = needed.filter((c) => !branches.includes(c));
          expect(missing, `${l} ${key}`).toEqual([]);
        }
      }
    }
  });

  it("every message is valid ICU MessageFormat", () => {
    for (const l of LOCALES) {
      for (const [key, msg] of catalogs[l]) {
        expect(
          () => new IntlMessageFormat(msg, l, undefined, { formatters: FORMATTERS }),
          `${l} ${key}`,
        ).not.toThrow();
      }
    }
  });

  it("falls back from kk to Russian, then English, and formats plurals per locale", () => {
    // A Kazakh catalog that lacks one key borrows it from Russian; one that lacks it in Russian too, from English.
    const kk = new Map(catalogs.kk);
    kk.delete("nav.events");
    kk.delete("nav.news");
    const ru = new Map(catalogs.ru);
    ru.delete("nav.news");
    const m = new Messages({ ...catalogs, kk, ru });
    expect(m.for("kk")("common.siteName")).toBe("Орталық Азия елдері әйелдерінің диалогы");
    expect(m.for("kk")("nav.events")).toBe(catalogs.ru.get("nav.events"));
    expect(m.for("kk")("nav.news")).toBe(catalogs.en.get("nav.news"));
    expect(m.for("ru")("common.count", { count: 3 })).toBe("3 записи");
    expect(m.for("ru")("common.count", { count: 5 })).toBe("5 записей");
    expect(m.for("en")("common.count", { count: 1 })).toBe("1 item");
    expect(m.for("en")("no.such.key")).toBe("no.such.key");
  });
});

describe("Tajik plural rules", () => {
  it("Node's ICU has none of its own, so ours are used: one for exactly 1, other for the rest", () => {
    expect(new Intl.PluralRules("tg").resolvedOptions().locale).not.toBe("tg");
    const rules = pluralRules("tg");
    expect(rules.resolvedOptions().locale).toBe("tg");
    expect([0, 1, 2, 5, 21, 1.5].map((n) => rules.select(n))).toEqual([
      "other",
      "one",
      "other",
      "other",
      "other",
      "other",
    ]);
    expect(pluralRules("tg", { type: "ordinal" }).select(1)).toBe("other");
  });

  it("formats Tajik messages with them", () => {
    const m = new Messages(catalogs);
    const t = m.for("tg");
    expect(t("common.count", { count: 1 })).not.toBe(t("common.count", { count: 0 }));
    expect(t("common.count", { count: 5 })).toContain("5");
    const fmt = new IntlMessageFormat("{n, plural, one {# китоб (1)} other {# китоб}}", "tg", undefined, {
      formatters: FORMATTERS,
    });
    expect(fmt.format({ n: 1 })).toBe("1 китоб (1)");
    expect(fmt.format({ n: 2 })).toBe("2 китоб");
  });
});

/** Whether a message has words of its own (beyond placeholders, numbers and signs). */
function hasWords(msg: string): boolean {
  let depth = 0;
  let text = "";
  for (const ch of msg) {
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (depth === 0) text += ch;
  }
  return /\p{L}/u.test(text);
}

/** The selector names of the plural branches starting at `from` (just after "{x, plural,"). */
function branchesAfter(msg: string, from: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let word = "";
  for (let i = from; i < msg.length; i++) {
    const ch = msg[i];
    if (ch === "{") {
      if (depth === 0 && word.trim()) out.push(word.trim());
      word = "";
      depth++;
    } else if (ch === "}") {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) word += ch;
  }
  return out;
}

/**
 * Messages deliberately the same as English: the word is the same in that language (checked by the
 * translators, see CHANGELOG). Everything else must differ from English.
 */
const SAME_AS_ENGLISH: Partial<Record<(typeof LOCALES)[number], string[]>> = {
  tk: ["accounts.roles.admin", "events.kind.forum", "edit.values.event_kind.forum"],
  uz: [
    "accounts.roles.admin",
    "events.kind.forum",
    "edit.values.event_kind.forum",
    "people.role.moderator",
    "edit.values.participation_role.moderator",
  ],
};
