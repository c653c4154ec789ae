import type { Kysely } from "kysely";
import { countEveryTime, type TotalOf } from "../../cache/totals.ts";
import { type Localized, loadTranslations, pick, pickOr } from "../../db/translations.ts";
import type { DB, ItemState } from "../../db/types.ts";
import { NotFoundError } from "../../errors.ts";
import { offsetOf, type Page, type PageQuery } from "../../http/list.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/messages.ts";
import {
  type CountryRef,
  countryRef,
  type EventLink,
  eventLinks,
  plain,
  topicsByOwner,
} from "../reference/names.service.ts";
import { topicsOf } from "../reference/reference.repo.ts";
import * as repo from "./plans.repo.ts";

export type { EventLink };

/** An action plan as the list shows it. */
export interface PlanSummaryView {
  id: number;
  year: number;
  url: string;
  title: Localized;
  country: CountryRef;
  adoptedAt: EventLink | null;
  adoptedOn: string | null;
  itemCount: number;
  /** Average progress of leaf items, cancelled ones left out; null without such items. */
  progress: number | null;
}

/** A progress report on an item. */
export interface UpdateView {
  id: number;
  reportedOn: string;
  state: ItemState;
  progress: number;
  note: Localized | undefined;
  reportedBy: CountryRef | null;
  event: EventLink | null;
  document: { slug: string; url: string; title: Localized } | null;
  url: string | null;
}

/** An action-plan item with everything its page row shows. */
export interface ItemView {
  id: number;
  url: string;
  year: number;
  code: string | null;
  parentId: number | null;
  title: Localized;
  description: Localized | undefined;
  state: ItemState;
  progress: number;
  dueFrom: string | null;
  dueTo: string | null;
  topics: { slug: string; name: Localized }[];
  countries: CountryRef[];
  organizations: { slug: string; url: string; name: Localized }[];
  lastReportedOn: string | null;
  updates: UpdateView[];
}

/** An action plan with its (filtered) items. */
export interface PlanView extends PlanSummaryView {
  chairmanshipUrl: string;
  items: ItemView[];
}

type StatRow = { id: number; parent_id: number | null; state: ItemState; progress: number };

/** Overall progress: the mean progress of items without sub-items, cancelled items left out. */
export function overallProgress(items: readonly StatRow[]): number | null {
  const parents = new Set(items.map((i) => i.parent_id));
  const counted = items.filter((i) => !parents.has(i.id) && i.state !== "cancelled");
  if (counted.length === 0) return null;
  return Math.round(counted.reduce((s, i) => s + i.progress, 0) / counted.length);
}

async function summaries(
  db: Kysely<DB>,
  locale: Locale,
  t: Translate,
  rows: repo.PlanRow[],
): Promise<PlanSummaryView[]> {
  const ids = rows.map((r) => r.id);
  const [tx, stats, events] = await Promise.all([
    loadTranslations(db, "plan", ids),
    repo.findItemStats(db, ids),
    eventLinks(
      db,
      locale,
      rows.map((r) => r.adopted_event_id),
    ),
  ]);
  return rows.map((r) => {
    const items = stats.filter((s) => s.plan_id === r.id);
    const title =
      pick(tx.get(r.id), "title", locale) ?? plain(t("plans.defaultTitle", { year: r.year }), locale);
    const adoptedAt = r.adopted_event_id === null ? null : (events.get(r.adopted_event_id) ?? null);
    return {
      id: r.id,
      year: r.year,
      url: `/${locale}/plans/${r.year}`,
      title,
      country: countryRef(locale, r.country_code),
      adoptedAt,
      adoptedOn: r.adopted_on ?? adoptedAt?.startsOn ?? null,
      itemCount: items.length,
      progress: overallProgress(items),
    };
  });
}

/** One page of action plans, newest chairmanship first. */
export async function listPlans(
  db: Kysely<DB>,
  locale: Locale,
  t: Translate,
  q: PageQuery,
): Promise<Page<PlanSummaryView>> {
  const { rows, total } = await repo.findPlans(db, q.pageSize, offsetOf(q));
  return { items: await summaries(db, locale, t, rows), total, page: q.page, pageSize: q.pageSize };
}

/** The plan of a chairmanship year with its items (filtered by state/country) and their updates. */
export async function getPlan(
  db: Kysely<DB>,
  locale: Locale,
  t: Translate,
  year: number,
  f: { state?: ItemState; country?: string } = {},
): Promise<PlanView> {
  const row = await repo.findPlanByYear(db, year);
  if (!row) throw new NotFoundError("plan");
  const [[summary], rows] = await Promise.all([
    summaries(db, locale, t, [row]),
    repo.findItems(db, { planId: row.id, state: f.state, country: f.country }),
  ]);
  if (!summary) throw new NotFoundError("plan");
  return {
    ...summary,
    chairmanshipUrl: `/${locale}/chairmanships/${year}`,
    items: await itemViews(db, locale, rows, true),
  };
}

/** One page of items across plans (no updates, just the last report date). */
export async function listItems(
  db: Kysely<DB>,
  locale: Locale,
  q: repo.ItemFilter & PageQuery,
  totalOf: TotalOf = countEveryTime,
): Promise<Page<ItemView>> {
  const f = { year: q.year, state: q.state, country: q.country };
  const [rows, total] = await Promise.all([
    repo.findItems(db, f, q.pageSize, offsetOf(q)),
    // Items count only in public plans of public chairmanships: their visibility changes the total too.
    totalOf("plan-items", () => repo.countItems(db, f), ["list:plan", "list:chairmanship"]),
  ]);
  return { items: await itemViews(db, locale, rows, false), total, page: q.page, pageSize: q.pageSize };
}

type ItemRow = Awaited<ReturnType<typeof repo.findItems>>[number];

async function itemViews(
  db: Kysely<DB>,
  locale: Locale,
  rows: ItemRow[],
  withUpdates: boolean,
): Promise<ItemView[]> {
  const ids = rows.map((r) => r.id);
  const [countryRows, orgs, topics, updates, last] = await Promise.all([
    repo.findItemCountries(db, ids),
    repo.findItemOrganizations(db, ids),
    topicsOf(db, "plan_item_topics", ids),
    withUpdates ? repo.findUpdates(db, ids) : Promise.resolve([]),
    repo.findLastReported(db, ids),
  ]);
  const [itemTx, orgTx, topicsOfItem, updateTx, events, docs] = await Promise.all([
    loadTranslations(db, "plan_item", ids),
    loadTranslations(
      db,
      "organization",
      orgs.map((o) => o.id),
    ),
    topicsByOwner(db, topics, locale),
    loadTranslations(
      db,
      "plan_update",
      updates.map((u) => u.id),
    ),
    eventLinks(
      db,
      locale,
      updates.map((u) => u.evidence_event_id),
    ),
    documentLinks(
      db,
      locale,
      updates.flatMap((u) => (u.evidence_document_id === null ? [] : [u.evidence_document_id])),
    ),
  ]);
  const lastOf = new Map(last.map((l) => [l.item_id, l.last === null ? null : String(l.last)]));
  return rows.map((r) => ({
    id: r.id,
    url: `/${locale}/plans/${r.year}#item-${r.id}`,
    year: r.year,
    code: r.code,
    parentId: r.parent_id,
    title: pickOr(itemTx.get(r.id), "title", locale, r.code ?? String(r.id)),
    description: pick(itemTx.get(r.id), "description", locale),
    state: r.state,
    progress: r.progress,
    dueFrom: r.due_from,
    dueTo: r.due_to,
    topics: topicsOfItem(r.id),
    countries: countryRows.filter((c) => c.item_id === r.id).map((c) => countryRef(locale, c.country_code)),
    organizations: orgs
      .filter((o) => o.item_id === r.id)
      .map((o) => ({
        slug: o.slug,
        url: `/${locale}/organizations/${o.slug}`,
        name: pick(orgTx.get(o.id), "short_name", locale) ?? pickOr(orgTx.get(o.id), "name", locale, o.slug),
      })),
    lastReportedOn: lastOf.get(r.id) ?? null,
    updates: updates
      .filter((u) => u.item_id === r.id)
      .map((u) => ({
        id: u.id,
        reportedOn: u.reported_on,
        state: u.state,
        progress: u.progress,
        note: pick(updateTx.get(u.id), "note", locale),
        reportedBy: countryRef(locale, u.reported_by_country),
        event: u.evidence_event_id === null ? null : (events.get(u.evidence_event_id) ?? null),
        document: u.evidence_document_id === null ? null : (docs.get(u.evidence_document_id) ?? null),
        url: u.evidence_url,
      })),
  }));
}

async function documentLinks(db: Kysely<DB>, locale: Locale, ids: number[]) {
  const rows = await repo.findDocuments(db, [...new Set(ids)]);
  const tx = await loadTranslations(
    db,
    "document",
    rows.map((r) => r.id),
  );
  return new Map(
    rows.map((d) => [
      d.id,
      {
        slug: d.slug,
        url: `/${locale}/documents/${d.slug}`,
        title: pickOr(tx.get(d.id), "title", locale, d.slug),
      },
    ]),
  );
}
