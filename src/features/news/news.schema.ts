import { z } from "zod";
import { LocaleParams, Slug } from "../../http/list.ts";

/** `/:locale/news/:slug` and `/:locale/documents/:slug` */
export const SlugPageParams = LocaleParams.extend({ slug: Slug });

/** `/api/v1/news/:slug` and `/api/v1/documents/:slug` */
export const SlugApiParams = z.object({ slug: Slug });

/** A news post in a list. */
export const NewsItemSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  slug: z.string(),
  title: z.string(),
  date: z.string().describe("YYYY-MM-DD"),
  summary: z.string().nullable(),
  event: z.string().nullable().describe("Slug of the related event"),
  chairmanship: z.number().int().nullable().describe("Year of the related chairmanship"),
});

/** A news post with its body (plain text, paragraphs separated by blank lines). */
export const NewsDetailSchema = NewsItemSchema.extend({ body: z.string().nullable() });
