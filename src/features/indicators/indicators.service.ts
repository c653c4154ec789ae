import type { Kysely } from "kysely";
import { type FieldMap, type Localized, loadTranslations, pick } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { offsetOf, type Page, type PageQuery } from "../../http/list.ts";
import { formatNumber } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/messages.ts";
import { plain } from "../reference/names.service.ts";
import { areaName } from "../reference/reference.service.ts";
import {
  chartObservationsOf,
  countObservations,
  findIndicator,
  type IndicatorRow,
  latestObservationsOf,
  listIndicators,
  type ObservationRow,
  organizationsByIds,
  pageObservationsOf,
} from "./indicators.repo.ts";

/** Who is reading: the locale and its translator (a request or a view context). */
export interface Reader {
  locale: Locale;
  t: Translate;
}

/** One observation as a reader sees it. */
export interface ObservationView {
  id: number;
  area: string;
  country: string | null;
  region: string | null;
  year: number;
  value: number;
  valueText: string;
  note?: Localized;
}

/** An indicator as a reader sees it. */
export interface IndicatorView {
  id: number;
  code: string;
  url: string;
  name: Localized;
  unit: Localized;
  unitCode: string;
  source?: Localized;
  sourceOrg?: { slug: string; name: Localized };
  sourceUrl: string | null;
  observations: ObservationView[];
  observationCount: number;
}

/** What the detail page's chart shows: bars by area (one year) or by year (one area), or a line. */
export type ChartModel =
  | { kind: "area"; year: number; bars: ObservationView[] }
  | { kind: "year"; area: string; bars: ObservationView[] }
  | { kind: "line"; area: string; points: ObservationView[] };

/** The detail page's data. */
export interface IndicatorDetail {
  indicator: IndicatorView;
  page: number;
  pageSize: number;
  chart?: ChartModel;
}

const MAX_BARS = 30;

/** The public page of an indicator. */
export function indicatorUrl(locale: Locale, code: string): string {
  return `/${locale}/indicators/${encodeURIComponent(code)}`;
}

/** Observation views grouped by indicator id, with notes in the reader's language. */
export async function observationViews(
  db: Kysely<DB>,
  r: Reader,
  rows: ObservationRow[],
): Promise<Map<number, ObservationView[]>> {
  const notes = await loadTranslations(
    db,
    "observation",
    rows.map((o) => o.id),
  );
  const out = new Map<number, ObservationView[]>();
  for (const o of rows) {
    const list = out.get(o.indicator_id) ?? [];
    list.push({
      id: o.id,
      area: areaName(r.locale, r.t, o.country_code, o.region),
      country: o.country_code,
      region: o.region,
      year: o.year,
      value: o.value,
      valueText: formatNumber(r.locale, o.value),
      note: pick(notes.get(o.id), "note", r.locale),
    });
    out.set(o.indicator_id, list);
  }
  return out;
}

/** Assembles indicator views for rows, with the given observations (loaded for all rows at once). */
export async function indicatorViews(
  db: Kysely<DB>,
  r: Reader,
  rows: IndicatorRow[],
  obsRows: ObservationRow[],
): Promise<IndicatorView[]> {
  const ids = rows.map((i) => i.id);
  const orgIds = rows.flatMap((i) => (i.source_organization_id === null ? [] : [i.source_organization_id]));
  const [tr, counts, obs, orgs] = await Promise.all([
    loadTranslations(db, "indicator", ids),
    countObservations(db, ids),
    observationViews(db, r, obsRows),
    organizationsByIds(db, orgIds),
  ]);
  const orgTr = await loadTranslations(
    db,
    "organization",
    orgs.map((o) => o.id),
  );
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  return rows.map((i) => {
    const f: FieldMap | undefined = tr.get(i.id);
    const org = i.source_organization_id === null ? undefined : orgById.get(i.source_organization_id);
    return {
      id: i.id,
      code: i.code,
      url: indicatorUrl(r.locale, i.code),
      name: pick(f, "name", r.locale) ?? plain(i.code, r.locale),
      unit: pick(f, "unit_label", r.locale) ?? plain(i.unit, r.locale),
      unitCode: i.unit,
      source: pick(f, "source", r.locale),
      sourceOrg: org
        ? {
            slug: org.slug,
            name: pick(orgTr.get(org.id), "name", r.locale) ?? plain(org.slug, r.locale),
          }
        : undefined,
      sourceUrl: i.source_url,
      observations: obs.get(i.id) ?? [],
      observationCount: counts.get(i.id) ?? 0,
    };
  });
}

/** The indicators page: a page of indicators, each with the latest observation of every area. */
export async function indicatorsPage(db: Kysely<DB>, r: Reader, q: PageQuery): Promise<Page<IndicatorView>> {
  const { rows, total } = await listIndicators(db, { limit: q.pageSize, offset: offsetOf(q) });
  const obs = await latestObservationsOf(
    db,
    rows.map((i) => i.id),
  );
  return { items: await indicatorViews(db, r, rows, obs), total, page: q.page, pageSize: q.pageSize };
}

/** One indicator with a page of its observations and a chart; undefined when there is no such public indicator. */
export async function indicatorDetail(
  db: Kysely<DB>,
  r: Reader,
  code: string,
  q: PageQuery,
): Promise<IndicatorDetail | undefined> {
  const row = await findIndicator(db, code);
  if (!row) return undefined;
  const [obs, chartRows] = await Promise.all([
    pageObservationsOf(db, row.id, { limit: q.pageSize, offset: offsetOf(q) }),
    chartObservationsOf(db, row.id, 500),
  ]);
  const [indicator] = await indicatorViews(db, r, [row], obs);
  if (!indicator) return undefined;
  const chartObs = (await observationViews(db, r, chartRows)).get(row.id) ?? [];
  return { indicator, page: q.page, pageSize: q.pageSize, chart: chartOf(chartObs) };
}

/** Decides what the chart shows: one area → its values by year; several → the latest year by area. */
export function chartOf(obs: ObservationView[]): ChartModel | undefined {
  if (obs.length === 0) return undefined;
  const areas = new Set(obs.map((o) => `${o.country ?? ""}|${o.region ?? ""}`));
  if (areas.size === 1) {
    const series = [...obs].sort((a, b) => a.year - b.year).slice(-40);
    const area = series[0]?.area ?? "";
    if (series.length >= 3) return { kind: "line", area, points: series };
    return { kind: "year", area, bars: series };
  }
  const year = Math.max(...obs.map((o) => o.year));
  const bars = obs
    .filter((o) => o.year === year)
    .sort((a, b) => b.value - a.value)
    .slice(0, MAX_BARS);
  return { kind: "area", year, bars };
}
