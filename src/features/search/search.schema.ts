import { z } from "zod";
import { CountryCode, LocaleParams, optionalParam, Slug } from "../../http/list.ts";
import { SEARCH_TYPES } from "./search.types.ts";

/** The filters and page of a search; an unknown type, a malformed year or page 0 is a 400. */
export const SearchQuery = z.object({
  q: z.string().default("").describe("What to find, in any script or spelling"),
  type: optionalParam(z.enum(SEARCH_TYPES)),
  country: optionalParam(CountryCode).describe("ISO 3166-1 alpha-2 code"),
  topic: optionalParam(Slug).describe("Topic slug"),
  year: optionalParam(z.coerce.number().int().min(1900).max(2100)),
  page: z.coerce.number().int().min(1).max(500).default(1),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** `/api/v1/search`: the same, with a page size and a locale. */
export const SearchApiQuery = SearchQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  locale: LocaleParams.shape.locale.optional(),
});

/** `/api/v1/search/suggest` */
export const SuggestQuery = z.object({
  q: z.string().default(""),
  locale: LocaleParams.shape.locale.optional(),
});

const FacetValueSchema = z.object({
  value: z.string(),
  label: z.string(),
  count: z.number().int(),
  active: z.boolean(),
});

/** One search result. */
export const SearchHitSchema = z.object({
  type: z.enum(SEARCH_TYPES),
  id: z.number().int().describe("The entity's id (unique within its type)"),
  title: z.string(),
  url: z.string().describe("Its public page in the request locale"),
  snippet: z
    .string()
    .describe("An excerpt in the request locale, as escaped HTML with the matched words in <mark>…</mark>"),
  country: z.string().nullable(),
  year: z.number().int().nullable(),
});

/** The answer of `/api/v1/search`. */
export const SearchResultSchema = z.object({
  query: z.string().describe("The query as searched (at most 200 characters)"),
  total: z.number().int(),
  totalExact: z
    .boolean()
    .describe("False when the query matched more than `total` documents (total is then 1000, a lower bound)"),
  facetsExact: z
    .boolean()
    .describe("False when facet counts were counted over the newest 1001 matches only (each a lower bound)"),
  page: z.number().int(),
  pageSize: z.number().int(),
  results: z.array(SearchHitSchema),
  facets: z.object({
    type: z.array(FacetValueSchema),
    country: z.array(FacetValueSchema),
    topic: z.array(FacetValueSchema),
    year: z.array(FacetValueSchema),
  }),
});

/** The answer of `/api/v1/search/suggest`. */
export const SuggestResultSchema = z.object({
  items: z.array(z.object({ title: z.string(), url: z.string(), type: z.enum(SEARCH_TYPES) })),
});
