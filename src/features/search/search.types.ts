import type { LocaleMap } from "../../db/translations.ts";
import { fallbackChain, LOCALES, type Locale } from "../../i18n/locales.ts";

/** The kinds of entity the search index holds, in the order facets list them. */
export const SEARCH_TYPES = [
  "person",
  "organization",
  "event",
  "statement",
  "project",
  "plan_item",
  "news",
  "document",
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** True when the string names a search type. */
export function isSearchType(v: string): v is SearchType {
  return (SEARCH_TYPES as readonly string[]).includes(v);
}

/** What the index needs to know about one public entity, gathered from its tables and translations. */
export interface DocSource {
  type: SearchType;
  entityId: number;
  /** Its public page without the locale prefix, e.g. `/people/aida-balayeva`. */
  path: string;
  country: string | null;
  year: number | null;
  topics: string[];
  /** The title shown, by locale (a statement's is "speaker · event"). */
  title: LocaleMap;
  /** More names indexed with the title (short names) but not shown as the title. */
  altTitles: string[];
  /** The shown title is not searched as a title (a statement's "speaker · event"). */
  noTitleIndex?: boolean;
  /** The text snippets are cut from, by locale. */
  text: LocaleMap;
  /** More text indexed with the body (presenters' names, progress notes) but not shown. */
  extra: string[];
}

/** The texts of several fields joined per locale (`sep` between them); locales with none are left out. */
export function joinLocales(maps: (LocaleMap | undefined)[], sep = " · "): LocaleMap {
  const out: LocaleMap = {};
  for (const l of LOCALES) {
    const parts = maps.map((m) => m?.[l]?.trim()).filter((s): s is string => !!s);
    if (parts.length) out[l] = parts.join(sep);
  }
  return out;
}

/** A text in a locale, walking the fallback chain; undefined when no locale has it. */
export function inLocale(
  map: LocaleMap | undefined,
  locale: Locale,
): { text: string; lang: Locale } | undefined {
  if (!map) return undefined;
  for (const l of fallbackChain(locale)) {
    const text = map[l];
    if (text) return { text, lang: l };
  }
  return undefined;
}

/** Two texts combined in every locale either has (each falling back on its own): "speaker · event". */
export function combineLocales(a: LocaleMap | undefined, b: LocaleMap | undefined, sep = " · "): LocaleMap {
  const out: LocaleMap = {};
  for (const l of LOCALES) {
    if (!a?.[l] && !b?.[l]) continue;
    const parts = [inLocale(a, l)?.text, inLocale(b, l)?.text].filter((s): s is string => !!s);
    out[l] = parts.join(sep);
  }
  return out;
}

/** The distinct texts of a locale map. */
export function textsOf(map: LocaleMap | undefined): string[] {
  return [...new Set(Object.values(map ?? {}).filter((s): s is string => !!s))];
}
