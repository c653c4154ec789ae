import { stemmer as stemEn } from "@orama/stemmers/english";
import { stemmer as stemRu } from "@orama/stemmers/russian";

/**
 * Script- and romanization-blind folding. Cyrillic (Russian, Kazakh, Kyrgyz, Tajik, Uzbek) and Latin
 * (Uzbek, Turkmen, Kazakh 2021, BGN/PCGN, ICAO passports) spellings of a word fold to one ASCII form:
 * Қошанов, Кошанов, Qoşanov and Koshanov all become "koshanov"; Балаева, Balayeva and Balaeva become
 * "balaeva". The same folding runs on indexed text and on queries, so each spelling finds the others.
 */

/** Letters of the region's alphabets that plain accent-stripping would get wrong, mapped to a Latin base. */
// biome-ignore format: a compact table reads better than one letter per line.
const LETTERS: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "j", з: "z", и: "i", й: "y", к: "k",
  л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts",
  ч: "ch", ш: "sh", щ: "sh", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic.
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", і: "i", ҳ: "h", ҷ: "j", ӣ: "i",
  ӯ: "u", ў: "o", ҫ: "s",
  // Latin letters with their own sound in Turkmen, Uzbek, Kazakh 2021, Turkish-style and Czech/Slovak spellings.
  ş: "sh", ç: "ch", ž: "j", č: "ch", š: "sh", ğ: "g", ı: "i", ñ: "n", ň: "n", ä: "a", ö: "o", ü: "u",
  ū: "u", ý: "y", q: "k", x: "h", w: "v",
};

/** Apostrophe-like marks (o‘ o' oʻ g‘): dropped, so oʻ = o and gʻ = g. */
const APOSTROPHES = /['‘’ʻʼ`´ʹʺʽ″]/g;
const COMBINING = /\p{M}/gu;

/** Sound-alike spellings of romanizations, applied to the mapped Latin form. */
function canonical(word: string): string {
  let w = word
    .replace(/c(?!h)/g, "ch") // Jenca (Jenča typed without its caron) = Jencha = Енча.
    .replace(/kh/g, "h")
    .replace(/zh|dzh|dj/g, "j")
    .replace(/shch/g, "sh")
    // Juravlyova/Журавлёва: a national Latin yo for ё after a consonant is e, as ё itself folds.
    .replace(/([bcdfghjklmnpqrstvz])yo/g, "$1e")
    .replace(/y/g, "i");
  w = w.replace(/^(i|j)e/, "e"); // Yerlan/Ерлан, Jenča/Енча: a word-initial ye/je is e.
  // Dzhumieaev/Джумъаев: ICAO writes ъ as ie; between a consonant and a vowel it is dropped, as ъ is.
  w = w.replace(/([b-df-hj-np-tv-z])ie(?=[aeiou])/g, "$1");
  w = w.replace(/([aeiou])i(?=[aeiou])/g, "$1"); // Balayeva/Балаева: no glide between vowels.
  return w.replace(/(.)\1+/g, "$1"); // Doubled letters count once (Mariia/Maria).
}

/** Folds one word (any script) to its canonical ASCII form; "" when nothing searchable is left. */
export function foldWord(word: string): string {
  let out = "";
  for (const ch of word.toLowerCase().replace(APOSTROPHES, "")) {
    const mapped = LETTERS[ch];
    out += mapped ?? ch;
  }
  out = out
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(/[^a-z0-9]/g, "");
  return out ? canonical(out) : "";
}

/** Splits text into words (letters, digits, and apostrophes inside words). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['‘’ʻʼ`][\p{L}\p{N}]+)*/gu) ?? [];
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The stem of a word in its own language (Russian for Cyrillic, English for Latin), folded. */
export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  const stem = CYRILLIC.test(lower) ? stemRu(lower) : /^[a-z]+$/.test(lower) ? stemEn(lower) : lower;
  return foldWord(stem);
}

const MEMO = new Map<string, readonly [string, string]>();
const MEMO_MAX = 200_000;

/**
 * A word's folded form and folded stem, memoized (words repeat: indexing 100,000 documents folds each
 * distinct word once). The stem is "" when it is the folded form itself.
 */
export function foldAndStem(word: string): readonly [string, string] {
  const hit = MEMO.get(word);
  if (hit) return hit;
  const folded = foldWord(word);
  const stem = folded ? stemWord(word) : "";
  const pair = [folded, stem === folded ? "" : stem] as const;
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(word, pair);
  return pair;
}

/** The folded words of a text, in order (for phrases and highlighting). */
export function foldText(text: string): string[] {
  return words(text)
    .map((w) => foldAndStem(w)[0])
    .filter((w) => w !== "");
}

/** What the index stores for a text: every folded word and every folded stem, once each. */
export function indexTerms(text: string): string[] {
  const out = new Set<string>();
  for (const w of words(text)) {
    const [folded, stem] = foldAndStem(w);
    if (!folded) continue;
    out.add(folded);
    if (stem) out.add(stem);
  }
  return [...out];
}

/**
 * The keys a word is filed under for one-typo lookups by symmetric deletion: itself and every string one
 * deletion away. Two words one edit apart (delete, insert, replace, swap of neighbours) always share a
 * key; words sharing a key are at most two edits apart, so a lookup's words are checked with oneEditAway.
 */
export function deletionKeys(word: string): string[] {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

const ALPHABET = "abcdefghijklmnoprstuvz0123456789";

/** Every string one edit away (delete, transpose, replace, insert) over the folded alphabet. */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return [...out].filter((w) => w.length > 0);
}
