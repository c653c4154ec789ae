import type { Kysely } from "kysely";
import { type LocaleMap, type Localized, loadTranslations, pickOr } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { countryName } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/messages.ts";
import { allTopics } from "../reference/reference.repo.ts";
import { FACETS, type FacetName, type Filters } from "./search.rank.ts";
import type { DocDisplay } from "./search.repo.ts";
import { type Segment, snippet, snippetHtml } from "./search.snippet.ts";
import { inLocale, type SearchType } from "./search.types.ts";

/** One result, in the reader's language. */
export interface SearchHit {
  type: SearchType;
  /** The entity's id. */
  id: number;
  title: Localized;
  url: string;
  /** The excerpt, as pieces to render; `snippet` is the same as escaped HTML with `<mark>`. */
  segments: Segment[];
  snippet: string;
  country: string | null;
  year: number | null;
}

/** One facet value with its count; `active` when it is the current filter. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
  active: boolean;
}

/** The display texts stored with an index document. */
export interface Display {
  t?: LocaleMap;
  x?: LocaleMap;
}

/** Reads a document's display JSON (empty when it is not an object). */
export function parseDisplay(json: string): Display {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === "object" ? (v as Display) : {};
  } catch {
    return {};
  }
}

/** A stored document as the reader sees it: title in her language (fallback marked), snippet, page. */
export function toHit(
  r: Omit<DocDisplay, "id">,
  locale: Locale,
  matches: (word: string) => boolean,
): SearchHit {
  const display = parseDisplay(r.display);
  const title = inLocale(display.t, locale);
  const segments = snippet(inLocale(display.x, locale)?.text ?? "", matches);
  return {
    type: r.type as SearchType,
    id: r.entity_id,
    title: title
      ? { text: title.text, lang: title.lang, fallback: title.lang !== locale }
      : { text: r.path, lang: locale, fallback: true },
    url: `/${locale}${r.path}`,
    segments,
    snippet: snippetHtml(segments),
    country: r.country,
    year: r.year,
  };
}

/** Facet counts with labels in the reader's language (types through `t` when given). */
export async function facetLabels(
  db: Kysely<DB>,
  locale: Locale,
  counts: Record<FacetName, [string, number][]>,
  filters: Filters,
  t?: Translate,
): Promise<Record<FacetName, FacetValue[]>> {
  const counted = new Set(counts.topic.map(([slug]) => slug));
  const topics = counted.size === 0 ? [] : (await allTopics(db)).filter((x) => counted.has(x.slug));
  const names = await loadTranslations(
    db,
    "topic",
    topics.map((x) => x.id),
  );
  const topicLabel = new Map(
    topics.map((x) => [x.slug, pickOr(names.get(x.id), "name", locale, x.slug).text]),
  );
  const label = (facet: FacetName, value: string): string => {
    if (facet === "type") return t ? t(`search.types.${value}`) : value;
    if (facet === "country") return countryName(locale, value);
    if (facet === "topic") return topicLabel.get(value) ?? value;
    return value;
  };
  const out = {} as Record<FacetName, FacetValue[]>;
  for (const facet of FACETS) {
    out[facet] = counts[facet].map(([value, count]) => ({
      value,
      label: label(facet, value),
      count,
      active: filters[facet] !== undefined && String(filters[facet]) === value,
    }));
  }
  return out;
}
