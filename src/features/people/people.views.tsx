import type { ViewCtx } from "../../http/context.ts";
import { type Page, pageSizeParam } from "../../http/list.ts";
import { formatDate } from "../../i18n/format.ts";
import { DataLinks, DateText, listHref, PageHeader, Pagination, Text } from "../../views/components.tsx";
import { FilterForm, Select } from "../../views/filters.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { PeopleFilterOptions, PersonSummary } from "./people.service.ts";
import type { PersonDetail } from "./person.service.ts";

/** The people list's active filters, as they go back into links. */
export interface PeopleListFilters {
  country?: string;
  topic?: string;
  organization?: string;
}

/** A translated label for an enumerated value; the raw value when the catalog has none. */
export function label(ctx: ViewCtx, key: string, raw: string): string {
  const s = ctx.t(key);
  return s === key ? raw : s;
}

/** The people list page: filters, cards, pagination, open-data links. */
export function PeopleListPage({
  ctx,
  page,
  filters,
  options,
}: {
  ctx: ViewCtx;
  page: Page<PersonSummary>;
  filters: PeopleListFilters;
  options: PeopleFilterOptions;
}) {
  const { t, locale } = ctx;
  const base = `/${locale}/people`;
  const title = t("people.list.title");
  return (
    <Layout ctx={ctx} title={title} description={t("people.list.description")}>
      <PageHeader title={title} sub={t("people.list.description")} />
      <FilterForm
        ctx={ctx}
        action={base}
        active={Boolean(filters.country || filters.topic || filters.organization)}
      >
        <Select
          ctx={ctx}
          name="country"
          label={t("people.filter.country")}
          value={filters.country}
          options={options.countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <Select
          ctx={ctx}
          name="topic"
          label={t("people.filter.topic")}
          value={filters.topic}
          options={options.topics.map((tp) => ({ value: tp.slug, label: tp.name.text }))}
        />
        {filters.organization ? (
          <input type="hidden" name="organization" value={filters.organization} />
        ) : null}
      </FilterForm>
      <p class="meta">{t("common.count", { count: page.total })}</p>
      {page.items.length === 0 ? (
        <p>{t("people.list.empty")}</p>
      ) : (
        <ul class="cards">
          {page.items.map((p) => (
            <li key={p.id}>
              <h2>
                <a href={`${base}/${p.slug}`}>
                  <Text ctx={ctx} value={p.name} />
                </a>
              </h2>
              {p.titles.map((ti) => (
                <Text key={ti.text} ctx={ctx} value={ti} as="p" />
              ))}
              {p.country ? <p class="meta">{p.country.name}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        ctx={ctx}
        {...page}
        hrefFor={(n) => listHref(base, { ...filters, page: n, pageSize: pageSizeParam(page.pageSize) })}
      />
      <DataLinks ctx={ctx} api={listHref("/api/v1/people", { ...filters, page: page.page, locale })} />
    </Layout>
  );
}

/** A span of time in office: "from – to", "since …", "until …", or nothing. */
export function Period({ ctx, from, to }: { ctx: ViewCtx; from: string | null; to: string | null }) {
  const { t, locale } = ctx;
  if (from && to) {
    return (
      <span class="meta">
        <DateText ctx={ctx} iso={from} /> – <DateText ctx={ctx} iso={to} />
      </span>
    );
  }
  if (from) return <span class="meta">{t("people.page.since", { date: formatDate(locale, from) })}</span>;
  if (to) return <span class="meta">{t("people.page.until", { date: formatDate(locale, to) })}</span>;
  return null;
}

/** A person's page: names, country, positions over time, expertise, statements, events, projects. */
export function PersonPage({ ctx, person }: { ctx: ViewCtx; person: PersonDetail }) {
  const { t, locale } = ctx;
  const p = person;
  return (
    <Layout ctx={ctx} title={p.name.text} description={p.titles.map((x) => x.text).join("; ") || undefined}>
      <PageHeader
        title={<Text ctx={ctx} value={p.name} />}
        sub={
          p.otherNames.length > 0 ? `${t("people.page.alsoWritten")}: ${p.otherNames.join(" · ")}` : undefined
        }
      >
        {p.country ? (
          <p class="meta">
            {t("people.filter.country")}:{" "}
            <a href={listHref(`/${locale}/people`, { country: p.country.code })}>{p.country.name}</a>
          </p>
        ) : null}
      </PageHeader>
      <h2>{t("people.page.positions")}</h2>
      {p.positions.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul class="list">
          {p.positions.map((x) => (
            <li key={x.id}>
              <Text ctx={ctx} value={x.title} />
              {x.organization ? (
                <>
                  {x.title ? ", " : null}
                  <a href={`/${locale}/organizations/${x.organization.slug}`}>
                    <Text ctx={ctx} value={x.organization.name} />
                  </a>
                </>
              ) : null}{" "}
              <Period ctx={ctx} from={x.startsOn} to={x.endsOn} />
              {x.current ? <strong> · {t("people.page.current")}</strong> : null}
            </li>
          ))}
        </ul>
      )}
      {p.topics.length > 0 ? (
        <>
          <h2>{t("people.page.topics")}</h2>
          <ul class="chips">
            {p.topics.map((x) => (
              <li key={x.slug}>
                <a href={listHref(`/${locale}/people`, { topic: x.slug })}>
                  <Text ctx={ctx} value={x.name} />
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {p.statements.length > 0 ? (
        <>
          <h2>{t("people.page.statements")}</h2>
          <ul class="list">
            {p.statements.map((s) => (
              <li key={s.id}>
                <blockquote>
                  <Text ctx={ctx} value={s.text} as="p" />
                </blockquote>
                <p class="meta">
                  {label(ctx, `people.statementKind.${s.kind}`, s.kind)} ·{" "}
                  <a href={`/${locale}/events/${s.event.slug}`}>
                    <Text ctx={ctx} value={s.event.title} />
                  </a>
                  , <DateText ctx={ctx} iso={s.event.startsOn} approximate={s.event.approximate} />
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {p.events.length > 0 ? (
        <>
          <h2>{t("people.page.events")}</h2>
          <ul class="list">
            {p.events.map((e) => (
              <li key={e.event.slug}>
                <a href={`/${locale}/events/${e.event.slug}`}>
                  <Text ctx={ctx} value={e.event.title} />
                </a>
                , <DateText ctx={ctx} iso={e.event.startsOn} approximate={e.event.approximate} />
                <br />
                <span class="meta">
                  {e.roles.map((r) => label(ctx, `people.role.${r}`, r)).join(", ")}
                  {e.sessions.map((s) => (
                    <span key={s.text}>
                      {" · "}
                      <Text ctx={ctx} value={s} />
                    </span>
                  ))}
                  {e.titles.map((ti) => (
                    <span key={ti.text}>
                      {" · "}
                      <Text ctx={ctx} value={ti} />
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {p.projects.length > 0 ? (
        <>
          <h2>{t("people.page.projects")}</h2>
          <ul class="list">
            {p.projects.map((x) => (
              <li key={x.slug}>
                <a href={`/${locale}/projects/${x.slug}`}>
                  <Text ctx={ctx} value={x.title} />
                </a>
                {x.country ? <span class="meta"> · {x.country.name}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="data">
        {t("people.page.data")}: <a href={`/api/v1/people/${p.slug}?locale=${locale}`}>JSON</a>
      </p>
    </Layout>
  );
}
