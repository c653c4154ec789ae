import type { ViewCtx } from "../../http/context.ts";
import { type Page, pageSizeParam } from "../../http/list.ts";
import { DataLinks, listHref, PageHeader, Pagination } from "../../views/components.tsx";
import { FilterForm, Select } from "../../views/filters.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { CountryRef } from "../reference/names.service.ts";
import { EVENT_KINDS, type EventsPageQuery } from "./events.schema.ts";
import type { EventCard } from "./events.service.ts";
import { EventMeta, label, Txt } from "./parts.views.tsx";

export interface EventsListProps {
  ctx: ViewCtx;
  page: Page<EventCard>;
  query: EventsPageQuery;
  choices: { years: readonly number[]; countries: CountryRef[] };
}

/** The events list: filters, cards (newest first), pagination and the open-data links. */
export function EventsListPage({ ctx, page, query, choices }: EventsListProps) {
  const { t, locale } = ctx;
  const filters = { year: query.year, country: query.country, kind: query.kind };
  const pageSize = pageSizeParam(query.pageSize);
  const base = `/${locale}/events`;
  return (
    <Layout ctx={ctx} title={t("events.list.title")} description={t("events.list.intro")}>
      <PageHeader title={t("events.list.title")} sub={t("events.list.intro")} />
      <Filters ctx={ctx} action={base} query={query} choices={choices} />
      <p class="meta">{t("events.list.count", { count: page.total })}</p>
      {page.items.length === 0 ? (
        <p>{t("events.list.empty")}</p>
      ) : (
        <ul class="cards">
          {page.items.map((e) => (
            <li key={e.id}>
              <h2>
                <a href={`${base}/${e.slug}`}>
                  <Txt ctx={ctx} value={e.title} />
                </a>
              </h2>
              <EventMeta ctx={ctx} event={e} />
            </li>
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} {...page} hrefFor={(p) => listHref(base, { ...filters, pageSize, page: p })} />
      <DataLinks ctx={ctx} api={listHref("/api/v1/events", { ...filters, locale })} />
    </Layout>
  );
}

function Filters({
  ctx,
  action,
  query,
  choices,
}: {
  ctx: ViewCtx;
  action: string;
  query: EventsPageQuery;
  choices: EventsListProps["choices"];
}) {
  const { t } = ctx;
  return (
    <FilterForm ctx={ctx} action={action} active={Boolean(query.year || query.country || query.kind)}>
      <Select
        ctx={ctx}
        name="year"
        label={t("events.filter.year")}
        value={query.year}
        options={choices.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <Select
        ctx={ctx}
        name="country"
        label={t("events.filter.country")}
        value={query.country}
        options={choices.countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <Select
        ctx={ctx}
        name="kind"
        label={t("events.filter.kind")}
        value={query.kind}
        options={EVENT_KINDS.map((k) => ({ value: k, label: label(ctx, "events.kind", k) }))}
      />
    </FilterForm>
  );
}
