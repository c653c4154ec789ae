import { feminine, type Nationality, POOLS, TURKMEN } from "./names.ts";
import type { Rng } from "./random.ts";

/**
 * Spellings of one name the way they really occur: national Cyrillic, Russian Cyrillic, and Latin by
 * BGN/PCGN, by ICAO (passports since 2013) and by the national Latin alphabets (Kazakh 2021, Uzbek,
 * Turkmen; Kyrgyz and Tajik in their common Turkic-style Latin).
 */

type Rule = (prev: string, next: string) => string;
type Table = Record<string, string | Rule>;

const VOWELS = "аеёиоуыэюяәөұүіӯӣ";
const SOFT_START = (prev: string) => prev === "" || VOWELS.includes(prev) || "ъьй".includes(prev);
/** е/ё/ю/я-style letters written with a leading glide at word start or after a vowel. */
const glide =
  (withGlide: string, plain: string): Rule =>
  (prev) =>
    SOFT_START(prev) ? withGlide : plain;

/** Transliterates letter by letter, keeping capitals (Ш → Sh) and everything that is not in the table. */
function transliterate(text: string, table: Table): string {
  let out = "";
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const rule = table[lower];
    if (rule === undefined) {
      out += ch;
      continue;
    }
    const prevRaw = (chars[i - 1] ?? "").toLowerCase();
    const prev = /\p{L}/u.test(prevRaw) ? prevRaw : "";
    const mapped = typeof rule === "string" ? rule : rule(prev, (chars[i + 1] ?? "").toLowerCase());
    out += ch !== lower && mapped ? mapped[0]!.toUpperCase() + mapped.slice(1) : mapped;
  }
  return out;
}

/** Parses "а:a б:b ь:" into a table (an empty right side drops the letter). */
function letters(spec: string): Table {
  return Object.fromEntries(
    spec
      .split(/\s+/)
      .filter(Boolean)
      .map((p) => [p[0]!, p.slice(2)]),
  );
}

const RUSSIAN_BASE = letters(`а:a б:b в:v г:g д:d з:z и:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f
  х:kh ц:ts ч:ch ш:sh щ:shch ж:zh ы:y э:e`);

/** BGN/PCGN 1947 for Russian: Наталья → Natal’ya, Балаева → Balayeva, Ерлан → Yerlan. */
const BGN: Table = {
  ...RUSSIAN_BASE,
  ...letters("й:y ъ:” ь:’ ю:yu я:ya"),
  е: glide("ye", "e"),
  ё: glide("yë", "ë"),
};
/** ICAO Doc 9303 (Russian passports since 2013): Наталья → Natalia, Балаева → Balaeva. */
const ICAO: Table = { ...RUSSIAN_BASE, ...letters("е:e ё:e й:i ъ:ie ь: ю:iu я:ia") };
/** Kazakh Latin alphabet of 2021: Қошанова → Qoşanova, Әйгерім → Äigerım. */
const KAZAKH_2021: Table = {
  ...RUSSIAN_BASE,
  ...letters(`ә:ä ғ:ğ е:e ё:io ж:j й:i қ:q ң:ñ ө:ö ұ:ū ү:ü х:h һ:h ч:ç ш:ş щ:şş ъ: ы:y і:ı ь: ю:iu
    я:ia`),
};
/** Uzbek Latin (1995): Ғуломов → Gʻulomov, Ўктам → Oʻktam, Ҳасанов → Hasanov, Эргашев → Ergashev. */
const uzbek = (mark: string): Table => ({
  ...RUSSIAN_BASE,
  ...letters(`ғ:g${mark} ё:yo ж:j й:y қ:q ў:o${mark} х:x ҳ:h ц:ts ъ:${mark} ь: ю:yu я:ya`),
  е: glide("ye", "e"),
});
/** Kyrgyz in the common Turkic-style Latin: Жээнбеков → Jeenbekov, Өмүрбеков → Ömürbekov. */
const KYRGYZ: Table = {
  ...RUSSIAN_BASE,
  ...letters("ё:yo ж:j й:y ң:ñ ө:ö ү:ü ъ: ь: ю:yu я:ya"),
  е: glide("ye", "e"),
};
/** Tajik in Latin: Ҷамшед → Jamshed, Ҳуршеда → Hursheda, Қодиров → Qodirov, Ғафуров → Ğafurov. */
const TAJIK: Table = {
  ...RUSSIAN_BASE,
  ...letters("ғ:ğ ё:yo ж:zh ӣ:ī й:y қ:q ӯ:ū ҳ:h ҷ:j ъ:ʼ ь: ю:yu я:ya"),
  е: glide("ye", "e"),
};
/** National Cyrillic → Russian Cyrillic, as Russian-language documents write the same names. */
const TO_RUSSIAN = letters("ә:а ғ:г қ:к ң:н ө:о ұ:у ү:у һ:х і:и ҳ:х ҷ:дж ӣ:и ӯ:у ў:у");

const UZBEK_APOSTROPHES = ["ʻ", "'", "‘"] as const;

/** Russian Cyrillic spelling of a national-Cyrillic text. */
export const toRussian = (text: string): string => transliterate(text, TO_RUSSIAN);
/** BGN/PCGN romanization of Russian Cyrillic. */
export const bgn = (russian: string): string => transliterate(russian, BGN);
/** ICAO (passport) romanization of Russian Cyrillic. */
export const icao = (russian: string): string => transliterate(russian, ICAO);
/** Kazakh 2021 Latin of Kazakh Cyrillic. */
export const kazakhLatin = (text: string): string => transliterate(text, KAZAKH_2021);
/** Uzbek Latin of Uzbek Cyrillic, with the given oʻ/gʻ mark (ʻ by default). */
export const uzbekLatin = (text: string, apostrophe = "ʻ"): string => transliterate(text, uzbek(apostrophe));
/** Kyrgyz in Turkic-style Latin. */
export const kyrgyzLatin = (text: string): string => transliterate(text, KYRGYZ);
/** Tajik in Latin. */
export const tajikLatin = (text: string): string => transliterate(text, TAJIK);

/** One person's name in every spelling the generator and the queries use. */
export interface NameSpellings {
  nationality: Nationality;
  /** As written at home: national Cyrillic (kk, ky, tg, uz), Turkmen Latin (tk), Russian (ru). */
  native: string;
  /** Russian Cyrillic. */
  russian: string;
  bgn: string;
  icao: string;
  /** National Latin (Kazakh 2021, Uzbek, Turkmen, Kyrgyz, Tajik); null for Russian names. */
  national: string | null;
}

/** The spellings of a name given in its national form (first and last name joined by a space). */
export function spellingsOf(nationality: Nationality, native: string, russian?: string): NameSpellings {
  const ru = russian ?? (nationality === "tk" ? native : toRussian(native));
  const national: Record<Nationality, (s: string) => string | null> = {
    kk: kazakhLatin,
    ky: kyrgyzLatin,
    tg: tajikLatin,
    uz: (s) => uzbekLatin(s),
    tk: (s) => s,
    ru: () => null,
  };
  return {
    nationality,
    native,
    russian: ru,
    bgn: bgn(ru),
    icao: icao(ru),
    national: national[nationality](native),
  };
}

/** A random person's name of the given nationality, in all its spellings. */
export function randomName(rng: Rng, nationality: Nationality, female: boolean): NameSpellings {
  if (nationality === "tk") {
    const first = rng.pick(female ? TURKMEN.female : TURKMEN.male);
    const last = rng.pick(TURKMEN.surnames);
    const latinLast = female ? feminine(last.latin) : last.latin;
    const cyrLast = female ? feminine(last.cyrillic) : last.cyrillic;
    return spellingsOf("tk", `${first.latin} ${latinLast}`, `${first.cyrillic} ${cyrLast}`);
  }
  const pool = POOLS[nationality];
  const first = rng.pick(female ? pool.female : pool.male);
  const last = rng.pick(pool.surnames);
  return spellingsOf(nationality, `${first} ${female ? feminine(last) : last}`);
}

/** A Latin spelling a reader might type: any of BGN, ICAO or national (Uzbek with a random oʻ mark). */
export function randomLatin(rng: Rng, s: NameSpellings): string {
  const options = [s.bgn, s.icao];
  if (s.national) {
    options.push(s.nationality === "uz" ? uzbekLatin(s.native, rng.pick(UZBEK_APOSTROPHES)) : s.national);
  }
  return rng.pick(options);
}

/** A Cyrillic spelling a reader might type: Russian or national. */
export function randomCyrillic(rng: Rng, s: NameSpellings): string {
  return s.nationality === "tk" || s.nationality === "uz" || rng.chance(0.5) ? s.russian : s.native;
}
