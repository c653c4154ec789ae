import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listTotalOf } from "../../cache/cache.plugin.ts";
import { registerApiList } from "../../http/api-list.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams, LocaleQuery } from "../../http/list.ts";
import type { Feature } from "../types.ts";
import { toEventDetail } from "./event-detail.api.ts";
import { eventView } from "./event-detail.service.ts";
import { EventPage } from "./event-page.views.tsx";
import {
  EVENT_CSV_COLUMNS,
  EventApiParams,
  EventDetail,
  EventFilters,
  EventItem,
  EventPageParams,
  EventsPageQuery,
} from "./events.schema.ts";
import { eventFilterChoices, eventsPage, toEventItem } from "./events.service.ts";
import { EventsListPage } from "./events.views.tsx";

/** Routes of the events feature: the list and event pages, and their JSON/CSV twins. */
export const eventsRoutes: Feature = async (app, { deps }) => {
  const db = deps.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/:locale/events",
    { schema: { hide: true, params: LocaleParams, querystring: EventsPageQuery } },
    async (req, reply) => {
      const q = req.query;
      const [page, choices] = await Promise.all([
        eventsPage(db, req.locale, q, q, listTotalOf(req)),
        eventFilterChoices(db, req.locale),
      ]);
      return sendPage(reply, EventsListPage({ ctx: viewCtx(req), page, query: q, choices }));
    },
  );

  r.get("/:locale/events/:slug", { schema: { hide: true, params: EventPageParams } }, async (req, reply) => {
    const view = await eventView(db, req.params.slug, req.locale);
    return sendPage(reply, EventPage({ ctx: viewCtx(req), view }));
  });

  registerApiList(app, {
    path: "/api/v1/events",
    tag: "events",
    summary: "Events, newest first (filters: calendar year of the start date, country, kind)",
    filters: EventFilters,
    item: EventItem,
    load: async (req, q) => {
      const page = await eventsPage(db, req.locale, q, q, listTotalOf(req));
      return { ...page, items: page.items.map((e) => toEventItem(e, req.locale)) };
    },
    csvColumns: EVENT_CSV_COLUMNS,
    toCsv: (e) => ({ ...e }),
  });

  r.get(
    "/api/v1/events/:slug",
    {
      schema: {
        tags: ["events"],
        summary:
          "One event: agenda, participants with the titles they held, statements, organizations, showcase, documents, outcome",
        params: EventApiParams,
        querystring: LocaleQuery,
        response: { 200: EventDetail },
      },
    },
    async (req) => toEventDetail(await eventView(db, req.params.slug, req.locale), req.locale),
  );
};
