import type { Kysely } from "kysely";
import { type FieldMap, type Localized, loadTranslations, pick } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { Slug } from "../../http/list.ts";
import { fallbackChain, type Locale } from "../../i18n/locales.ts";
import { type CountryRef, countryRef, namer, plain, topicsByOwner } from "../reference/names.service.ts";
import { topicsOf } from "../reference/reference.repo.ts";
import * as repo from "./people.repo.ts";

export interface OrgLink {
  slug: string;
  name: Localized;
}
export interface EventLink {
  slug: string;
  title: Localized;
  startsOn: string;
  approximate: boolean;
}
export interface PositionView {
  id: number;
  title: Localized | undefined;
  organization: OrgLink | null;
  startsOn: string | null;
  endsOn: string | null;
  current: boolean;
}
export interface StatementView {
  id: number;
  kind: string;
  text: Localized | undefined;
  event: EventLink;
}
export interface ParticipationView {
  event: EventLink;
  roles: string[];
  sessions: Localized[];
  /** The titles she held there, when recorded (one per participation that names a position). */
  titles: Localized[];
}
export interface ProjectLink {
  slug: string;
  title: Localized;
  country: CountryRef | null;
}
export interface TopicLink {
  slug: string;
  name: Localized;
}

/** Everything the person page and the person API show. */
export interface PersonDetail {
  id: number;
  slug: string;
  name: Localized;
  country: CountryRef | null;
  /** Titles of the current positions (or of the latest one). */
  titles: Localized[];
  /** The name as written in other scripts/locales, where it differs. */
  otherNames: string[];
  positions: PositionView[];
  topics: TopicLink[];
  statements: StatementView[];
  events: ParticipationView[];
  projects: ProjectLink[];
}

/** The open positions of a person, or the one that ended last when none is open. */
export function currentOf(positions: repo.PositionRow[]): repo.PositionRow[] {
  const open = positions.filter((p) => p.ends_on === null);
  if (open.length > 0) return open;
  const latest = [...positions].sort((a, b) => (b.ends_on ?? "").localeCompare(a.ends_on ?? ""))[0];
  return latest ? [latest] : [];
}

/** Current first, then by end and start date, newest first. */
function byRecency(a: repo.PositionRow, b: repo.PositionRow): number {
  if ((a.ends_on === null) !== (b.ends_on === null)) return a.ends_on === null ? -1 : 1;
  return (
    (b.ends_on ?? "").localeCompare(a.ends_on ?? "") || (b.starts_on ?? "").localeCompare(a.starts_on ?? "")
  );
}

/** A public person with everything her page shows, or undefined. */
export async function getPerson(
  db: Kysely<DB>,
  locale: Locale,
  slug: string,
): Promise<PersonDetail | undefined> {
  // Only well-formed slugs exist; anything else (e.g. a NUL byte PostgreSQL rejects) is simply not found.
  if (!Slug.safeParse(slug).success) return undefined;
  const p = await repo.findPerson(db, slug);
  if (!p) return undefined;
  const [positions, topicRows, statements, parts, projects] = await Promise.all([
    repo.positionsOf(db, [p.id]),
    topicsOf(db, "person_topics", [p.id]),
    repo.statementsOf(db, p.id),
    repo.participationsOf(db, p.id),
    repo.projectsOf(db, p.id),
  ]);
  const eventIds = [...statements.map((s) => s.event_id), ...parts.map((x) => x.event_id)];
  const sessionIds = parts.flatMap((x) => (x.session_id === null ? [] : [x.session_id]));
  const orgIds = positions.flatMap((x) => (x.org_id === null ? [] : [x.org_id]));
  const [names, posText, orgText, topics, stText, evText, sesText, prText] = await Promise.all([
    loadTranslations(db, "person", [p.id]),
    namer(
      db,
      "position",
      positions.map((x) => x.id),
      locale,
    ),
    namer(db, "organization", orgIds, locale),
    topicsByOwner(db, topicRows, locale),
    namer(
      db,
      "statement",
      statements.map((x) => x.id),
      locale,
    ),
    namer(db, "event", eventIds, locale),
    namer(db, "session", sessionIds, locale),
    namer(
      db,
      "project",
      projects.map((x) => x.id),
      locale,
    ),
  ]);
  const personFields = names.get(p.id);
  const name = pick(personFields, "name", locale) ?? plain(p.sort_name, locale);
  const event = (id: number, slug: string, startsOn: string, approx: number): EventLink => ({
    slug,
    title: evText(id, "title", slug) ?? plain(slug, locale),
    startsOn,
    approximate: approx === 1,
  });
  const title = (id: number | null) => (id === null ? undefined : posText(id, "title"));
  const ownPositionIds = new Set(positions.map((x) => x.id));
  return {
    id: p.id,
    slug: p.slug,
    name,
    otherNames: otherNames(personFields, locale, name.text),
    country: countryRef(locale, p.country_code),
    titles: currentOf(positions).flatMap((x) => title(x.id) ?? []),
    positions: [...positions].sort(byRecency).map((x) => ({
      id: x.id,
      title: title(x.id),
      organization:
        x.org_id !== null && x.org_slug !== null
          ? { slug: x.org_slug, name: orgText(x.org_id, "name", x.org_slug) ?? plain(x.org_slug, locale) }
          : null,
      startsOn: x.starts_on,
      endsOn: x.ends_on,
      current: x.ends_on === null,
    })),
    topics: topics(p.id),
    statements: statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      text: stText(s.id, "text"),
      event: event(s.event_id, s.event_slug, s.starts_on, s.date_approximate),
    })),
    events: groupParticipations(parts, (x) => ({
      event: event(x.event_id, x.event_slug, x.starts_on, x.date_approximate),
      session: x.session_id === null ? undefined : sesText(x.session_id, "title"),
      as: x.position_id !== null && ownPositionIds.has(x.position_id) ? title(x.position_id) : undefined,
    })),
    projects: projects.map((x) => ({
      slug: x.slug,
      title: prText(x.id, "title", x.slug) ?? plain(x.slug, locale),
      country: countryRef(locale, x.country_code),
    })),
  };
}

/** The distinct spellings of a name in every locale, in fallback order (ru, en, …), minus the shown one. */
function otherNames(fields: FieldMap | undefined, locale: Locale, shown: string): string[] {
  const map = fields?.name ?? {};
  const seen = new Set([shown]);
  const out: string[] = [];
  for (const l of fallbackChain(locale)) {
    const v = map[l]?.trim();
    if (!v || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

/** Folds participations into one entry per event: her roles, the sessions she was in, the titles she held. */
function groupParticipations(
  parts: repo.ParticipationRow[],
  resolve: (x: repo.ParticipationRow) => {
    event: EventLink;
    session: Localized | undefined;
    as: Localized | undefined;
  },
): ParticipationView[] {
  const byEvent = new Map<number, ParticipationView>();
  for (const x of parts) {
    const r = resolve(x);
    let v = byEvent.get(x.event_id);
    if (!v) {
      v = { event: r.event, roles: [], sessions: [], titles: [] };
      byEvent.set(x.event_id, v);
    }
    if (!v.roles.includes(x.role)) v.roles.push(x.role);
    if (r.session && !v.sessions.some((s) => s.text === r.session?.text)) v.sessions.push(r.session);
    if (r.as && !v.titles.some((t) => t.text === r.as?.text)) v.titles.push(r.as);
  }
  return [...byEvent.values()];
}
