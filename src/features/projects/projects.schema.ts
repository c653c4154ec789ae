import { z } from "zod";
import { CountryCode, LocaleParams, optionalParam, PageQuery, Slug } from "../../http/list.ts";

/** The gallery's filters, shared by the page and the API. */
export const ProjectFilters = z.object({
  country: optionalParam(CountryCode),
  block: optionalParam(Slug),
  topic: optionalParam(Slug),
});
export type ProjectFilters = z.infer<typeof ProjectFilters>;

/** The gallery page's query: filters plus page and page size. */
export const ProjectListQuery = ProjectFilters.extend(PageQuery.shape);
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;

/** `/:locale/projects/:slug`. */
export const ProjectPageParams = LocaleParams.extend({ slug: Slug });
/** `/api/v1/projects/:slug`. */
export const ProjectApiParams = z.object({ slug: Slug });

const Named = z.object({ slug: z.string(), name: z.string() });

/** One project in the API list. */
export const ProjectItem = z.object({
  id: z.number().int(),
  url: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  country: z.string().nullable().describe("ISO 3166-1 alpha-2 code"),
  countryName: z.string().nullable(),
  block: z.object({ slug: z.string(), title: z.string() }).nullable(),
  topics: z.array(Named),
  presenters: z.array(Named.extend({ url: z.string() })),
  stage: z.string(),
});
export type ProjectItem = z.infer<typeof ProjectItem>;

/** One project with where it was presented and its links. */
export const ProjectDetail = ProjectItem.extend({
  event: z.object({ slug: z.string(), title: z.string(), url: z.string(), startsOn: z.string() }).nullable(),
  website: z.string().nullable(),
  links: z.array(z.object({ url: z.string(), label: z.string().nullable() })),
});
export type ProjectDetail = z.infer<typeof ProjectDetail>;
