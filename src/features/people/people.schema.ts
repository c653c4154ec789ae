import { z } from "zod";
import { CountryCode, LocaleParams, optionalParam, PageQuery, Slug } from "../../http/list.ts";

/** Filters of the people list (page and API); an empty value is no filter. */
export const PeopleFilters = z.object({
  country: optionalParam(CountryCode),
  topic: optionalParam(Slug),
  organization: optionalParam(Slug),
});
export type PeopleFilters = z.infer<typeof PeopleFilters>;

/** Query of the people list page. */
export const PeoplePageQuery = PeopleFilters.extend(PageQuery.shape);

/** `/:locale/people/:slug` (any string: an unknown or malformed slug is a 404, not a 400). */
export const PersonPageParams = LocaleParams.extend({ slug: z.string().min(1).max(200) });
/** `/api/v1/people/:slug`. */
export const PersonApiParams = z.object({ slug: z.string().min(1).max(200) });

/** One person in the API list. */
export const PersonItem = z.object({
  id: z.number().int(),
  url: z.string(),
  slug: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  titles: z.array(z.string()),
});
export type PersonItem = z.infer<typeof PersonItem>;

const EventRef = z.object({ slug: z.string(), url: z.string(), title: z.string(), startsOn: z.string() });

/** A person in the API, with her positions, statements, events and projects. */
export const PersonDetailSchema = PersonItem.extend({
  otherNames: z.array(z.string()),
  topics: z.array(z.object({ slug: z.string(), name: z.string() })),
  positions: z.array(
    z.object({
      title: z.string().nullable(),
      organization: z.object({ slug: z.string(), url: z.string(), name: z.string() }).nullable(),
      startsOn: z.string().nullable(),
      endsOn: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
  statements: z.array(
    z.object({ id: z.number().int(), kind: z.string(), text: z.string().nullable(), event: EventRef }),
  ),
  events: z.array(EventRef.extend({ roles: z.array(z.string()) })),
  projects: z.array(
    z.object({ slug: z.string(), url: z.string(), title: z.string(), country: z.string().nullable() }),
  ),
});
export type PersonDetailJson = z.infer<typeof PersonDetailSchema>;
