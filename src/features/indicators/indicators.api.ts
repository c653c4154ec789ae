import type { Kysely } from "kysely";
import type { TotalOf } from "../../cache/totals.ts";
import { loadTranslations, pick } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { offsetOf, type Page, type PageQuery } from "../../http/list.ts";
import { findIndicator, listIndicators, listObservations, observationsOf } from "./indicators.repo.ts";
import type { ObservationFilters } from "./indicators.schema.ts";
import {
  type IndicatorView,
  indicatorUrl,
  indicatorViews,
  type ObservationView,
  observationViews,
  type Reader,
} from "./indicators.service.ts";

/** An indicator in the API: plain strings in the request locale. */
export interface IndicatorItem {
  id: number;
  url: string;
  code: string;
  name: string;
  unit: string;
  unitCode: string;
  source: string | null;
  sourceOrganization: string | null;
  sourceUrl: string | null;
  observations: ObservationItem[];
}

/** An observation in the API. */
export interface ObservationItem {
  id: number;
  area: string;
  country: string | null;
  region: string | null;
  year: number;
  value: number;
  note: string | null;
}

/** A row of the flat observations list. */
export interface ObservationRowItem extends ObservationItem {
  url: string;
  indicator: string;
  indicatorName: string;
  unit: string;
}

function toItem(v: IndicatorView): IndicatorItem {
  return {
    id: v.id,
    url: v.url,
    code: v.code,
    name: v.name.text,
    unit: v.unit.text,
    unitCode: v.unitCode,
    source: v.source?.text ?? null,
    sourceOrganization: v.sourceOrg?.slug ?? null,
    sourceUrl: v.sourceUrl,
    observations: v.observations.map(toObservationItem),
  };
}

function toObservationItem(o: ObservationView): ObservationItem {
  return {
    id: o.id,
    area: o.area,
    country: o.country,
    region: o.region,
    year: o.year,
    value: o.value,
    note: o.note?.text ?? null,
  };
}

/** The indicators API list: every indicator of the page with all its observations. */
export async function indicatorsApiPage(
  db: Kysely<DB>,
  r: Reader,
  q: PageQuery,
): Promise<Page<IndicatorItem>> {
  const { rows, total } = await listIndicators(db, { limit: q.pageSize, offset: offsetOf(q) });
  const obs = await observationsOf(
    db,
    rows.map((i) => i.id),
  );
  const views = await indicatorViews(db, r, rows, obs);
  return { items: views.map(toItem), total, page: q.page, pageSize: q.pageSize };
}

/** One indicator for the API, with all its observations. */
export async function indicatorApiItem(
  db: Kysely<DB>,
  r: Reader,
  code: string,
): Promise<IndicatorItem | undefined> {
  const row = await findIndicator(db, code);
  if (!row) return undefined;
  const [view] = await indicatorViews(db, r, [row], await observationsOf(db, [row.id]));
  return view ? toItem(view) : undefined;
}

/** The flat observations list of the API. */
export async function observationsApiPage(
  db: Kysely<DB>,
  r: Reader,
  q: ObservationFilters & PageQuery,
  totalOf?: TotalOf,
): Promise<Page<ObservationRowItem>> {
  const { rows, total } = await listObservations(db, q, { limit: q.pageSize, offset: offsetOf(q) }, totalOf);
  const indicatorIds = [...new Set(rows.map((o) => o.indicator_id))];
  const [tr, obs] = await Promise.all([
    loadTranslations(db, "indicator", indicatorIds),
    observationViews(db, r, rows),
  ]);
  const views = new Map([...obs.values()].flat().map((o) => [o.id, o]));
  const items = rows.flatMap((o) => {
    const v = views.get(o.id);
    if (!v) return [];
    const f = tr.get(o.indicator_id);
    return [
      {
        ...toObservationItem(v),
        url: indicatorUrl(r.locale, o.code),
        indicator: o.code,
        indicatorName: pick(f, "name", r.locale)?.text ?? o.code,
        unit: pick(f, "unit_label", r.locale)?.text ?? o.unit,
      },
    ];
  });
  return { items, total, page: q.page, pageSize: q.pageSize };
}
