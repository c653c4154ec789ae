import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listTotalOf } from "../../cache/cache.plugin.ts";
import { NotFoundError } from "../../errors.ts";
import { registerApiList } from "../../http/api-list.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams, LocaleQuery, PageQuery } from "../../http/list.ts";
import type { Feature } from "../types.ts";
import { registerDocumentRoutes } from "./documents.routes.ts";
import { NewsDetailSchema, NewsItemSchema, SlugApiParams, SlugPageParams } from "./news.schema.ts";
import { newsDetail, newsItem, newsPage } from "./news.service.ts";
import { NewsListPage, NewsPage } from "./news.views.tsx";

/** Routes of the news feature: news and documents pages and their API. */
export const newsRoutes: Feature = async (app, { deps }) => {
  const { db } = deps.database;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/:locale/news",
    { schema: { hide: true, params: LocaleParams, querystring: PageQuery } },
    async (req, reply) => {
      const page = await newsPage(db, req.locale, req.query, listTotalOf(req));
      return sendPage(reply, NewsListPage({ ctx: viewCtx(req), page }));
    },
  );

  r.get("/:locale/news/:slug", { schema: { hide: true, params: SlugPageParams } }, async (req, reply) => {
    const post = await newsDetail(db, req.locale, req.params.slug);
    if (!post) throw new NotFoundError("news");
    return sendPage(reply, NewsPage({ ctx: viewCtx(req), post }));
  });

  registerApiList(app, {
    path: "/api/v1/news",
    tag: "news",
    summary: "News, newest first",
    filters: z.object({}),
    item: NewsItemSchema,
    load: async (req, q) => {
      const page = await newsPage(db, req.locale, q, listTotalOf(req));
      return { ...page, items: page.items.map(newsItem) };
    },
    csvColumns: ["id", "url", "slug", "title", "date", "summary", "event", "chairmanship"],
    toCsv: (n) => ({ ...n }),
  });

  r.get(
    "/api/v1/news/:slug",
    {
      schema: {
        tags: ["news"],
        summary: "One news post with its body",
        params: SlugApiParams,
        querystring: LocaleQuery,
        response: { 200: NewsDetailSchema },
      },
    },
    async (req) => {
      const post = await newsDetail(db, req.locale, req.params.slug);
      if (!post) throw new NotFoundError("news");
      return { ...newsItem(post), body: post.bodyText };
    },
  );

  await registerDocumentRoutes(app, deps);
};
