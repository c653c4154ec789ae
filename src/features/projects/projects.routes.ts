import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listTotalOf } from "../../cache/cache.plugin.ts";
import { registerApiList } from "../../http/api-list.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams, LocaleQuery } from "../../http/list.ts";
import type { Feature } from "../types.ts";
import {
  ProjectApiParams,
  ProjectDetail,
  ProjectFilters,
  ProjectItem,
  ProjectListQuery,
  ProjectPageParams,
} from "./projects.schema.ts";
import {
  filterOptions,
  getProject,
  listProjects,
  PROJECT_CSV_COLUMNS,
  toApiDetail,
  toApiItem,
  toCsvRow,
} from "./projects.service.ts";
import { ProjectPage, ProjectsPage } from "./projects.views.tsx";

/** Routes of the projects feature: the gallery, a project's page, and their JSON/CSV twins. */
export const projectsRoutes: Feature = async (app, { deps }) => {
  const db = deps.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/:locale/projects",
    { schema: { hide: true, params: LocaleParams, querystring: ProjectListQuery } },
    async (req, reply) => {
      const [page, options] = await Promise.all([
        listProjects(db, req.locale, req.query, listTotalOf(req)),
        filterOptions(db, req.locale, req.query.block),
      ]);
      return sendPage(reply, ProjectsPage({ ctx: viewCtx(req), page, options, filters: req.query }));
    },
  );

  r.get(
    "/:locale/projects/:slug",
    { schema: { hide: true, params: ProjectPageParams } },
    async (req, reply) => {
      const p = await getProject(db, req.locale, req.params.slug);
      return sendPage(reply, ProjectPage({ ctx: viewCtx(req), p }));
    },
  );

  registerApiList(app, {
    path: "/api/v1/projects",
    tag: "projects",
    summary: "Projects of the showcase, by block; filters: country, block, topic",
    filters: ProjectFilters,
    item: ProjectItem,
    load: async (req, q) => {
      const page = await listProjects(db, req.locale, q, listTotalOf(req));
      return { ...page, items: page.items.map(toApiItem) };
    },
    csvColumns: PROJECT_CSV_COLUMNS,
    toCsv: toCsvRow,
  });

  r.get(
    "/api/v1/projects/:slug",
    {
      schema: {
        tags: ["projects"],
        summary: "One project, with its presenters, event and links",
        params: ProjectApiParams,
        querystring: LocaleQuery,
        response: { 200: ProjectDetail },
      },
    },
    async (req) => toApiDetail(await getProject(db, req.locale, req.params.slug)),
  );
};
