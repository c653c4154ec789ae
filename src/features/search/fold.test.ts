import { describe, expect, it } from "vitest";
import { foldWord, indexTerms } from "./fold.ts";

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
