import type { ViewCtx } from "../../http/context.ts";
import { type Page, pageSizeParam } from "../../http/list.ts";
import { formatNumber } from "../../i18n/format.ts";
import { DataLinks, listHref, PageHeader, Pagination, Text } from "../../views/components.tsx";
import { safeHref } from "../../views/filters.tsx";
import { Layout } from "../../views/Layout.tsx";
import { BarChart } from "../../views/svg/bar-chart.tsx";
import { LineChart } from "../../views/svg/line-chart.tsx";
import type { ChartModel, IndicatorDetail, IndicatorView, ObservationView } from "./indicators.service.ts";

/** Where the figures come from: the organization (linked), the source text and its link. */
function Source({ ctx, ind }: { ctx: ViewCtx; ind: IndicatorView }) {
  // The source text often just repeats the organization's name: say it once.
  const source = ind.source && ind.source.text !== ind.sourceOrg?.name.text ? ind.source : undefined;
  const sourceUrl = safeHref(ind.sourceUrl);
  return (
    <>
      {ind.sourceOrg ? (
        <a href={`/${ctx.locale}/organizations/${ind.sourceOrg.slug}`}>
          <Text ctx={ctx} value={ind.sourceOrg.name} />
        </a>
      ) : null}
      {source ? (
        <>
          {ind.sourceOrg ? "; " : null}
          <Text ctx={ctx} value={source} />
        </>
      ) : null}
      {sourceUrl ? (
        <>
          {" "}
          (<a href={sourceUrl}>{ctx.t("indicators.sourceLink")}</a>)
        </>
      ) : null}
    </>
  );
}

function IndicatorRows({ ctx, ind }: { ctx: ViewCtx; ind: IndicatorView }) {
  const obs = ind.observations;
  const head = (
    <th scope="rowgroup" rowSpan={Math.max(1, obs.length)}>
      <a href={ind.url}>
        <Text ctx={ctx} value={ind.name} />
      </a>
      {ind.observationCount > obs.length ? (
        <small class="meta">
          {" "}
          <a href={ind.url}>{ctx.t("indicators.list.all", { count: ind.observationCount })}</a>
        </small>
      ) : null}
    </th>
  );
  if (obs.length === 0) {
    return (
      <tbody>
        <tr>
          {head}
          <td colSpan={5}>{ctx.t("indicators.noData")}</td>
        </tr>
      </tbody>
    );
  }
  return (
    <tbody>
      {obs.map((o, i) => (
        <tr key={o.id}>
          {i === 0 ? head : null}
          <td>{o.area}</td>
          <td>{o.year}</td>
          <td class="n">{o.valueText}</td>
          <td>
            <Text ctx={ctx} value={ind.unit} />
          </td>
          <td>{o.note ? <Text ctx={ctx} value={o.note} /> : <Source ctx={ctx} ind={ind} />}</td>
        </tr>
      ))}
    </tbody>
  );
}

/** The indicators page: every indicator of the page with the latest value of each area. */
export function IndicatorsPage({ ctx, page }: { ctx: ViewCtx; page: Page<IndicatorView> }) {
  const { t } = ctx;
  const base = `/${ctx.locale}/indicators`;
  return (
    <Layout ctx={ctx} title={t("indicators.list.title")} description={t("indicators.list.intro")}>
      <PageHeader title={t("indicators.list.title")} sub={t("indicators.list.intro")} />
      {page.items.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <table>
          <caption>{t("indicators.list.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("indicators.col.indicator")}</th>
              <th scope="col">{t("indicators.col.area")}</th>
              <th scope="col">{t("indicators.col.year")}</th>
              <th scope="col" class="n">
                {t("indicators.col.value")}
              </th>
              <th scope="col">{t("indicators.col.unit")}</th>
              <th scope="col">{t("indicators.col.source")}</th>
            </tr>
          </thead>
          {page.items.map((ind) => (
            <IndicatorRows key={ind.id} ctx={ctx} ind={ind} />
          ))}
        </table>
      )}
      <Pagination
        ctx={ctx}
        {...page}
        hrefFor={(p) => listHref(base, { page: p, pageSize: pageSizeParam(page.pageSize) })}
      />
      <DataLinks ctx={ctx} api="/api/v1/indicators" />
      <p class="data">
        {t("indicators.list.observationsData")}: <a href="/api/v1/observations">JSON</a> ·{" "}
        <a href="/api/v1/observations.csv">CSV</a>
      </p>
    </Layout>
  );
}

function chartText(ctx: ViewCtx, ind: IndicatorView, chart: ChartModel): { title: string; desc: string } {
  const unit = ind.unit.text;
  const rows: ObservationView[] = chart.kind === "line" ? chart.points : chart.bars;
  const title =
    chart.kind === "area"
      ? ctx.t("indicators.chart.byArea", { name: ind.name.text, year: String(chart.year) })
      : ctx.t("indicators.chart.byYear", { name: ind.name.text, area: chart.area });
  const parts = rows.map((o) => `${chart.kind === "area" ? o.area : o.year}: ${o.valueText}`);
  return { title, desc: `${ctx.t("indicators.chart.unit", { unit })}. ${parts.join("; ")}.` };
}

/** The indicator's chart, drawn on the server. */
export function IndicatorChart({ ctx, ind, chart }: { ctx: ViewCtx; ind: IndicatorView; chart: ChartModel }) {
  const id = `chart-${ind.code.replace(/[^A-Za-z0-9-]/g, "-")}`;
  const text = chartText(ctx, ind, chart);
  if (chart.kind === "line") {
    return (
      <LineChart
        id={id}
        {...text}
        points={chart.points.map((o) => ({ x: o.year, y: o.value }))}
        formatX={String}
        formatY={(y) => formatNumber(ctx.locale, y)}
      />
    );
  }
  const bars = chart.bars.map((o) => ({
    label: chart.kind === "area" ? o.area : String(o.year),
    value: o.value,
    valueText: o.valueText,
  }));
  return <BarChart id={id} {...text} bars={bars} />;
}

/** One indicator: what it measures, where the figures come from, a chart and the table of observations. */
export function IndicatorPage({ ctx, detail }: { ctx: ViewCtx; detail: IndicatorDetail }) {
  const { t } = ctx;
  const ind = detail.indicator;
  const hasSource = ind.source || ind.sourceOrg || ind.sourceUrl;
  return (
    <Layout ctx={ctx} title={ind.name.text}>
      <PageHeader title={<Text ctx={ctx} value={ind.name} />}>
        <dl class="meta">
          <dt>{t("indicators.col.unit")}</dt>
          <dd>
            <Text ctx={ctx} value={ind.unit} />
          </dd>
          {hasSource ? (
            <>
              <dt>{t("indicators.col.source")}</dt>
              <dd>
                <Source ctx={ctx} ind={ind} />
              </dd>
            </>
          ) : null}
        </dl>
      </PageHeader>
      {detail.chart ? (
        <figure>
          <IndicatorChart ctx={ctx} ind={ind} chart={detail.chart} />
        </figure>
      ) : null}
      <h2>{t("indicators.detail.observations")}</h2>
      {ind.observations.length === 0 ? (
        <p>{t("indicators.noData")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("indicators.col.area")}</th>
              <th scope="col">{t("indicators.col.year")}</th>
              <th scope="col" class="n">
                {t("indicators.col.valueIn", { unit: ind.unit.text })}
              </th>
              <th scope="col">{t("indicators.col.note")}</th>
            </tr>
          </thead>
          <tbody>
            {ind.observations.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.area}</th>
                <td>{o.year}</td>
                <td class="n">{o.valueText}</td>
                <td>
                  <Text ctx={ctx} value={o.note} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        ctx={ctx}
        page={detail.page}
        pageSize={detail.pageSize}
        total={ind.observationCount}
        hrefFor={(p) => listHref(ind.url, { page: p, pageSize: pageSizeParam(detail.pageSize) })}
      />
      <DataLinks ctx={ctx} api={`/api/v1/observations?indicator=${encodeURIComponent(ind.code)}`} />
      <p>
        <a href={`/${ctx.locale}/indicators`}>{t("indicators.detail.back")}</a>
      </p>
    </Layout>
  );
}
