import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { registerApiList } from "../../http/api-list.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams, LocaleQuery } from "../../http/list.ts";
import type { Feature } from "../types.ts";
import { ChairmanshipPage } from "./chairmanship-page.views.tsx";
import { chairmanshipCsvRow, toChairmanshipDetail, toChairmanshipItem } from "./chairmanships.api.ts";
import {
  CHAIRMANSHIP_CSV_COLUMNS,
  ChairmanshipApiParams,
  ChairmanshipDetail,
  ChairmanshipFilters,
  ChairmanshipItem,
  ChairmanshipPageParams,
  TimelineQuery,
} from "./chairmanships.schema.ts";
import { chairmanshipsPage, chairmanshipView, timeline } from "./chairmanships.service.ts";
import { TimelinePage } from "./chairmanships.views.tsx";

/** Routes of the chairmanships feature: the timeline, one chairmanship, and their JSON/CSV twins. */
export const chairmanshipsRoutes: Feature = async (app, { deps }) => {
  const db = deps.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/:locale/chairmanships",
    { schema: { hide: true, params: LocaleParams, querystring: TimelineQuery } },
    async (req, reply) => {
      const { page, entries } = await timeline(db, req.locale, req.query, req.query);
      return sendPage(reply, TimelinePage({ ctx: viewCtx(req), page, entries, query: req.query }));
    },
  );

  r.get(
    "/:locale/chairmanships/:year",
    { schema: { hide: true, params: ChairmanshipPageParams } },
    async (req, reply) => {
      const view = await chairmanshipView(db, req.params.year, req.locale);
      return sendPage(reply, ChairmanshipPage({ ctx: viewCtx(req), view }));
    },
  );

  registerApiList(app, {
    path: "/api/v1/chairmanships",
    tag: "chairmanships",
    summary: "Chairmanships of the Dialogue, in chronological order",
    filters: ChairmanshipFilters,
    item: ChairmanshipItem,
    load: async (req, q) => {
      const page = await chairmanshipsPage(db, req.locale, q, q);
      return { ...page, items: page.items.map((c) => toChairmanshipItem(c, req.locale)) };
    },
    csvColumns: CHAIRMANSHIP_CSV_COLUMNS,
    toCsv: chairmanshipCsvRow,
  });

  r.get(
    "/api/v1/chairmanships/:year",
    {
      schema: {
        tags: ["chairmanships"],
        summary: "One chairmanship: theme, priorities, chair, events, action plan, news and documents",
        params: ChairmanshipApiParams,
        querystring: LocaleQuery,
        response: { 200: ChairmanshipDetail },
      },
    },
    async (req) => toChairmanshipDetail(await chairmanshipView(db, req.params.year, req.locale), req.locale),
  );
};
