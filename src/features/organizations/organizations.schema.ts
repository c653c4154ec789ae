import { z } from "zod";
import { CountryCode, LocaleParams, optionalParam, PageQuery } from "../../http/list.ts";

/** The kinds of organization, in the order the filter lists them. */
export const ORG_KINDS = [
  "parliament",
  "state_body",
  "court",
  "international",
  "ngo",
  "academia",
  "business",
  "diplomatic",
  "media",
] as const;

/** Filters of the organizations list; `country=none` selects international organizations (no country). */
export const OrgFilters = z.object({
  kind: optionalParam(z.enum(ORG_KINDS)),
  country: optionalParam(z.union([z.literal("none"), CountryCode])),
});
export type OrgFilters = z.infer<typeof OrgFilters>;

/** Query of the organizations list page. */
export const OrgPageQuery = OrgFilters.extend(PageQuery.shape);

/** `/:locale/organizations/:slug` (an unknown or malformed slug is a 404). */
export const OrgPageParams = LocaleParams.extend({ slug: z.string().min(1).max(200) });
/** `/api/v1/organizations/:slug`. */
export const OrgApiParams = z.object({ slug: z.string().min(1).max(200) });

const Ref = z.object({ slug: z.string(), url: z.string(), name: z.string() });

/** One organization in the API list. */
export const OrgItem = z.object({
  id: z.number().int(),
  url: z.string(),
  slug: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string(),
  country: z.string().nullable(),
  parent: Ref.nullable(),
});
export type OrgItem = z.infer<typeof OrgItem>;

/** An organization in the API with its children, people, events and action-plan items. */
export const OrgDetailSchema = OrgItem.extend({
  website: z.string().nullable(),
  children: z.array(Ref),
  people: z.array(
    z.object({
      person: Ref,
      title: z.string().nullable(),
      startsOn: z.string().nullable(),
      endsOn: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
  events: z.array(
    z.object({
      slug: z.string(),
      url: z.string(),
      title: z.string(),
      startsOn: z.string(),
      roles: z.array(z.string()),
    }),
  ),
  planItems: z.array(
    z.object({
      id: z.number().int(),
      code: z.string().nullable(),
      title: z.string().nullable(),
      state: z.string(),
      progress: z.number(),
      year: z.number().int(),
      url: z.string(),
    }),
  ),
});
export type OrgDetailJson = z.infer<typeof OrgDetailSchema>;
