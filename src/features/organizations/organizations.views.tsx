import type { ViewCtx } from "../../http/context.ts";
import { type Page, pageSizeParam } from "../../http/list.ts";
import { DataLinks, DateText, listHref, PageHeader, Pagination, Text } from "../../views/components.tsx";
import { FilterForm, Select, safeHref } from "../../views/filters.tsx";
import { Layout } from "../../views/Layout.tsx";
import { label, Period } from "../people/people.views.tsx";
import type { CountryRef } from "../reference/names.service.ts";
import { ORG_KINDS, type OrgDetail, type OrgSummary } from "./organizations.service.ts";

/** The organizations list's active filters, as they go back into links. */
export interface OrgListFilters {
  kind?: string;
  country?: string;
}

/** The URL of the action plan of a chairmanship year (built by the plans feature). */
export const planHref = (locale: string, year: number, itemId: number): string =>
  `/${locale}/plans/${year}#item-${itemId}`;

function Meta({ ctx, o }: { ctx: ViewCtx; o: OrgSummary }) {
  const parts = [
    label(ctx, `organizations.kind.${o.kind}`, o.kind),
    o.country?.name ?? ctx.t("organizations.international"),
  ];
  return <p class="meta">{parts.join(" · ")}</p>;
}

/** The organizations list page: filters, cards, pagination, open-data links. */
export function OrgListPage({
  ctx,
  page,
  filters,
  countries,
}: {
  ctx: ViewCtx;
  page: Page<OrgSummary>;
  filters: OrgListFilters;
  countries: CountryRef[];
}) {
  const { t, locale } = ctx;
  const base = `/${locale}/organizations`;
  const title = t("organizations.list.title");
  const kinds = ORG_KINDS.map((k) => ({ value: k, label: label(ctx, `organizations.kind.${k}`, k) }));
  const countryOptions = [
    { value: "none", label: t("organizations.international") },
    ...countries.map((c) => ({ value: c.code, label: c.name })),
  ];
  return (
    <Layout ctx={ctx} title={title} description={t("organizations.list.description")}>
      <PageHeader title={title} sub={t("organizations.list.description")} />
      <FilterForm ctx={ctx} action={base} active={Boolean(filters.kind || filters.country)}>
        <Select
          ctx={ctx}
          name="kind"
          label={t("organizations.filter.kind")}
          value={filters.kind}
          options={kinds}
        />
        <Select
          ctx={ctx}
          name="country"
          label={t("organizations.filter.country")}
          value={filters.country}
          options={countryOptions}
        />
      </FilterForm>
      <p class="meta">{t("common.count", { count: page.total })}</p>
      {page.items.length === 0 ? (
        <p>{t("organizations.list.empty")}</p>
      ) : (
        <ul class="cards">
          {page.items.map((o) => (
            <li key={o.id}>
              <h2>
                <a href={`${base}/${o.slug}`}>
                  <Text ctx={ctx} value={o.name} />
                </a>
              </h2>
              {o.shortName ? <Text ctx={ctx} value={o.shortName} as="p" /> : null}
              <Meta ctx={ctx} o={o} />
              {o.parent ? (
                <p class="meta">
                  {t("organizations.page.parent")}:{" "}
                  <a href={`${base}/${o.parent.slug}`}>
                    <Text ctx={ctx} value={o.parent.name} />
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        ctx={ctx}
        {...page}
        hrefFor={(n) => listHref(base, { ...filters, page: n, pageSize: pageSizeParam(page.pageSize) })}
      />
      <DataLinks ctx={ctx} api={listHref("/api/v1/organizations", { ...filters, page: page.page, locale })} />
    </Layout>
  );
}

/** An organization's page: what it is, where it sits, who worked there, what it did. */
export function OrgPage({ ctx, org }: { ctx: ViewCtx; org: OrgDetail }) {
  const { t, locale } = ctx;
  const base = `/${locale}/organizations`;
  const o = org;
  const website = safeHref(o.website);
  return (
    <Layout ctx={ctx} title={o.name.text}>
      <PageHeader
        title={<Text ctx={ctx} value={o.name} />}
        sub={o.shortName ? <Text ctx={ctx} value={o.shortName} /> : undefined}
      >
        <Meta ctx={ctx} o={o} />
        {o.parent ? (
          <p>
            {t("organizations.page.parent")}:{" "}
            <a href={`${base}/${o.parent.slug}`}>
              <Text ctx={ctx} value={o.parent.name} />
            </a>
          </p>
        ) : null}
        {website ? (
          <p>
            {t("organizations.page.website")}:{" "}
            <a href={website} rel="external noopener">
              {website}
            </a>
          </p>
        ) : null}
      </PageHeader>
      {o.children.length > 0 ? (
        <>
          <h2>{t("organizations.page.children")}</h2>
          <ul class="list">
            {o.children.map((c) => (
              <li key={c.slug}>
                <a href={`${base}/${c.slug}`}>
                  <Text ctx={ctx} value={c.name} />
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("organizations.page.people")}</h2>
      {o.holders.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul class="list">
          {o.holders.map((h) => (
            <li key={h.id}>
              <a href={`/${locale}/people/${h.person.slug}`}>
                <Text ctx={ctx} value={h.person.name} />
              </a>
              {h.title ? (
                <>
                  {", "}
                  <Text ctx={ctx} value={h.title} />
                </>
              ) : null}{" "}
              <Period ctx={ctx} from={h.startsOn} to={h.endsOn} />
              {h.current ? <strong> · {t("organizations.page.current")}</strong> : null}
            </li>
          ))}
        </ul>
      )}
      {o.moreHolders ? (
        <p>
          <a href={listHref(`/${locale}/people`, { organization: o.slug })}>
            {t("organizations.page.allPeople")}
          </a>
        </p>
      ) : null}
      <h2>{t("organizations.page.events")}</h2>
      {o.events.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul class="list">
          {o.events.map((e) => (
            <li key={e.slug}>
              <a href={`/${locale}/events/${e.slug}`}>
                <Text ctx={ctx} value={e.title} />
              </a>
              , <DateText ctx={ctx} iso={e.startsOn} approximate={e.approximate} />
              <span class="meta">
                {" "}
                · {e.roles.map((r) => label(ctx, `organizations.role.${r}`, r)).join(", ")}
              </span>
            </li>
          ))}
        </ul>
      )}
      {o.moreEvents ? (
        <p class="meta">{t("organizations.page.moreEvents", { count: o.events.length })}</p>
      ) : null}
      {o.planItems.length > 0 ? (
        <>
          <h2>{t("organizations.page.planItems")}</h2>
          <ul class="list">
            {o.planItems.map((i) => (
              <li key={i.id}>
                <a href={planHref(locale, i.year, i.id)}>
                  {i.code ? `${i.code}. ` : null}
                  {i.title ? (
                    <Text ctx={ctx} value={i.title} />
                  ) : (
                    t("organizations.page.planItem", { year: i.year })
                  )}
                </a>{" "}
                <span class={`state-${i.state}`}>
                  {label(ctx, `organizations.state.${i.state}`, i.state)}
                </span>
                <span class="meta">
                  {" "}
                  · {i.progress}% · {i.year}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="data">
        {t("organizations.page.data")}: <a href={`/api/v1/organizations/${o.slug}?locale=${locale}`}>JSON</a>
      </p>
    </Layout>
  );
}
