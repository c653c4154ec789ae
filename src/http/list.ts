import { z } from "zod";

/** How many items a list page shows when the query does not say. */
export const DEFAULT_PAGE_SIZE = 20;

/** Page and page size, shared by every list page and API list. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(DEFAULT_PAGE_SIZE),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** One page of a list: the items on it and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A page size as a link parameter: left out (undefined) when it is the default. */
export function pageSizeParam(pageSize: number): number | undefined {
  return pageSize === DEFAULT_PAGE_SIZE ? undefined : pageSize;
}

/** The SQL offset for a page. */
export function offsetOf(q: PageQuery): number {
  return (q.page - 1) * q.pageSize;
}

/** The JSON shape of a list answer, for OpenAPI. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** `?format=json|csv` on API lists; `.csv` on the path means the same as `format=csv`. */
export const FormatQuery = z.object({ format: z.enum(["json", "csv"]).default("json") });

/** A two-letter country code in a query string, upper-cased. */
export const CountryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/)
  .transform((s) => s.toUpperCase());

/** A slug in a query string or a path. */
export const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/);

/** The `:locale` path parameter of every page route (an unknown locale is a 404, checked before validation). */
export const LocaleParams = z.object({ locale: z.enum(["kk", "ky", "tg", "tk", "uz", "ru", "en"]) });

/** `?locale=` on single-record API endpoints (lists get it from registerApiList). */
export const LocaleQuery = z.object({ locale: LocaleParams.shape.locale.optional() });

/**
 * A query value that may be absent or empty: a filter form's "All" option sends `name=`, which
 * means no filter. Anything else must match the schema (a malformed value is a 400).
 */
export function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
}
