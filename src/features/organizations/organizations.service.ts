import type { Kysely } from "kysely";
import { countEveryTime, type TotalOf } from "../../cache/totals.ts";
import { type FieldMap, type Localized, loadTranslations, pick } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { offsetOf, type Page, type PageQuery, Slug } from "../../http/list.ts";
import type { Locale } from "../../i18n/locales.ts";
import { type CountryRef, countryRef, plain } from "../reference/names.service.ts";
import * as repo from "./organizations.repo.ts";

export { ORG_KINDS } from "./organizations.schema.ts";

/** How many related rows an organization page shows at most. */
export const DETAIL_LIMIT = 100;

/** A link to an organization. */
export interface OrgRef {
  slug: string;
  name: Localized;
}

/** One entry of the organizations list. */
export interface OrgSummary extends OrgRef {
  id: number;
  shortName: Localized | undefined;
  kind: string;
  country: CountryRef | null;
  parent: OrgRef | null;
}

export interface HolderView {
  id: number;
  person: { slug: string; name: Localized };
  title: Localized | undefined;
  startsOn: string | null;
  endsOn: string | null;
  current: boolean;
}
export interface OrgEventView {
  slug: string;
  title: Localized;
  startsOn: string;
  approximate: boolean;
  roles: string[];
}
export interface PlanItemView {
  id: number;
  code: string | null;
  title: Localized | undefined;
  state: string;
  progress: number;
  year: number;
}

/** Everything an organization's page and API detail show. */
export interface OrgDetail extends OrgSummary {
  website: string | null;
  children: OrgRef[];
  holders: HolderView[];
  /** True when there are more position holders than shown. */
  moreHolders: boolean;
  events: OrgEventView[];
  moreEvents: boolean;
  planItems: PlanItemView[];
}

/** The organizations list query, normalized: `country: null` = international. */
export interface OrgListQuery extends PageQuery {
  kind?: string;
  country?: string | null;
}

const nameOf = (fields: FieldMap | undefined, locale: Locale, slug: string): Localized =>
  pick(fields, "name", locale) ?? plain(slug, locale);

function shortNameOf(fields: FieldMap | undefined, locale: Locale, name: Localized): Localized | undefined {
  const s = pick(fields, "short_name", locale);
  return s && s.text !== name.text ? s : undefined;
}

function summarize(
  r: repo.OrgRow,
  tr: Map<number, FieldMap>,
  parents: Map<number, repo.OrgRow>,
  locale: Locale,
): OrgSummary {
  const name = nameOf(tr.get(r.id), locale, r.slug);
  const parent = r.parent_id === null ? undefined : parents.get(r.parent_id);
  return {
    id: r.id,
    slug: r.slug,
    name,
    shortName: shortNameOf(tr.get(r.id), locale, name),
    kind: r.kind,
    country: countryRef(locale, r.country_code),
    parent: parent ? { slug: parent.slug, name: nameOf(tr.get(parent.id), locale, parent.slug) } : null,
  };
}

/** One page of public organizations in the reader's language. */
export async function listOrganizations(
  db: Kysely<DB>,
  locale: Locale,
  q: OrgListQuery,
  totalOf: TotalOf = countEveryTime,
): Promise<Page<OrgSummary>> {
  const { rows, total } = await repo.listOrganizations(
    db,
    { kind: q.kind, country: q.country },
    locale,
    q.pageSize,
    offsetOf(q),
    totalOf,
  );
  const parentIds = rows.map((r) => r.parent_id).filter((id): id is number => id !== null);
  const parents = await repo.organizationsByIds(db, parentIds);
  const tr = await loadTranslations(db, "organization", [
    ...rows.map((r) => r.id),
    ...parents.map((p) => p.id),
  ]);
  const byId = new Map(parents.map((p) => [p.id, p]));
  const items = rows.map((r) => summarize(r, tr, byId, locale));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** A public organization with its relations, or undefined. */
export async function getOrganization(
  db: Kysely<DB>,
  locale: Locale,
  slug: string,
): Promise<OrgDetail | undefined> {
  // Only well-formed slugs exist; anything else (e.g. a NUL byte PostgreSQL rejects) is simply not found.
  if (!Slug.safeParse(slug).success) return undefined;
  const o = await repo.findOrganization(db, slug);
  if (!o) return undefined;
  const [parents, children, holders, events, items] = await Promise.all([
    repo.organizationsByIds(db, o.parent_id === null ? [] : [o.parent_id]),
    repo.childrenOf(db, o.id, DETAIL_LIMIT),
    repo.holdersOf(db, o.id, locale, DETAIL_LIMIT + 1),
    repo.eventsOf(db, o.id, DETAIL_LIMIT + 1),
    repo.planItemsOf(db, o.id, DETAIL_LIMIT),
  ]);
  const shownHolders = holders.slice(0, DETAIL_LIMIT);
  const shownEvents = events.slice(0, DETAIL_LIMIT);
  const [orgTr, personTr, posTr, eventTr, itemTr] = await Promise.all([
    loadTranslations(db, "organization", [o.id, ...parents.map((p) => p.id), ...children.map((c) => c.id)]),
    loadTranslations(
      db,
      "person",
      shownHolders.map((h) => h.person_id),
    ),
    loadTranslations(
      db,
      "position",
      shownHolders.map((h) => h.id),
    ),
    loadTranslations(
      db,
      "event",
      shownEvents.map((e) => e.event_id),
    ),
    loadTranslations(
      db,
      "plan_item",
      items.map((i) => i.id),
    ),
  ]);
  const collator = new Intl.Collator(locale);
  const byEvent = new Map<number, OrgEventView>();
  for (const e of shownEvents) {
    const v = byEvent.get(e.event_id) ?? {
      slug: e.slug,
      title: pick(eventTr.get(e.event_id), "title", locale) ?? plain(e.slug, locale),
      startsOn: e.starts_on,
      approximate: e.date_approximate === 1,
      roles: [],
    };
    if (!v.roles.includes(e.role)) v.roles.push(e.role);
    byEvent.set(e.event_id, v);
  }
  return {
    ...summarize(o, orgTr, new Map(parents.map((p) => [p.id, p])), locale),
    website: o.website,
    children: children
      .map((c) => ({ slug: c.slug, name: nameOf(orgTr.get(c.id), locale, c.slug) }))
      .sort((a, b) => collator.compare(a.name.text, b.name.text)),
    holders: shownHolders.map((h) => ({
      id: h.id,
      person: { slug: h.person_slug, name: nameOf(personTr.get(h.person_id), locale, h.sort_name) },
      title: pick(posTr.get(h.id), "title", locale),
      startsOn: h.starts_on,
      endsOn: h.ends_on,
      current: h.ends_on === null,
    })),
    moreHolders: holders.length > DETAIL_LIMIT,
    events: [...byEvent.values()],
    moreEvents: events.length > DETAIL_LIMIT,
    planItems: items.map((i) => ({
      id: i.id,
      code: i.code,
      title: pick(itemTr.get(i.id), "title", locale),
      state: i.state,
      progress: i.progress,
      year: i.year,
    })),
  };
}
