import { z } from "zod";

/** Page and page size, shared by every list page and API list. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** One page of a list: the items on it and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
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
