import { z } from "zod";
import { optionalParam, PageQuery } from "../../http/list.ts";

/** The kinds of documents. */
export const DOCUMENT_KINDS = ["action_plan", "declaration", "outcome_document", "report", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Filters of the documents list (an empty value, as a filter form sends for "All", means no filter). */
export const DocumentFilters = z.object({
  kind: optionalParam(z.enum(DOCUMENT_KINDS)),
  year: optionalParam(z.coerce.number().int().min(1900).max(2100)),
});
export type DocumentFilters = z.infer<typeof DocumentFilters>;

/** Query of the documents page. */
export const DocumentPageQuery = DocumentFilters.extend(PageQuery.shape);

/** A document in a list. */
export const DocumentItemSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  slug: z.string(),
  kind: z.enum(DOCUMENT_KINDS).or(z.string()),
  title: z.string(),
  date: z.string().nullable().describe("YYYY-MM-DD"),
  description: z.string().nullable(),
  sourceUrl: z.string().nullable().describe("Where the document is published"),
  event: z.string().nullable().describe("Slug of the related event"),
  chairmanship: z.number().int().nullable().describe("Year of the related chairmanship"),
  plan: z.number().int().nullable().describe("Year of the related action plan"),
});
