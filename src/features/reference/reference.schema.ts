import { z } from "zod";

/** Filters of the countries list. */
export const CountryFilters = z.object({
  member: z
    .enum(["true", "false"])
    .optional()
    .describe("Only the Dialogue's member countries (true) or the others (false)"),
});

/** A country in the API. */
export const CountrySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  isMember: z.boolean(),
});

/** A topic in the API. */
export const TopicSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
});
