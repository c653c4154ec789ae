import { LRUCache } from "lru-cache";
import type { Locale } from "./locales.ts";

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const regionNames = new Map<Locale, Intl.DisplayNames>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats an ISO date (YYYY-MM-DD or a timestamp) in the reader's locale; the date is read as UTC. */
export function formatDate(locale: Locale, iso: string, style: "long" | "medium" | "short" = "long"): string {
  const key = `${locale}:${style}:${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = formatDateOnce(locale, iso, style);
    // Dates repeat across pages; the least recently used go first when the cache is full.
    formattedDates.set(key, text);
  }
  return text;
}

const formattedDates = new LRUCache<string, string>({ max: 20_000 });

function formatDateOnce(locale: Locale, iso: string, style: "long" | "medium" | "short"): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const key = `${locale}:${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" });
    dateFormats.set(key, f);
  }
  return f.format(d);
}

/**
 * Official short names where ICU's CLDR name is not the one the country itself uses
 * (checked against ICU for KZ KG TJ TM UZ in every locale; only these differ).
 */
const OFFICIAL_NAMES: Partial<Record<Locale, Readonly<Record<string, string>>>> = {
  ru: { KG: "Кыргызстан" },
};

const countryNames = new Map<string, string>();

/** A country's (or region's) name in the reader's language: the official short name, else ICU's CLDR name. */
export function countryName(locale: Locale, code: string): string {
  const key = `${locale}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    name = lookupCountryName(locale, code);
    if (countryNames.size < 10_000) countryNames.set(key, name);
  }
  return name;
}

function lookupCountryName(locale: Locale, code: string): string {
  const official = OFFICIAL_NAMES[locale]?.[code];
  if (official) return official;
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Formats a number in the reader's locale. */
export function formatNumber(locale: Locale, n: number, maxFractionDigits = 2): string {
  const key = `${locale}:${maxFractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(key, f);
  }
  return f.format(n);
}
