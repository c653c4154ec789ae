import type { ViewCtx } from "../../http/context.ts";
import type { Page } from "../../http/list.ts";
import { DataLinks, listHref, PageHeader, Pagination } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import { EVENT_KINDS, type EventsPageQuery } from "./events.schema.ts";
import type { EventCard } from "./events.service.ts";
import { EventMeta, label, Txt } from "./parts.views.tsx";

export interface EventsListProps {
  ctx: ViewCtx;
  page: Page<EventCard>;
  query: EventsPageQuery;
  choices: { years: number[]; countries: { code: string; name: string }[] };
}

/** The events list: filters, cards (newest first), pagination and the open-data links. */
export function EventsListPage({ ctx, page, query, choices }: EventsListProps) {
  const { t, locale } = ctx;
  const filters = { year: query.year, country: query.country, kind: query.kind };
  const pageSize = query.pageSize === 20 ? undefined : query.pageSize;
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
      <Pagination
        ctx={ctx}
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        hrefFor={(p) => listHref(base, { ...filters, pageSize, page: p })}
      />
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
    <form class="filters" method="get" action={action}>
      <div>
        <label for="f-year">{t("events.filter.year")}</label>
        <select id="f-year" name="year">
          <option value="">{t("common.all")}</option>
          {choices.years.map((y) => (
            <option key={y} value={String(y)} selected={query.year === y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="f-country">{t("events.filter.country")}</label>
        <select id="f-country" name="country">
          <option value="">{t("common.all")}</option>
          {choices.countries.map((c) => (
            <option key={c.code} value={c.code} selected={query.country === c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="f-kind">{t("events.filter.kind")}</label>
        <select id="f-kind" name="kind">
          <option value="">{t("common.all")}</option>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k} selected={query.kind === k}>
              {label(ctx, "events.kind", k)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t("common.filter")}</button>
      {query.year || query.country || query.kind ? <a href={action}>{t("common.reset")}</a> : null}
    </form>
  );
}
