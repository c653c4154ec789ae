import { z } from "zod";
import { CountryCode, LocaleParams, optionalParam, PageQuery } from "../../http/list.ts";
import { EventItem } from "../events/events.schema.ts";

/** Filters of the chairmanships list. */
export const ChairmanshipFilters = z.object({
  country: optionalParam(CountryCode),
});
export type ChairmanshipFilters = z.infer<typeof ChairmanshipFilters>;

/** Query string of the timeline page. */
export const TimelineQuery = ChairmanshipFilters.extend(PageQuery.shape);
export type TimelineQuery = z.infer<typeof TimelineQuery>;

/** A chairmanship year in a path: four digits (anything else is a 400). */
const Year = z
  .string()
  .regex(/^\d{4}$/)
  .transform((s) => Number(s));

/** Path parameters of the chairmanship page. */
export const ChairmanshipPageParams = LocaleParams.extend({ year: Year });
/** Path parameters of the chairmanship API. */
export const ChairmanshipApiParams = z.object({ year: Year });

const topic = z.object({ slug: z.string(), name: z.string() });
const person = z.object({ id: z.number().int(), slug: z.string(), name: z.string(), url: z.string() });

/** One chairmanship in the API list. */
export const ChairmanshipItem = z.object({
  id: z.number().int(),
  url: z.string(),
  year: z.number().int(),
  country: z.string(),
  countryName: z.string(),
  theme: z.string().nullable(),
  chairPerson: person.nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  priorities: z.array(topic),
  eventCount: z.number().int(),
});
export type ChairmanshipItem = z.infer<typeof ChairmanshipItem>;

/** CSV columns of the chairmanships list (priorities as `;`-separated topic slugs). */
export const CHAIRMANSHIP_CSV_COLUMNS = [
  "id",
  "url",
  "year",
  "country",
  "countryName",
  "theme",
  "chairPersonSlug",
  "chairPersonName",
  "startsOn",
  "endsOn",
  "priorities",
  "eventCount",
];

/** One chairmanship with its events, plan, news and documents. */
export const ChairmanshipDetail = ChairmanshipItem.extend({
  handoverNotes: z.string().nullable(),
  events: z.array(EventItem),
  plan: z
    .object({ year: z.number().int(), title: z.string(), itemCount: z.number().int(), url: z.string() })
    .nullable(),
  news: z.array(
    z.object({
      id: z.number().int(),
      slug: z.string(),
      title: z.string(),
      publishedOn: z.string(),
      url: z.string(),
    }),
  ),
  documents: z.array(
    z.object({
      id: z.number().int(),
      slug: z.string(),
      kind: z.string(),
      title: z.string(),
      url: z.string(),
    }),
  ),
  previousYear: z.number().int().nullable(),
  nextYear: z.number().int().nullable(),
});
export type ChairmanshipDetail = z.infer<typeof ChairmanshipDetail>;
