import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { FeatureDeps } from "../../app.ts";
import { listTotalOf } from "../../cache/cache.plugin.ts";
import { NotFoundError } from "../../errors.ts";
import { registerApiList } from "../../http/api-list.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams, LocaleQuery } from "../../http/list.ts";
import { DocumentFilters, DocumentItemSchema, DocumentPageQuery } from "./documents.schema.ts";
import { documentDetail, documentItem, documentsPage } from "./documents.service.ts";
import { DocumentPage, DocumentsPage } from "./documents.views.tsx";
import { SlugApiParams, SlugPageParams } from "./news.schema.ts";

/** Registers the documents pages and API (called by the news feature's plugin). */
export async function registerDocumentRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const { db } = deps.database;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/:locale/documents",
    { schema: { hide: true, params: LocaleParams, querystring: DocumentPageQuery } },
    async (req, reply) => {
      const list = await documentsPage(
        db,
        req.locale,
        { kind: req.query.kind, year: req.query.year },
        req.query,
        listTotalOf(req),
      );
      return sendPage(reply, DocumentsPage({ ctx: viewCtx(req), list }));
    },
  );

  r.get(
    "/:locale/documents/:slug",
    { schema: { hide: true, params: SlugPageParams } },
    async (req, reply) => {
      const doc = await documentDetail(db, req.locale, req.params.slug);
      if (!doc) throw new NotFoundError("document");
      return sendPage(reply, DocumentPage({ ctx: viewCtx(req), doc }));
    },
  );

  registerApiList(app, {
    path: "/api/v1/documents",
    tag: "documents",
    summary: "Documents: action plans, declarations, outcome documents, reports (filter by kind and year)",
    filters: DocumentFilters,
    item: DocumentItemSchema,
    load: async (req, q) => {
      const page = await documentsPage(db, req.locale, { kind: q.kind, year: q.year }, q, listTotalOf(req));
      return {
        items: page.items.map(documentItem),
        total: page.total,
        page: page.page,
        pageSize: page.pageSize,
      };
    },
    csvColumns: [
      "id",
      "url",
      "slug",
      "kind",
      "title",
      "date",
      "description",
      "sourceUrl",
      "event",
      "chairmanship",
      "plan",
    ],
    toCsv: (d) => ({ ...d }),
  });

  r.get(
    "/api/v1/documents/:slug",
    {
      schema: {
        tags: ["documents"],
        summary: "One document",
        params: SlugApiParams,
        querystring: LocaleQuery,
        response: { 200: DocumentItemSchema },
      },
    },
    async (req) => {
      const doc = await documentDetail(db, req.locale, req.params.slug);
      if (!doc) throw new NotFoundError("document");
      return documentItem(doc);
    },
  );
}
