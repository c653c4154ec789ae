import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams } from "../../http/list.ts";
import type { Feature } from "../types.ts";
import {
  SearchApiQuery,
  SearchQuery,
  SearchResultSchema,
  SuggestQuery,
  SuggestResultSchema,
} from "./search.schema.ts";
import { search, suggest } from "./search.service.ts";
import { SearchPage } from "./search.views.tsx";

/** The search page, its JSON twin and the suggestions behind the header search box. */
export const searchRoutes: Feature = async (app, { deps }) => {
  const { database } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/:locale/search",
    { schema: { hide: true, params: LocaleParams, querystring: SearchQuery } },
    async (req, reply) => {
      const q = req.query;
      const result = q.q.trim() ? await search(database, { ...q, locale: req.locale }, req.t) : null;
      return sendPage(reply, SearchPage({ ctx: viewCtx(req), query: q, result }));
    },
  );

  r.get(
    "/api/v1/search",
    {
      schema: {
        tags: ["search"],
        summary: "Search everything public, in any script or spelling",
        description:
          "People, organizations, events, statements, projects, action-plan items, news and documents. " +
          "Cyrillic and Latin spellings (Балаева, Balayeva, Balaeva) find each other; prefixes, word forms " +
          "and one typo in words of five letters or more match too. Results are best first (exact title, " +
          "then phrase, then relevance); facets count the matches by type, country, topic and year, each " +
          "respecting the other filters.",
        querystring: SearchApiQuery,
        response: { 200: SearchResultSchema },
      },
    },
    async (req) => {
      const res = await search(database, { ...req.query, locale: req.locale }, req.t);
      return {
        ...res,
        results: res.results.map((h) => ({
          type: h.type,
          id: h.id,
          title: h.title.text,
          url: h.url,
          snippet: h.snippet,
          country: h.country,
          year: h.year,
        })),
      };
    },
  );

  r.get(
    "/api/v1/search/suggest",
    {
      schema: {
        tags: ["search"],
        summary: "Up to eight titles starting with what has been typed, for the search box",
        querystring: SuggestQuery,
        response: { 200: SuggestResultSchema },
      },
    },
    async (req) => ({ items: await suggest(database, req.query.q, req.locale) }),
  );
};
