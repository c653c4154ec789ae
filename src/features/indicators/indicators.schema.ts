import { z } from "zod";
import { CountryCode, LocaleParams, PageQuery } from "../../http/list.ts";

/** An indicator code: slugs like ours, or WDI/SDG codes such as `SL.TLF.CACT.FE.ZS`. */
export const IndicatorCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/);

/** `/:locale/indicators/:code` */
export const IndicatorPageParams = LocaleParams.extend({ code: IndicatorCode });

/** `/api/v1/indicators/:code` */
export const IndicatorApiParams = z.object({ code: IndicatorCode });

/** Query of the indicator pages: pagination only. */
export const IndicatorPageQuery = PageQuery;

/** Filters of the flat observations list. */
export const ObservationFilters = z.object({
  indicator: IndicatorCode.optional().describe("Indicator code"),
  country: CountryCode.optional().describe("ISO 3166-1 alpha-2 country code"),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
});
export type ObservationFilters = z.infer<typeof ObservationFilters>;

/** One observation inside an indicator. */
export const ObservationSchema = z.object({
  id: z.number().int(),
  area: z.string().describe("Country or region name in the request locale"),
  country: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().int(),
  value: z.number(),
  note: z.string().nullable(),
});

/** An indicator with its observations. */
export const IndicatorSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  unitCode: z.string(),
  source: z.string().nullable(),
  sourceOrganization: z.string().nullable().describe("Slug of the source organization"),
  sourceUrl: z.string().nullable(),
  observations: z.array(ObservationSchema),
});

/** One row of the flat observations list. */
export const ObservationRowSchema = ObservationSchema.extend({
  url: z.string(),
  indicator: z.string(),
  indicatorName: z.string(),
  unit: z.string(),
});
