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

/** Where to look when a text is missing: the reader's locale, then Russian, then English, then the rest. */
export function fallbackChain(locale: Locale): Locale[] {
  return [...new Set<Locale>([locale, "ru", "en", ...LOCALES])];
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
