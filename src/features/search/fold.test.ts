import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deletionKeys, foldWord, indexTerms, oneEditAway } from "./fold.ts";

/** Spellings of one name that must fold to one form: Cyrillic, then romanizations readers type. */
const SAME: [string, string[]][] = [
  ["Джумъаев", ["Dzhumieaev", "Dzhumaev", "Djumaev", "Jumaev", "Dzhumʺaev"]],
  ["Журавлёва", ["Журавлева", "Juravlyova", "Zhuravlyova", "Zhuravleva", "Zhuravlëva"]],
  ["Ковалёв", ["Kovalyov", "Kovalev", "Kovalëv"]],
  ["Фёдоров", ["Fyodorov", "Fedorov", "Fëdorov"]],
  ["Подъезд", ["Podieezd", "Podʺezd"]],
  ["Алёна", ["Alyona", "Alena"]],
  ["Қошанов", ["Кошанов", "Qoşanov", "Koshanov"]],
  ["Балаева", ["Balayeva", "Balaeva"]],
];

/** Names that must stay apart: the rules above must not merge them. */
const APART: [string, string][] = [
  ["Дмитриев", "Дмитрев"],
  ["Биева", "Бева"],
  ["Yoga", "Ega"],
  ["Мариям", "Марам"],
];

describe("folding every script and romanization to one form", () => {
  it.each(SAME)("%s folds like each of its spellings", (cyrillic, spellings) => {
    const form = foldWord(cyrillic);
    expect(form).not.toBe("");
    for (const s of spellings) expect([s, foldWord(s)]).toEqual([s, form]);
  });

  it.each(APART)("%s and %s stay apart", (a, b) => {
    expect(foldWord(a)).not.toBe(foldWord(b));
  });

  it("indexes a Cyrillic name so that its ICAO spelling is a term of it", () => {
    expect(indexTerms("Гульнара Джумъаева")).toContain(foldWord("Dzhumieaeva"));
  });
});

describe("typo lookups by symmetric deletion", () => {
  const word = fc.stringMatching(/^[a-z0-9]{5,10}$/);

  it("files every word one edit away under a key the word itself has", () => {
    fc.assert(
      fc.property(word, fc.nat(), (w, pick) => {
        const near = oneEditAway(w);
        const v = near[pick % near.length]!;
        const keys = new Set(deletionKeys(w));
        expect(
          deletionKeys(v).some((k) => keys.has(k)),
          `${w} ~ ${v}`,
        ).toBe(true);
      }),
    );
  });

  it("gives a word itself and each of its deletions, once", () => {
    expect(deletionKeys("aidaa").sort()).toEqual(["aidaa", "idaa", "adaa", "aiaa", "aida"].sort());
  });
});
