import type { ViewCtx } from "../../http/context.ts";
import type { Page } from "../../http/list.ts";
import { DataLinks, DateText, listHref, PageHeader, Pagination, Text } from "../../views/components.tsx";
import { FilterForm, Select } from "../../views/filters.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { CountryRef } from "../reference/names.service.ts";
import { PlanItemTree, Progress } from "./plans.items.tsx";
import { ITEM_STATES, type PlanItemFilters } from "./plans.schema.ts";
import type { PlanSummaryView, PlanView } from "./plans.service.ts";

/** The list of action plans, newest chairmanship first. */
export function PlansPage({ ctx, page }: { ctx: ViewCtx; page: Page<PlanSummaryView> }) {
  const { t, locale } = ctx;
  const title = t("plans.list.title");
  return (
    <Layout ctx={ctx} title={title} description={t("plans.list.description")}>
      <PageHeader title={title} sub={t("plans.list.description")} />
      {page.items.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("plans.field.year")}</th>
              <th scope="col">{t("plans.field.chair")}</th>
              <th scope="col">{t("plans.field.title")}</th>
              <th scope="col">{t("plans.field.adoptedAt")}</th>
              <th scope="col" class="n">
                {t("plans.field.items")}
              </th>
              <th scope="col">{t("plans.field.progress")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <a href={`/${locale}/chairmanships/${p.year}`}>{p.year}</a>
                </th>
                <td>{p.country.name}</td>
                <td>
                  <a href={p.url}>
                    <Text ctx={ctx} value={p.title} />
                  </a>
                </td>
                <td>
                  {p.adoptedAt ? (
                    <a href={p.adoptedAt.url}>
                      <Text ctx={ctx} value={p.adoptedAt.title} />
                    </a>
                  ) : null}{" "}
                  <DateText ctx={ctx} iso={p.adoptedOn} />
                </td>
                <td class="n">{p.itemCount}</td>
                <td>
                  <Progress ctx={ctx} value={p.progress} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="meta">{t("plans.list.progressNote")}</p>
      <Pagination ctx={ctx} {...page} hrefFor={(n) => listHref(`/${locale}/plans`, { page: n })} />
      <DataLinks ctx={ctx} api={listHref("/api/v1/plans", { page: page.page, locale })} />
    </Layout>
  );
}

/** One action plan: who adopted it where, its overall progress, the filter form and the item tree. */
export function PlanPage({
  ctx,
  plan,
  filters,
  members,
}: {
  ctx: ViewCtx;
  plan: PlanView;
  filters: PlanItemFilters;
  members: CountryRef[];
}) {
  const { t, locale } = ctx;
  const base = `/${locale}/plans/${plan.year}`;
  const active = Boolean(filters.state || filters.country);
  return (
    <Layout ctx={ctx} title={plan.title.text}>
      <p class="meta">
        <a href={`/${locale}/plans`}>{t("plans.list.title")}</a>
      </p>
      <PageHeader
        title={<Text ctx={ctx} value={plan.title} />}
        sub={
          <a href={plan.chairmanshipUrl}>
            {t("plans.chairmanship", { country: plan.country.name, year: plan.year })}
          </a>
        }
      />
      <dl>
        {plan.adoptedAt || plan.adoptedOn ? (
          <>
            <dt>{t("plans.field.adoptedAt")}</dt>
            <dd>
              {plan.adoptedAt ? (
                <>
                  <a href={plan.adoptedAt.url}>
                    <Text ctx={ctx} value={plan.adoptedAt.title} />
                  </a>
                  {", "}
                </>
              ) : null}
              <DateText ctx={ctx} iso={plan.adoptedOn} />
            </dd>
          </>
        ) : null}
        <dt>{t("plans.field.items")}</dt>
        <dd>{plan.itemCount}</dd>
        <dt>{t("plans.field.progress")}</dt>
        <dd>
          <Progress ctx={ctx} value={plan.progress} />{" "}
          <small class="meta">{t("plans.list.progressNote")}</small>
        </dd>
      </dl>
      <h2>{t("plans.items.title")}</h2>
      <FilterForm ctx={ctx} action={base} label={t("plans.items.filter")} active={active}>
        <Select
          ctx={ctx}
          name="state"
          label={t("plans.field.state")}
          value={filters.state}
          options={ITEM_STATES.map((s) => ({ value: s, label: t(`plans.state.${s}`) }))}
        />
        <Select
          ctx={ctx}
          name="country"
          label={t("plans.field.country")}
          value={filters.country}
          options={members.map((c) => ({ value: c.code, label: c.name }))}
        />
      </FilterForm>
      <p class="sub" role="status">
        {t("plans.items.count", { count: plan.items.length })}
      </p>
      <PlanItemTree ctx={ctx} items={plan.items} />
      <DataLinks
        ctx={ctx}
        api={listHref("/api/v1/plan-items", {
          year: plan.year,
          state: filters.state,
          country: filters.country,
          pageSize: 100,
          locale,
        })}
      />
    </Layout>
  );
}
