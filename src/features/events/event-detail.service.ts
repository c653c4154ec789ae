import type { Kysely } from "kysely";
import type { Localized } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { NotFoundError } from "../../errors.ts";
import type { Locale } from "../../i18n/locales.ts";
import { findPresenters } from "../projects/projects.repo.ts";
import {
  type CountryRef,
  countryRef,
  namer,
  organizationNamer,
  personNamer,
  plain,
  type Ref,
  topicsByOwner,
} from "../reference/names.service.ts";
import { topicsOf } from "../reference/reference.repo.ts";
import * as repo from "./event-detail.repo.ts";
import { findEvent } from "./events.repo.ts";
import { type EventCard, toEventCards } from "./events.service.ts";
import { eventParticipants, type Participant } from "./participants.service.ts";

export interface Statement {
  id: number;
  sessionId: number | null;
  kind: string;
  text: Localized;
  person: Ref;
  topics: string[];
}

export interface ShowcaseProject {
  id: number;
  slug: string;
  title: Localized;
  country: CountryRef | null;
  presenters: Ref[];
}

/** Everything the event page shows. */
export interface EventView {
  event: EventCard & { theme: Localized | undefined; summary: Localized | undefined };
  topics: { slug: string; name: Localized }[];
  chairmanship: { year: number; country: string; countryName: string } | null;
  organizations: (Ref & { role: string })[];
  countries: (CountryRef & { role: string })[];
  sessions: { id: number; kind: string; title: Localized | undefined; participants: Participant[] }[];
  /** Participants not tied to a session. */
  participants: Participant[];
  statements: Statement[];
  blocks: { slug: string; title: Localized; projects: ShowcaseProject[] }[];
  documents: { id: number; slug: string; kind: string; title: Localized; publishedOn: string | null }[];
  plans: { year: number; title: Localized | undefined; itemCount: number }[];
}

/** Loads one public event with all it links to; NotFoundError when there is none. */
export async function eventView(db: Kysely<DB>, slug: string, locale: Locale): Promise<EventView> {
  const row = await findEvent(db, slug);
  if (!row) throw new NotFoundError("event");
  const id = row.id;
  const [card] = await toEventCards(db, [row], locale);
  if (!card) throw new NotFoundError("event");
  const [orgRows, countryRows, topicRows, sessionRows, participants, stmtRows, blockRows, docRows, planRows] =
    await Promise.all([
      repo.eventOrganizations(db, id),
      repo.eventCountries(db, id),
      topicsOf(db, "event_topics", [id]),
      repo.eventSessions(db, id),
      eventParticipants(db, id, locale),
      repo.eventStatements(db, id),
      repo.eventBlocks(db, id),
      repo.eventDocuments(db, id),
      repo.plansAdoptedAt(db, id),
    ]);
  const projectRows = await repo.blockProjects(
    db,
    blockRows.map((b) => b.id),
  );
  const [presenterRows, stmtTopicRows] = await Promise.all([
    findPresenters(
      db,
      projectRows.map((p) => p.id),
    ),
    topicsOf(
      db,
      "statement_topics",
      stmtRows.map((s) => s.id),
    ),
  ]);

  const personIds = [...stmtRows.map((s) => s.person_id), ...presenterRows.map((p) => p.id)];
  const chairCountry = row.chairmanship_country;
  const [
    eventText,
    personName,
    orgName,
    topicsOfEvent,
    sessionText,
    stmtText,
    blockText,
    projectText,
    docText,
    planText,
  ] = await Promise.all([
    namer(db, "event", [id], locale),
    personNamer(db, personIds, locale),
    organizationNamer(
      db,
      orgRows.map((o) => o.id),
      locale,
    ),
    topicsByOwner(db, topicRows, locale),
    namer(
      db,
      "session",
      sessionRows.map((s) => s.id),
      locale,
    ),
    namer(
      db,
      "statement",
      stmtRows.map((s) => s.id),
      locale,
    ),
    namer(
      db,
      "block",
      blockRows.map((b) => b.id),
      locale,
    ),
    namer(
      db,
      "project",
      projectRows.map((p) => p.id),
      locale,
    ),
    namer(
      db,
      "document",
      docRows.map((d) => d.id),
      locale,
    ),
    namer(
      db,
      "plan",
      planRows.map((p) => p.id),
      locale,
    ),
  ]);

  const person = (pid: number, slug: string, sortName: string): Ref => ({
    id: pid,
    slug,
    name: personName(pid, sortName),
  });
  const stmtTopics = new Map<number, string[]>();
  for (const t of stmtTopicRows) stmtTopics.set(t.owner_id, [...(stmtTopics.get(t.owner_id) ?? []), t.slug]);

  return {
    event: { ...card, theme: eventText(id, "theme"), summary: eventText(id, "summary") },
    topics: topicsOfEvent(id),
    chairmanship:
      row.chairmanship_year !== null && chairCountry
        ? {
            year: row.chairmanship_year,
            country: chairCountry,
            countryName: countryRef(locale, chairCountry).name,
          }
        : null,
    organizations: orgRows.map((o) => ({
      id: o.id,
      slug: o.slug,
      role: o.role,
      name: orgName(o.id, o.slug),
    })),
    countries: countryRows.map((c) => ({ ...countryRef(locale, c.country_code), role: c.role })),
    sessions: sessionRows.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: sessionText(s.id, "title"),
      participants: participants.filter((p) => p.sessionId === s.id),
    })),
    participants: participants.filter((p) => !sessionRows.some((s) => s.id === p.sessionId)),
    statements: stmtRows.map((s) => ({
      id: s.id,
      sessionId: s.session_id,
      kind: s.kind,
      text: stmtText(s.id, "text", "") ?? plain("", locale),
      person: person(s.person_id, s.person_slug, s.sort_name),
      topics: stmtTopics.get(s.id) ?? [],
    })),
    blocks: blockRows.map((b) => ({
      slug: b.slug,
      title: blockText(b.id, "title", b.slug) ?? plain(b.slug, locale),
      projects: projectRows
        .filter((p) => p.block_id === b.id)
        .map((p) => ({
          id: p.id,
          slug: p.slug,
          title: projectText(p.id, "title", p.slug) ?? plain(p.slug, locale),
          country: countryRef(locale, p.country_code),
          presenters: presenterRows
            .filter((pr) => pr.project_id === p.id)
            .map((pr) => person(pr.id, pr.slug, pr.sort_name)),
        })),
    })),
    documents: docRows.map((d) => ({
      id: d.id,
      slug: d.slug,
      kind: d.kind,
      title: docText(d.id, "title", d.slug) ?? plain(d.slug, locale),
      publishedOn: d.published_on,
    })),
    plans: planRows.map((p) => ({ year: p.year, itemCount: p.itemCount, title: planText(p.id, "title") })),
  };
}
