import { LRUCache } from "lru-cache";
import type { Locale } from "./locales.ts";

/**
 * Sort keys in a locale's alphabetical order, for SQLite (which has no ICU collations; PostgreSQL uses its
 * own, e.g. `COLLATE "kk-x-icu"`). The letters of every script the platform meets are ranked once per
 * locale with ICU's collator (`Intl.Collator`, base strength: case and accents aside), and a text's key
 * spells each letter's rank in two base-36 digits, so plain string order of keys is the locale's
 * alphabetical order: in Kazakh Ә after А, Ғ after Г, Қ after К, Ң after Н, Ө after О, Ұ and Ү after У,
 * Һ after Х, І after Ы. Spaces sort first; other signs are ignored; letters of other scripts sort last.
 */

const LETTERS = [
  "0123456789",
  "abcdefghijklmnopqrstuvwxyz",
  "äçğıñöşüýžňéèêàâîôûëïœæ",
  "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
  "әғқңөұүһі",
  "ӣӯҳҷў",
].join("");

/** How many characters of a text its key covers (names and titles differ well before that). */
const KEY_CHARS = 48;

const ranks = new Map<Locale, Map<string, string>>();

function ranksOf(locale: Locale): Map<string, string> {
  let table = ranks.get(locale);
  if (table) return table;
  const collator = new Intl.Collator(locale, { sensitivity: "base", usage: "sort" });
  const sorted = [...new Set(LETTERS)].sort(collator.compare);
  table = new Map();
  let rank = 0;
  let previous: string | undefined;
  for (const ch of sorted) {
    if (previous === undefined || collator.compare(previous, ch) !== 0) rank++;
    table.set(ch, rank.toString(36).padStart(2, "0"));
    previous = ch;
  }
  ranks.set(locale, table);
  return table;
}

/** Keys of texts seen lately (the SQLite sort function asks for the same names again and again), bounded. */
const keys = new LRUCache<string, string>({ max: 50_000 });

/** The sort key of a text in a locale's alphabetical order (see above). */
export function sortKey(locale: Locale, text: string): string {
  const cacheKey = `${locale}\u0000${text}`;
  const known = keys.get(cacheKey);
  if (known !== undefined) return known;
  const table = ranksOf(locale);
  let key = "";
  let n = 0;
  for (const ch of text.normalize("NFC").toLowerCase()) {
    if (n >= KEY_CHARS) break;
    const r = table.get(ch);
    if (r !== undefined) key += r;
    else if (/\s/u.test(ch)) key += "00";
    else if (/\p{L}/u.test(ch)) key += "zz";
    else continue;
    n++;
  }
  keys.set(cacheKey, key);
  return key;
}
