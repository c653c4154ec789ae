import { z } from "zod";
import { CountryCode, LocaleParams, optionalParam, PageQuery, Slug } from "../../http/list.ts";

/** The kinds of event the Dialogue holds. */
export const EVENT_KINDS = ["meeting", "conference", "thematic_session", "webinar", "forum"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Participation roles, in the order the agenda shows them. */
export const PARTICIPATION_ROLES = ["moderator", "speaker", "guest", "presenter", "delegate"] as const;
/** Roles of an organization at an event, in the order the page shows them. */
export const ORGANIZATION_ROLES = ["organizer", "supporter", "partner", "participant"] as const;
/** Kinds of statement. */
export const STATEMENT_KINDS = ["quote", "welcome_speech", "proposal", "remark"] as const;

/** Filters of the events list (page and API). `year` is the calendar year of the start date. */
export const EventFilters = z.object({
  year: optionalParam(z.coerce.number().int().min(1900).max(2100)),
  country: optionalParam(CountryCode),
  kind: optionalParam(z.enum(EVENT_KINDS)),
});
export type EventFilters = z.infer<typeof EventFilters>;

/** Query string of the events list page. */
export const EventsPageQuery = EventFilters.extend(PageQuery.shape);
export type EventsPageQuery = z.infer<typeof EventsPageQuery>;

/** Path parameters of the event page. */
export const EventPageParams = LocaleParams.extend({ slug: Slug });
/** Path parameters of the event API. */
export const EventApiParams = z.object({ slug: Slug });

const id = z.number().int();
const link = z.object({ id, slug: z.string(), name: z.string(), url: z.string() });

/** One event in the API list (and a CSV row, flattened). */
export const EventItem = z.object({
  id,
  url: z.string(),
  slug: z.string(),
  title: z.string(),
  kind: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  dateApproximate: z.boolean(),
  isOnline: z.boolean(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  countryName: z.string().nullable(),
  chairmanshipYear: z.number().int().nullable(),
});
export type EventItem = z.infer<typeof EventItem>;

/** The CSV columns of the events list. */
export const EVENT_CSV_COLUMNS = Object.keys(EventItem.shape);

const titleHeld = z.object({ title: z.string().nullable(), organization: link.nullable() });

/** One event with everything about it. */
export const EventDetail = EventItem.extend({
  theme: z.string().nullable(),
  summary: z.string().nullable(),
  topics: z.array(z.object({ slug: z.string(), name: z.string() })),
  chairmanship: z.object({ year: z.number().int(), country: z.string(), url: z.string() }).nullable(),
  organizations: z.array(link.extend({ role: z.string() })),
  countries: z.array(z.object({ code: z.string(), name: z.string(), role: z.string() })),
  sessions: z.array(z.object({ id, kind: z.string(), title: z.string().nullable() })),
  participants: z.array(
    z.object({ sessionId: id.nullable(), role: z.string(), person: link, titles: z.array(titleHeld) }),
  ),
  statements: z.array(
    z.object({
      id,
      sessionId: id.nullable(),
      kind: z.string(),
      text: z.string(),
      person: link,
      topics: z.array(z.string()),
    }),
  ),
  blocks: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      projects: z.array(
        z.object({
          id,
          slug: z.string(),
          title: z.string(),
          url: z.string(),
          country: z.string().nullable(),
          presenters: z.array(link),
        }),
      ),
    }),
  ),
  documents: z.array(
    z.object({ id, slug: z.string(), kind: z.string(), title: z.string(), url: z.string() }),
  ),
  outcomePlans: z.array(
    z.object({ year: z.number().int(), title: z.string(), itemCount: z.number().int(), url: z.string() }),
  ),
});
export type EventDetail = z.infer<typeof EventDetail>;
