import type { Kysely } from "kysely";
import type { TotalOf } from "../../cache/totals.ts";
import { type Localized, loadTranslations, pick, pickOr } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { NotFoundError } from "../../errors.ts";
import { offsetOf, type Page, type PageQuery } from "../../http/list.ts";
import type { Locale } from "../../i18n/locales.ts";
import {
  type CountryRef,
  countryRef,
  type EventLink,
  eventLinks,
  topicsByOwner,
} from "../reference/names.service.ts";
import { topicsOf } from "../reference/reference.repo.ts";
import { memberCountries } from "../reference/reference.service.ts";
import * as repo from "./projects.repo.ts";
import type { ProjectDetail, ProjectItem } from "./projects.schema.ts";

export interface Ref {
  slug: string;
  name: Localized;
}

/** A project as a gallery card shows it. */
export interface ProjectCard {
  id: number;
  slug: string;
  url: string;
  title: Localized;
  summary: Localized | undefined;
  country: CountryRef | null;
  block: Ref | null;
  topics: Ref[];
  presenters: (Ref & { url: string })[];
  stage: string;
}

/** A project as its own page shows it. */
export interface ProjectView extends ProjectCard {
  event: EventLink | null;
  website: string | null;
  links: { url: string; label: string | null }[];
}

/** The choices of the gallery's filter form. */
export interface FilterOptions {
  countries: CountryRef[];
  blocks: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
}

/** Turns project rows into cards: presenters, topics and every text loaded in one query per kind. */
async function toCards(db: Kysely<DB>, locale: Locale, rows: repo.ProjectRow[]): Promise<ProjectCard[]> {
  const ids = rows.map((r) => r.id);
  const [presenters, topicRows] = await Promise.all([
    repo.findPresenters(db, ids),
    topicsOf(db, "project_topics", ids),
  ]);
  const blockIds = rows.flatMap((r) => (r.block_id === null ? [] : [r.block_id]));
  const [projectTx, blockTx, personTx, topics] = await Promise.all([
    loadTranslations(db, "project", ids),
    loadTranslations(db, "block", blockIds),
    loadTranslations(
      db,
      "person",
      presenters.map((p) => p.id),
    ),
    topicsByOwner(db, topicRows, locale),
  ]);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    url: `/${locale}/projects/${r.slug}`,
    title: pickOr(projectTx.get(r.id), "title", locale, r.slug),
    summary: pick(projectTx.get(r.id), "summary", locale),
    country: countryRef(locale, r.country_code),
    block:
      r.block_id !== null && r.block_slug !== null
        ? { slug: r.block_slug, name: pickOr(blockTx.get(r.block_id), "title", locale, r.block_slug) }
        : null,
    topics: topics(r.id),
    presenters: presenters
      .filter((p) => p.project_id === r.id)
      .map((p) => ({
        slug: p.slug,
        url: `/${locale}/people/${p.slug}`,
        name: pickOr(personTx.get(p.id), "name", locale, p.sort_name),
      })),
    stage: r.stage,
  }));
}

/** One page of the gallery, filtered. */
export async function listProjects(
  db: Kysely<DB>,
  locale: Locale,
  q: repo.ProjectFilter & PageQuery,
  totalOf?: TotalOf,
): Promise<Page<ProjectCard>> {
  const { rows, total } = await repo.findProjects(db, q, q.pageSize, offsetOf(q), totalOf);
  return { items: await toCards(db, locale, rows), total, page: q.page, pageSize: q.pageSize };
}

/** One project with its event and links; NotFoundError when there is no such public project. */
export async function getProject(db: Kysely<DB>, locale: Locale, slug: string): Promise<ProjectView> {
  const row = await repo.findProjectBySlug(db, slug);
  if (!row) throw new NotFoundError("project");
  const [[card], links, events] = await Promise.all([
    toCards(db, locale, [row]),
    repo.findProjectLinks(db, row.id),
    eventLinks(db, locale, [row.block_event_id]),
  ]);
  if (!card) throw new NotFoundError("project");
  return {
    ...card,
    event: row.block_event_id === null ? null : (events.get(row.block_event_id) ?? null),
    website: row.website,
    links: links.filter((l) => l.url !== row.website),
  };
}

/** How many showcase blocks the filter offers (the newest; the chosen one is always among them). */
const BLOCK_OPTIONS = 30;

/** The countries, blocks and topics the filter form offers, named in the reader's language. */
export async function filterOptions(db: Kysely<DB>, locale: Locale, block?: string): Promise<FilterOptions> {
  const [countries, blocks, topics] = await Promise.all([
    memberCountries(db, locale),
    repo.findBlocks(db, BLOCK_OPTIONS, block),
    repo.findTopicsWithProjects(db),
  ]);
  const [blockTx, topicTx] = await Promise.all([
    loadTranslations(
      db,
      "block",
      blocks.map((b) => b.id),
    ),
    loadTranslations(
      db,
      "topic",
      topics.map((t) => t.id),
    ),
  ]);
  return {
    countries,
    blocks: blocks.map((b) => ({
      slug: b.slug,
      name: pickOr(blockTx.get(b.id), "title", locale, b.slug).text,
    })),
    topics: topics.map((t) => ({
      slug: t.slug,
      name: pickOr(topicTx.get(t.id), "name", locale, t.slug).text,
    })),
  };
}

/** A card as the JSON API presents it: plain strings in the request locale. */
export function toApiItem(c: ProjectCard): ProjectItem {
  return {
    id: c.id,
    url: c.url,
    slug: c.slug,
    title: c.title.text,
    summary: c.summary?.text ?? null,
    country: c.country?.code ?? null,
    countryName: c.country?.name ?? null,
    block: c.block ? { slug: c.block.slug, title: c.block.name.text } : null,
    topics: c.topics.map((t) => ({ slug: t.slug, name: t.name.text })),
    presenters: c.presenters.map((p) => ({ slug: p.slug, name: p.name.text, url: p.url })),
    stage: c.stage,
  };
}

/** A project page as the JSON API presents it. */
export function toApiDetail(p: ProjectView): ProjectDetail {
  return {
    ...toApiItem(p),
    event: p.event
      ? { slug: p.event.slug, title: p.event.title.text, url: p.event.url, startsOn: p.event.startsOn }
      : null,
    website: p.website,
    links: p.links,
  };
}

/** CSV columns of the project list. */
export const PROJECT_CSV_COLUMNS = [
  "id",
  "url",
  "slug",
  "title",
  "country",
  "countryName",
  "block",
  "topics",
  "presenters",
  "stage",
  "summary",
];

/** One project as a flat CSV row (lists joined with "; "). */
export function toCsvRow(i: ProjectItem): Record<string, string | number | null> {
  return {
    id: i.id,
    url: i.url,
    slug: i.slug,
    title: i.title,
    country: i.country,
    countryName: i.countryName,
    block: i.block?.title ?? null,
    topics: i.topics.map((t) => t.name).join("; "),
    presenters: i.presenters.map((p) => p.name).join("; "),
    stage: i.stage,
    summary: i.summary,
  };
}
