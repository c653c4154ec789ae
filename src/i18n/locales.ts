/** The seven locales of the platform, in the order the language switcher shows them. */
export const LOCALES = ["kk", "ky", "tg", "tk", "uz", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the switcher. */
export const ENDONYMS: Record<Locale, string> = {
  kk: "Қазақша",
  ky: "Кыргызча",
  tg: "Тоҷикӣ",
  tk: "Türkmençe",
  uz: "Oʻzbekcha",
  ru: "Русский",
  en: "English",
};

export const DEFAULT_LOCALE: Locale = "ru";

/** True when the string names one of the platform's locales. */
export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}

const CHAINS = new Map<Locale, readonly Locale[]>(
  LOCALES.map((l) => [l, Object.freeze([...new Set<Locale>([l, "ru", "en", ...LOCALES])])]),
);

/**
 * Where to look when a text is missing: the reader's locale, then Russian, then English, then the rest.
 * Built once per locale (every `pick()` walks it) and frozen, so it is shared safely.
 */
export function fallbackChain(locale: Locale): readonly Locale[] {
  const chain = CHAINS.get(locale);
  if (!chain) throw new Error(`unknown locale ${String(locale)}`);
  return chain;
}

/** Picks the best locale from an Accept-Language header; Russian when nothing matches. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: tag.toLowerCase().split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0 };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  return (ranked.find((r) => isLocale(r.lang))?.lang as Locale | undefined) ?? DEFAULT_LOCALE;
}
