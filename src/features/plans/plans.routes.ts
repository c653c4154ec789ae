import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listTotalOf } from "../../cache/cache.plugin.ts";
import { registerApiList } from "../../http/api-list.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams, LocaleQuery, PageQuery } from "../../http/list.ts";
import { memberCountries } from "../reference/reference.service.ts";
import type { Feature } from "../types.ts";
import {
  ITEM_CSV_COLUMNS,
  itemCsvRow,
  PLAN_CSV_COLUMNS,
  planCsvRow,
  toApiItem,
  toApiPlan,
  toApiPlanDetail,
} from "./plans.present.ts";
import {
  PlanApiParams,
  PlanDetail,
  PlanItem,
  PlanItemFilters,
  PlanItemsApiFilters,
  PlanPageParams,
  PlanSummary,
} from "./plans.schema.ts";
import { getPlan, listItems, listPlans } from "./plans.service.ts";
import { PlanPage, PlansPage } from "./plans.views.tsx";

/** Routes of the plans feature: the plans by year, a plan's items and progress, and their JSON/CSV twins. */
export const plansRoutes: Feature = async (app, { deps }) => {
  const db = deps.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/:locale/plans",
    { schema: { hide: true, params: LocaleParams, querystring: PageQuery } },
    async (req, reply) => {
      const page = await listPlans(db, req.locale, req.t, req.query);
      return sendPage(reply, PlansPage({ ctx: viewCtx(req), page }));
    },
  );

  r.get(
    "/:locale/plans/:year",
    { schema: { hide: true, params: PlanPageParams, querystring: PlanItemFilters } },
    async (req, reply) => {
      const [plan, members] = await Promise.all([
        getPlan(db, req.locale, req.t, req.params.year, req.query),
        memberCountries(db, req.locale),
      ]);
      return sendPage(reply, PlanPage({ ctx: viewCtx(req), plan, filters: req.query, members }));
    },
  );

  registerApiList(app, {
    path: "/api/v1/plans",
    tag: "plans",
    summary: "Action plans, newest chairmanship first, with item count and overall progress",
    filters: z.object({}),
    item: PlanSummary,
    load: async (req, q) => {
      const page = await listPlans(db, req.locale, req.t, q);
      return { ...page, items: page.items.map(toApiPlan) };
    },
    csvColumns: PLAN_CSV_COLUMNS,
    toCsv: planCsvRow,
  });

  r.get(
    "/api/v1/plans/:year",
    {
      schema: {
        tags: ["plans"],
        summary: "The action plan of a chairmanship year, with its items and their progress updates",
        params: PlanApiParams,
        querystring: PlanItemFilters.extend(LocaleQuery.shape),
        response: { 200: PlanDetail },
      },
    },
    async (req) => toApiPlanDetail(await getPlan(db, req.locale, req.t, req.params.year, req.query)),
  );

  registerApiList(app, {
    path: "/api/v1/plan-items",
    tag: "plans",
    summary: "Action-plan items across all plans (accountability data); filters: year, state, country",
    filters: PlanItemsApiFilters,
    item: PlanItem,
    load: async (req, q) => {
      const page = await listItems(db, req.locale, q, listTotalOf(req));
      return { ...page, items: page.items.map(toApiItem) };
    },
    csvColumns: ITEM_CSV_COLUMNS,
    toCsv: itemCsvRow,
  });
};
