import { z } from "zod";
import { CountryCode, LocaleParams, optionalParam } from "../../http/list.ts";

/** The states of an action-plan item, in their natural order. */
export const ITEM_STATES = ["planned", "in_progress", "done", "postponed", "cancelled"] as const;
export const ItemState = z.enum(ITEM_STATES);

/** A chairmanship year in a path: four digits (anything else is a 400). */
const Year = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number);

/** `/:locale/plans/:year`. */
export const PlanPageParams = LocaleParams.extend({ year: Year });
/** `/api/v1/plans/:year`. */
export const PlanApiParams = z.object({ year: Year });

/** Filters of a plan's items: state and responsible country. */
export const PlanItemFilters = z.object({
  state: optionalParam(ItemState),
  country: optionalParam(CountryCode),
});
export type PlanItemFilters = z.infer<typeof PlanItemFilters>;

/** Filters of the item list across plans: year, state and responsible country. */
export const PlanItemsApiFilters = PlanItemFilters.extend({
  year: optionalParam(z.coerce.number().int().min(1000).max(9999)),
});

const EventRef = z.object({ slug: z.string(), title: z.string(), url: z.string() });
const Named = z.object({ slug: z.string(), name: z.string() });

/** One action plan in the API list. */
export const PlanSummary = z.object({
  id: z.number().int(),
  url: z.string(),
  year: z.number().int(),
  title: z.string(),
  country: z.string().describe("the chairing country, ISO 3166-1 alpha-2"),
  countryName: z.string(),
  adoptedAt: EventRef.nullable(),
  adoptedOn: z.string().nullable(),
  itemCount: z.number().int(),
  progress: z
    .number()
    .int()
    .nullable()
    .describe(
      "average progress (0–100) of the plan's items; sub-items count instead of their parent, cancelled items are left out",
    ),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/** A progress report on an item, with its evidence. */
export const PlanUpdate = z.object({
  id: z.number().int(),
  reportedOn: z.string(),
  state: ItemState,
  progress: z.number().int(),
  note: z.string().nullable(),
  reportedBy: z.string().nullable(),
  evidence: z.object({
    event: EventRef.nullable(),
    document: z.object({ slug: z.string(), title: z.string(), url: z.string() }).nullable(),
    url: z.string().nullable(),
  }),
});

/** One action-plan item (the list across plans, and inside a plan). */
export const PlanItem = z.object({
  id: z.number().int(),
  url: z.string(),
  year: z.number().int(),
  code: z.string().nullable(),
  parentId: z.number().int().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  state: ItemState,
  progress: z.number().int(),
  dueFrom: z.string().nullable(),
  dueTo: z.string().nullable(),
  topics: z.array(Named),
  countries: z.array(z.object({ code: z.string(), name: z.string() })),
  organizations: z.array(Named.extend({ url: z.string() })),
  lastReportedOn: z.string().nullable(),
});
export type PlanItem = z.infer<typeof PlanItem>;

/** An action plan with its items and their updates. */
export const PlanDetail = PlanSummary.extend({
  chairmanshipUrl: z.string(),
  items: z.array(PlanItem.extend({ updates: z.array(PlanUpdate) })),
});
export type PlanDetail = z.infer<typeof PlanDetail>;
