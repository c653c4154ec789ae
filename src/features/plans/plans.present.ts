import type { CsvRow } from "../../http/csv.ts";
import type { PlanDetail, PlanItem, PlanSummary } from "./plans.schema.ts";
import type { EventLink, ItemView, PlanSummaryView, PlanView } from "./plans.service.ts";

function eventRef(e: EventLink | null) {
  return e ? { slug: e.slug, title: e.title.text, url: e.url } : null;
}

/** A plan as the JSON API lists it: plain strings in the request locale. */
export function toApiPlan(p: PlanSummaryView): PlanSummary {
  return {
    id: p.id,
    url: p.url,
    year: p.year,
    title: p.title.text,
    country: p.country.code,
    countryName: p.country.name,
    adoptedAt: eventRef(p.adoptedAt),
    adoptedOn: p.adoptedOn,
    itemCount: p.itemCount,
    progress: p.progress,
  };
}

/** An item as the JSON API presents it. */
export function toApiItem(i: ItemView): PlanItem {
  return {
    id: i.id,
    url: i.url,
    year: i.year,
    code: i.code,
    parentId: i.parentId,
    title: i.title.text,
    description: i.description?.text ?? null,
    state: i.state,
    progress: i.progress,
    dueFrom: i.dueFrom,
    dueTo: i.dueTo,
    topics: i.topics.map((t) => ({ slug: t.slug, name: t.name.text })),
    countries: i.countries,
    organizations: i.organizations.map((o) => ({ slug: o.slug, name: o.name.text, url: o.url })),
    lastReportedOn: i.lastReportedOn,
  };
}

/** A plan with its items and their updates, as the JSON API presents it. */
export function toApiPlanDetail(p: PlanView): PlanDetail {
  return {
    ...toApiPlan(p),
    chairmanshipUrl: p.chairmanshipUrl,
    items: p.items.map((i) => ({
      ...toApiItem(i),
      updates: i.updates.map((u) => ({
        id: u.id,
        reportedOn: u.reportedOn,
        state: u.state,
        progress: u.progress,
        note: u.note?.text ?? null,
        reportedBy: u.reportedBy?.code ?? null,
        evidence: {
          event: eventRef(u.event),
          document: u.document
            ? { slug: u.document.slug, title: u.document.title.text, url: u.document.url }
            : null,
          url: u.url,
        },
      })),
    })),
  };
}

/** CSV columns of the plan list. */
export const PLAN_CSV_COLUMNS = [
  "id",
  "url",
  "year",
  "title",
  "country",
  "countryName",
  "adoptedAt",
  "adoptedOn",
  "itemCount",
  "progress",
];

/** A plan as a flat CSV row. */
export function planCsvRow(p: PlanSummary): CsvRow {
  return { ...p, adoptedAt: p.adoptedAt?.title ?? null };
}

/** CSV columns of the item list (accountability data). */
export const ITEM_CSV_COLUMNS = [
  "id",
  "url",
  "year",
  "code",
  "parentId",
  "title",
  "state",
  "progress",
  "dueFrom",
  "dueTo",
  "countries",
  "organizations",
  "topics",
  "lastReportedOn",
  "description",
];

/** An item as a flat CSV row (lists joined with "; ", countries as codes). */
export function itemCsvRow(i: PlanItem): CsvRow {
  return {
    ...i,
    countries: i.countries.map((c) => c.code).join("; "),
    organizations: i.organizations.map((o) => o.name).join("; "),
    topics: i.topics.map((t) => t.name).join("; "),
  };
}
