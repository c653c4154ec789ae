import type { LocaleMap } from "../../src/db/translations.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import type { Rng } from "./random.ts";
import { CITIES, VOCAB } from "./vocab.ts";

/**
 * Texts in several locales that say "the same thing": a plan of concepts (and maybe a city and a year)
 * is drawn once per field, then rendered in each locale with that language's words, so the translations
 * of one entity line up the way real translations do.
 */
export interface TextPlan {
  concepts: number[];
  city: number | null;
  year: number | null;
  /** Words per sentence (0: one title-like line without a full stop). */
  sentence: number;
  /** Extra words inserted as they are (names of people), keyed by locale. */
  mentions: LocaleMap[];
}

/**
 * Concepts are drawn by a Zipf–Mandelbrot law over their order in the vocabulary (weight 1/(rank + 2.7)):
 * "women" makes about 9 % of the words, the rarest concept about 0.5 %, as in natural text.
 */
const CUMULATIVE = (() => {
  const weights = VOCAB.map((_, i) => 1 / (i + 1 + 2.7));
  const sum = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => {
    acc += w / sum;
    return acc;
  });
})();

/** A concept index drawn by the Zipf–Mandelbrot weights. */
export function zipfConcept(rng: Rng): number {
  const x = rng.next();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Draws a plan of `words` concepts. */
export function planText(
  rng: Rng,
  words: number,
  opts: { city?: number | null; year?: number | null; sentence?: number } = {},
): TextPlan {
  const concepts: number[] = [];
  for (let i = 0; i < words; i++) concepts.push(zipfConcept(rng));
  return {
    concepts,
    city: opts.city ?? null,
    year: opts.year ?? null,
    sentence: opts.sentence ?? 0,
    mentions: [],
  };
}

/** A random city index, of the given country when it has cities. */
export function cityOf(rng: Rng, country: string | null): number {
  const own = CITIES.flatMap((c, i) => (c.country === country ? [i] : []));
  return own.length > 0 ? rng.pick(own) : rng.int(0, CITIES.length - 1);
}

const capitalize = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Renders a plan in one locale. */
export function renderText(rng: Rng, plan: TextPlan, locale: Locale): string {
  const words = plan.concepts.map((i) => rng.pick(VOCAB[i]![locale]));
  for (const m of plan.mentions) {
    const name = m[locale] ?? m.en ?? m.ru;
    if (name) words.splice(rng.int(0, words.length), 0, name);
  }
  if (plan.city !== null) words.splice(rng.int(0, words.length), 0, CITIES[plan.city]!.name[locale]);
  if (plan.year !== null) words.push(String(plan.year));
  if (plan.sentence <= 0) return capitalize(words.join(" "));
  const sentences: string[] = [];
  for (let i = 0; i < words.length; i += plan.sentence) {
    sentences.push(`${capitalize(words.slice(i, i + plan.sentence).join(" "))}.`);
  }
  return sentences.join(" ");
}

/** Renders a plan in each of the given locales. */
export function renderAll(rng: Rng, plan: TextPlan, locales: readonly Locale[]): LocaleMap {
  const out: LocaleMap = {};
  for (const l of locales) out[l] = renderText(rng, plan, l);
  return out;
}

/** Convenience: a fresh plan rendered in the locales (a title when sentence is 0, else prose). */
export function textIn(
  rng: Rng,
  locales: readonly Locale[],
  words: number,
  opts: { city?: number | null; year?: number | null; sentence?: number; mentions?: LocaleMap[] } = {},
): LocaleMap {
  const plan = planText(rng, words, opts);
  plan.mentions = opts.mentions ?? [];
  return renderAll(rng, plan, locales);
}
