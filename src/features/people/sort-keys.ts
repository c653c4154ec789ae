import type { LocaleMap } from "../../db/translations.ts";
import { sortKey } from "../../i18n/collation.ts";
import { fallbackChain, LOCALES, type Locale } from "../../i18n/locales.ts";

/**
 * People lists sort by surname in the reader's alphabet. Names are stored given name first, in each
 * locale's script ("Ерлан Қошанов"); a person's sort text in a locale is her name there (falling back as
 * names fall back: the locale, then ru, then en), surname first ("Қошанов Ерлан"), and its key is the
 * locale's ICU-ranked sort key (src/i18n/collation.ts), stored in `person_sort_keys` so that the list
 * walks an index in order on both databases.
 */

/** A name with its last word (the surname) first: "Ерлан Қошанов" → "Қошанов Ерлан". */
export function surnameFirst(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? `${parts.at(-1)} ${parts.slice(0, -1).join(" ")}` : name.trim();
}

/** The text a person sorts by in a locale: her name there, surname first, else her Latin sort name. */
export function sortTextOf(names: LocaleMap | undefined, sortName: string, locale: Locale): string {
  for (const l of fallbackChain(locale)) {
    const name = names?.[l]?.trim();
    if (name) return surnameFirst(name);
  }
  return sortName;
}

/** A person's sort key in every locale, as rows of `person_sort_keys`. */
export function personSortKeys(
  personId: number,
  names: LocaleMap | undefined,
  sortName: string,
): { person_id: number; locale: Locale; sort_key: string }[] {
  return LOCALES.map((locale) => ({
    person_id: personId,
    locale,
    sort_key: sortKey(locale, sortTextOf(names, sortName, locale)),
  }));
}
