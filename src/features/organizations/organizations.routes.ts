import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listTotalOf } from "../../cache/cache.plugin.ts";
import { NotFoundError } from "../../errors.ts";
import { registerApiList } from "../../http/api-list.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams, LocaleQuery } from "../../http/list.ts";
import type { Locale } from "../../i18n/locales.ts";
import { memberCountries } from "../reference/reference.service.ts";
import type { Feature } from "../types.ts";
import {
  OrgApiParams,
  type OrgDetailJson,
  OrgDetailSchema,
  OrgFilters,
  OrgItem,
  OrgPageParams,
  OrgPageQuery,
} from "./organizations.schema.ts";
import * as service from "./organizations.service.ts";
import { type OrgListFilters, OrgListPage, OrgPage, planHref } from "./organizations.views.tsx";

/** The filters alone (the schema has already turned blank values, an "All" choice, into none). */
function filtersOf(q: OrgFilters): OrgListFilters {
  return { kind: q.kind, country: q.country };
}

/** The service's query: `country=none` means organizations without a country. */
function queryOf(f: OrgListFilters, page: number, pageSize: number): service.OrgListQuery {
  return { kind: f.kind, country: f.country === "none" ? null : f.country, page, pageSize };
}

const ref = (locale: Locale, o: service.OrgRef) => ({
  slug: o.slug,
  url: `/${locale}/organizations/${o.slug}`,
  name: o.name.text,
});

function toItem(locale: Locale, o: service.OrgSummary): OrgItem {
  return {
    id: o.id,
    url: `/${locale}/organizations/${o.slug}`,
    slug: o.slug,
    name: o.name.text,
    shortName: o.shortName?.text ?? null,
    kind: o.kind,
    country: o.country?.code ?? null,
    parent: o.parent ? ref(locale, o.parent) : null,
  };
}

function toDetail(locale: Locale, o: service.OrgDetail): OrgDetailJson {
  return {
    ...toItem(locale, o),
    website: o.website,
    children: o.children.map((c) => ref(locale, c)),
    people: o.holders.map((h) => ({
      person: { slug: h.person.slug, url: `/${locale}/people/${h.person.slug}`, name: h.person.name.text },
      title: h.title?.text ?? null,
      startsOn: h.startsOn,
      endsOn: h.endsOn,
      current: h.current,
    })),
    events: o.events.map((e) => ({
      slug: e.slug,
      url: `/${locale}/events/${e.slug}`,
      title: e.title.text,
      startsOn: e.startsOn,
      roles: e.roles,
    })),
    planItems: o.planItems.map((i) => ({
      id: i.id,
      code: i.code,
      title: i.title?.text ?? null,
      state: i.state,
      progress: i.progress,
      year: i.year,
      url: planHref(locale, i.year, i.id),
    })),
  };
}

/** Routes of the organizations feature: the list and organization pages, and their JSON/CSV twins. */
export const organizationsRoutes: Feature = async (app, { deps }) => {
  const db = deps.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/:locale/organizations",
    { schema: { hide: true, params: LocaleParams, querystring: OrgPageQuery } },
    async (req, reply) => {
      const filters = filtersOf(req.query);
      const [page, countries] = await Promise.all([
        service.listOrganizations(
          db,
          req.locale,
          queryOf(filters, req.query.page, req.query.pageSize),
          listTotalOf(req),
        ),
        memberCountries(db, req.locale),
      ]);
      return sendPage(reply, OrgListPage({ ctx: viewCtx(req), page, filters, countries }));
    },
  );

  r.get(
    "/:locale/organizations/:slug",
    { schema: { hide: true, params: OrgPageParams } },
    async (req, reply) => {
      const org = await service.getOrganization(db, req.locale, req.params.slug);
      if (!org) throw new NotFoundError("organization");
      return sendPage(reply, OrgPage({ ctx: viewCtx(req), org }));
    },
  );

  registerApiList(app, {
    path: "/api/v1/organizations",
    tag: "organizations",
    summary:
      "Public organizations, by name in the request locale; filter by kind and country (`none` = international)",
    filters: OrgFilters,
    item: OrgItem,
    load: async (req, q) => {
      const page = await service.listOrganizations(
        db,
        req.locale,
        queryOf(filtersOf(q), q.page, q.pageSize),
        listTotalOf(req),
      );
      return { ...page, items: page.items.map((o) => toItem(req.locale, o)) };
    },
    csvColumns: ["id", "url", "slug", "name", "shortName", "kind", "country", "parentSlug", "parentName"],
    toCsv: (o) => ({
      id: o.id,
      url: o.url,
      slug: o.slug,
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      country: o.country,
      parentSlug: o.parent?.slug,
      parentName: o.parent?.name,
    }),
  });

  r.get(
    "/api/v1/organizations/:slug",
    {
      schema: {
        tags: ["organizations"],
        summary:
          "A public organization: parent, children, people who held positions there, events, action-plan items",
        params: OrgApiParams,
        querystring: LocaleQuery,
        response: { 200: OrgDetailSchema },
      },
    },
    async (req) => {
      const org = await service.getOrganization(db, req.locale, req.params.slug);
      if (!org) throw new NotFoundError("organization");
      return toDetail(req.locale, org);
    },
  );
};
