import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listTotalOf } from "../../cache/cache.plugin.ts";
import type { Localized } from "../../db/translations.ts";
import { NotFoundError } from "../../errors.ts";
import { registerApiList } from "../../http/api-list.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams, LocaleQuery } from "../../http/list.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Feature } from "../types.ts";
import {
  PeopleFilters,
  PeoplePageQuery,
  PersonApiParams,
  type PersonDetailJson,
  PersonDetailSchema,
  PersonItem,
  PersonPageParams,
} from "./people.schema.ts";
import * as service from "./people.service.ts";
import { type PeopleListFilters, PeopleListPage, PersonPage } from "./people.views.tsx";
import { type EventLink, getPerson, type PersonDetail } from "./person.service.ts";

const text = (v: Localized | undefined): string | null => v?.text ?? null;

/** The filters alone (the schema has already turned blank values, an "All" choice, into none). */
function filtersOf(q: PeopleFilters): PeopleListFilters {
  return { country: q.country, topic: q.topic, organization: q.organization };
}

function toItem(locale: Locale, p: service.PersonSummary): PersonItem {
  return {
    id: p.id,
    url: `/${locale}/people/${p.slug}`,
    slug: p.slug,
    name: p.name.text,
    country: p.country?.code ?? null,
    titles: p.titles.map((x) => x.text),
  };
}

function toDetail(locale: Locale, p: PersonDetail): PersonDetailJson {
  const event = (e: EventLink) => ({
    slug: e.slug,
    url: `/${locale}/events/${e.slug}`,
    title: e.title.text,
    startsOn: e.startsOn,
  });
  return {
    ...toItem(locale, p),
    otherNames: p.otherNames,
    topics: p.topics.map((x) => ({ slug: x.slug, name: x.name.text })),
    positions: p.positions.map((x) => ({
      title: text(x.title),
      organization: x.organization
        ? {
            slug: x.organization.slug,
            url: `/${locale}/organizations/${x.organization.slug}`,
            name: x.organization.name.text,
          }
        : null,
      startsOn: x.startsOn,
      endsOn: x.endsOn,
      current: x.current,
    })),
    statements: p.statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      text: text(s.text),
      event: event(s.event),
    })),
    events: p.events.map((e) => ({ ...event(e.event), roles: e.roles })),
    projects: p.projects.map((x) => ({
      slug: x.slug,
      url: `/${locale}/projects/${x.slug}`,
      title: x.title.text,
      country: x.country?.code ?? null,
    })),
  };
}

/** Routes of the people feature: the list and person pages, and their JSON/CSV twins. */
export const peopleRoutes: Feature = async (app, { deps }) => {
  const db = deps.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/:locale/people",
    { schema: { hide: true, params: LocaleParams, querystring: PeoplePageQuery } },
    async (req, reply) => {
      const filters = filtersOf(req.query);
      const q = { ...filters, page: req.query.page, pageSize: req.query.pageSize };
      const [page, options] = await Promise.all([
        service.listPeople(db, req.locale, q, listTotalOf(req)),
        service.peopleFilterOptions(db, req.locale),
      ]);
      return sendPage(reply, PeopleListPage({ ctx: viewCtx(req), page, filters, options }));
    },
  );

  r.get("/:locale/people/:slug", { schema: { hide: true, params: PersonPageParams } }, async (req, reply) => {
    const person = await getPerson(db, req.locale, req.params.slug);
    if (!person) throw new NotFoundError("person");
    return sendPage(reply, PersonPage({ ctx: viewCtx(req), person }));
  });

  registerApiList(app, {
    path: "/api/v1/people",
    tag: "people",
    summary:
      "Public people, by surname in the reader's alphabet; filter by country, expertise topic or organization",
    filters: PeopleFilters,
    item: PersonItem,
    load: async (req, q) => {
      const page = await service.listPeople(
        db,
        req.locale,
        { ...filtersOf(q), page: q.page, pageSize: q.pageSize },
        listTotalOf(req),
      );
      return { ...page, items: page.items.map((p) => toItem(req.locale, p)) };
    },
    csvColumns: ["id", "url", "slug", "name", "country", "titles"],
    toCsv: (p) => ({ ...p, titles: p.titles.join("; ") }),
  });

  r.get(
    "/api/v1/people/:slug",
    {
      schema: {
        tags: ["people"],
        summary: "A public person: positions over time, expertise, statements, events, presented projects",
        params: PersonApiParams,
        querystring: LocaleQuery,
        response: { 200: PersonDetailSchema },
      },
    },
    async (req) => {
      const person = await getPerson(db, req.locale, req.params.slug);
      if (!person) throw new NotFoundError("person");
      return toDetail(req.locale, person);
    },
  );
};
