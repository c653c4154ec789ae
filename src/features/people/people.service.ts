import type { Kysely } from "kysely";
import { type FieldMap, type Localized, loadTranslations, pick } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { offsetOf, type Page, type PageQuery, Slug } from "../../http/list.ts";
import { countryName } from "../../i18n/format.ts";
import { fallbackChain, type Locale } from "../../i18n/locales.ts";
import * as repo from "./people.repo.ts";

/** A country as shown: its code and its name in the reader's language. */
export interface CountryRef {
  code: string;
  name: string;
}

/** A value and label of a filter's `<option>`. */
export interface Option {
  value: string;
  label: string;
}

/** One entry of the people list. */
export interface PersonSummary {
  id: number;
  slug: string;
  name: Localized;
  country: CountryRef | null;
  /** Titles of the current positions (or of the latest one). */
  titles: Localized[];
}

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
  /** The title she held there, when recorded. */
  as: Localized | undefined;
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
export interface PersonDetail extends PersonSummary {
  /** The name as written in other scripts/locales, where it differs. */
  otherNames: string[];
  positions: PositionView[];
  topics: TopicLink[];
  statements: StatementView[];
  events: ParticipationView[];
  projects: ProjectLink[];
}

/** The people list filters, normalized (blank → absent). */
export interface PeopleListQuery extends PageQuery {
  country?: string;
  topic?: string;
  organization?: string;
}

const nameOr = (fields: FieldMap | undefined, field: string, locale: Locale, text: string): Localized =>
  pick(fields, field, locale) ?? { text, lang: locale, fallback: false };

/** Country names in the reader's language: an exact-locale `country` translation overrides ICU. */
export async function countryNames(db: Kysely<DB>, locale: Locale): Promise<Map<string, string>> {
  const rows = await repo.listCountries(db);
  const tr = await loadTranslations(
    db,
    "country",
    rows.map((r) => r.id),
  );
  return new Map(rows.map((r) => [r.code, tr.get(r.id)?.name?.[locale] ?? countryName(locale, r.code)]));
}

/** Resolves a country code with a names map (ICU when the map does not know it). */
export function countryRef(
  names: Map<string, string>,
  locale: Locale,
  code: string | null,
): CountryRef | null {
  if (!code) return null;
  return { code, name: names.get(code) ?? countryName(locale, code) };
}

/** The open positions of a person, or the one that ended last when none is open. */
function currentOf(positions: repo.PositionRow[]): repo.PositionRow[] {
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

/** One page of public people in the reader's language. */
export async function listPeople(
  db: Kysely<DB>,
  locale: Locale,
  q: PeopleListQuery,
): Promise<Page<PersonSummary>> {
  const filter = { country: q.country, topic: q.topic, organization: q.organization };
  const { rows, total } = await repo.listPeople(db, filter, q.pageSize, offsetOf(q));
  const ids = rows.map((r) => r.id);
  const positions = await repo.positionsOf(db, ids);
  const [names, titles, countries] = await Promise.all([
    loadTranslations(db, "person", ids),
    loadTranslations(
      db,
      "position",
      positions.map((p) => p.id),
    ),
    countryNames(db, locale),
  ]);
  const items = rows.map((r): PersonSummary => {
    const own = positions.filter((p) => p.person_id === r.id);
    return {
      id: r.id,
      slug: r.slug,
      name: nameOr(names.get(r.id), "name", locale, r.sort_name),
      country: countryRef(countries, locale, r.country_code),
      titles: currentOf(own)
        .map((p) => pick(titles.get(p.id), "title", locale))
        .filter((t): t is Localized => t !== undefined),
    };
  });
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** The choices of the people list's filters. */
export async function peopleFilterOptions(
  db: Kysely<DB>,
  locale: Locale,
): Promise<{ countries: Option[]; topics: Option[] }> {
  const [names, topics] = await Promise.all([countryNames(db, locale), repo.listTopics(db)]);
  const tr = await loadTranslations(
    db,
    "topic",
    topics.map((t) => t.id),
  );
  return {
    countries: [...names].map(([value, label]) => ({ value, label })),
    topics: topics.map((t) => ({ value: t.slug, label: nameOr(tr.get(t.id), "name", locale, t.slug).text })),
  };
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
  const [positions, topics, statements, parts, projects, countries] = await Promise.all([
    repo.positionsOf(db, [p.id]),
    repo.topicsOf(db, p.id),
    repo.statementsOf(db, p.id),
    repo.participationsOf(db, p.id),
    repo.projectsOf(db, p.id),
    countryNames(db, locale),
  ]);
  const eventIds = [...statements.map((s) => s.event_id), ...parts.map((x) => x.event_id)];
  const sessionIds = parts.map((x) => x.session_id).filter((id): id is number => id !== null);
  const [names, posTr, orgTr, topicTr, stTr, evTr, sesTr, prTr] = await Promise.all([
    loadTranslations(db, "person", [p.id]),
    loadTranslations(
      db,
      "position",
      positions.map((x) => x.id),
    ),
    loadTranslations(
      db,
      "organization",
      positions.map((x) => x.org_id).filter((id): id is number => id !== null),
    ),
    loadTranslations(
      db,
      "topic",
      topics.map((x) => x.id),
    ),
    loadTranslations(
      db,
      "statement",
      statements.map((x) => x.id),
    ),
    loadTranslations(db, "event", eventIds),
    loadTranslations(db, "session", sessionIds),
    loadTranslations(
      db,
      "project",
      projects.map((x) => x.id),
    ),
  ]);
  const personFields = names.get(p.id);
  const name = nameOr(personFields, "name", locale, p.sort_name);
  const event = (id: number, slug: string, startsOn: string, approx: number): EventLink => ({
    slug,
    title: nameOr(evTr.get(id), "title", locale, slug),
    startsOn,
    approximate: approx === 1,
  });
  const title = (id: number | null) => (id === null ? undefined : pick(posTr.get(id), "title", locale));
  const ownPositionIds = new Set(positions.map((x) => x.id));
  return {
    id: p.id,
    slug: p.slug,
    name,
    otherNames: otherNames(personFields, locale, name.text),
    country: countryRef(countries, locale, p.country_code),
    titles: currentOf(positions)
      .map((x) => title(x.id))
      .filter((t): t is Localized => t !== undefined),
    positions: [...positions].sort(byRecency).map((x) => ({
      id: x.id,
      title: title(x.id),
      organization:
        x.org_id !== null && x.org_slug !== null
          ? { slug: x.org_slug, name: nameOr(orgTr.get(x.org_id), "name", locale, x.org_slug) }
          : null,
      startsOn: x.starts_on,
      endsOn: x.ends_on,
      current: x.ends_on === null,
    })),
    topics: topics.map((x) => ({ slug: x.slug, name: nameOr(topicTr.get(x.id), "name", locale, x.slug) })),
    statements: statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      text: pick(stTr.get(s.id), "text", locale),
      event: event(s.event_id, s.event_slug, s.starts_on, s.date_approximate),
    })),
    events: groupParticipations(parts, (x) => ({
      event: event(x.event_id, x.event_slug, x.starts_on, x.date_approximate),
      session: x.session_id === null ? undefined : pick(sesTr.get(x.session_id), "title", locale),
      as: x.position_id !== null && ownPositionIds.has(x.position_id) ? title(x.position_id) : undefined,
    })),
    projects: projects.map((x) => ({
      slug: x.slug,
      title: nameOr(prTr.get(x.id), "title", locale, x.slug),
      country: countryRef(countries, locale, x.country_code),
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

/** Folds participations into one entry per event: her roles and the sessions she was in. */
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
      v = { event: r.event, roles: [], sessions: [], as: r.as };
      byEvent.set(x.event_id, v);
    }
    if (!v.roles.includes(x.role)) v.roles.push(x.role);
    if (r.session && !v.sessions.some((s) => s.text === r.session?.text)) v.sessions.push(r.session);
    v.as ??= r.as;
  }
  return [...byEvent.values()];
}
