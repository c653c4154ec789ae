import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listTotalOf } from "../../cache/cache.plugin.ts";
import { NotFoundError } from "../../errors.ts";
import { registerApiList } from "../../http/api-list.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams, PageQuery } from "../../http/list.ts";
import type { Feature } from "../types.ts";
import { indicatorApiItem, indicatorsApiPage, observationsApiPage } from "./indicators.api.ts";
import {
  IndicatorApiParams,
  IndicatorPageParams,
  IndicatorSchema,
  ObservationFilters,
  ObservationRowSchema,
} from "./indicators.schema.ts";
import { indicatorDetail, indicatorsPage } from "./indicators.service.ts";
import { IndicatorPage, IndicatorsPage } from "./indicators.views.tsx";

/** Routes of the indicators feature: the indicators pages and the indicators/observations API. */
export const indicatorsRoutes: Feature = async (app, { deps }) => {
  const { db } = deps.database;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/:locale/indicators",
    { schema: { hide: true, params: LocaleParams, querystring: PageQuery } },
    async (req, reply) => {
      const page = await indicatorsPage(db, req, req.query);
      return sendPage(reply, IndicatorsPage({ ctx: viewCtx(req), page }));
    },
  );

  r.get(
    "/:locale/indicators/:code",
    { schema: { hide: true, params: IndicatorPageParams, querystring: PageQuery } },
    async (req, reply) => {
      const detail = await indicatorDetail(db, req, req.params.code, req.query);
      if (!detail) throw new NotFoundError("indicator");
      return sendPage(reply, IndicatorPage({ ctx: viewCtx(req), detail }));
    },
  );

  registerApiList(app, {
    path: "/api/v1/indicators",
    tag: "indicators",
    summary: "Indicators with all their observations",
    filters: z.object({}),
    item: IndicatorSchema,
    load: (req, q) => indicatorsApiPage(db, req, q),
    csvColumns: [
      "id",
      "url",
      "code",
      "name",
      "unit",
      "unitCode",
      "source",
      "sourceOrganization",
      "sourceUrl",
      "observations",
    ],
    toCsv: (i) => ({ ...i, observations: i.observations.length }),
  });

  r.get(
    "/api/v1/indicators/:code",
    {
      schema: {
        tags: ["indicators"],
        summary: "One indicator with all its observations",
        params: IndicatorApiParams,
        querystring: z.object({ locale: z.enum(["kk", "ky", "tg", "tk", "uz", "ru", "en"]).optional() }),
        response: { 200: IndicatorSchema },
      },
    },
    async (req) => {
      const item = await indicatorApiItem(db, req, req.params.code);
      if (!item) throw new NotFoundError("indicator");
      return item;
    },
  );

  registerApiList(app, {
    path: "/api/v1/observations",
    tag: "indicators",
    summary: "Observations of every indicator, one row each (filter by indicator, country, year)",
    filters: ObservationFilters,
    item: ObservationRowSchema,
    load: (req, q) => observationsApiPage(db, req, q, listTotalOf(req)),
    csvColumns: [
      "id",
      "url",
      "indicator",
      "indicatorName",
      "area",
      "country",
      "region",
      "year",
      "value",
      "unit",
      "note",
    ],
    toCsv: (o) => ({ ...o }),
  });
};
