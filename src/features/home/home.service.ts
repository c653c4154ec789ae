import type { Kysely } from "kysely";
import { type Localized, loadTranslations, pick } from "../../db/translations.ts";
import type { DB, ItemState } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { chairmanshipTopics } from "../chairmanships/chairmanships.repo.ts";
import { plain } from "../reference/names.service.ts";
import {
  chairmanshipUpTo,
  featuredProjects,
  latestPlanWithItems,
  planStateCounts,
  publicPerson,
  recentEvents,
} from "./home.repo.ts";

/** The current (or last) chairmanship as the home page shows it. */
export interface HomeChair {
  year: number;
  country: string;
  url: string;
  startsOn: string | null;
  endsOn: string | null;
  theme?: Localized;
  chair?: { name: Localized; url: string };
  priorities: Localized[];
}

/** A recent event: title, date, city, link. */
export interface HomeEvent {
  id: number;
  url: string;
  title: Localized;
  city?: Localized;
  startsOn: string;
  endsOn: string | null;
  approximate: boolean;
  online: boolean;
}

/** The progress of the latest action plan. */
export interface HomePlan {
  year: number;
  url: string;
  title?: Localized;
  items: number;
  progress: number;
  byState: { state: ItemState; count: number }[];
}

/** A featured project. */
export interface HomeProject {
  id: number;
  url: string;
  title: Localized;
  country: string | null;
}

/** Everything on the home page. */
export interface HomeData {
  chair?: HomeChair;
  events: HomeEvent[];
  plan?: HomePlan;
  projects: HomeProject[];
}

const STATES: ItemState[] = ["done", "in_progress", "planned", "postponed", "cancelled"];

function named(l: Localized | undefined, fallback: string, locale: Locale): Localized {
  return l ?? plain(fallback, locale);
}

async function chairOf(db: Kysely<DB>, locale: Locale, year: number): Promise<HomeChair | undefined> {
  const c = await chairmanshipUpTo(db, year);
  if (!c) return undefined;
  const [tr, topics, person] = await Promise.all([
    loadTranslations(db, "chairmanship", [c.id]),
    chairmanshipTopics(db, [c.id]),
    c.chair_person_id === null ? undefined : publicPerson(db, c.chair_person_id),
  ]);
  const [topicTr, personTr] = await Promise.all([
    loadTranslations(
      db,
      "topic",
      topics.map((t) => t.id),
    ),
    loadTranslations(db, "person", person ? [person.id] : []),
  ]);
  return {
    year: c.year,
    country: c.country_code,
    url: `/${locale}/chairmanships/${c.year}`,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    theme: pick(tr.get(c.id), "theme", locale),
    chair: person
      ? {
          name: named(pick(personTr.get(person.id), "name", locale), person.slug, locale),
          url: `/${locale}/people/${person.slug}`,
        }
      : undefined,
    priorities: topics.map((t) => named(pick(topicTr.get(t.id), "name", locale), t.slug, locale)),
  };
}

async function planOf(db: Kysely<DB>, locale: Locale): Promise<HomePlan | undefined> {
  const plan = await latestPlanWithItems(db);
  if (!plan) return undefined;
  const [counts, tr] = await Promise.all([
    planStateCounts(db, plan.id),
    loadTranslations(db, "plan", [plan.id]),
  ]);
  const items = counts.reduce((s, c) => s + c.n, 0);
  const sum = counts.reduce((s, c) => s + c.progress, 0);
  return {
    year: plan.year,
    url: `/${locale}/plans/${plan.year}`,
    title: pick(tr.get(plan.id), "title", locale),
    items,
    progress: items === 0 ? 0 : Math.round(sum / items),
    byState: STATES.map((state) => ({ state, count: counts.find((c) => c.state === state)?.n ?? 0 })).filter(
      (s) => s.count > 0,
    ),
  };
}

/** Loads the home page: the current chairmanship, recent events, plan progress and featured projects. */
export async function homeData(db: Kysely<DB>, locale: Locale, now = new Date()): Promise<HomeData> {
  const [chair, eventRows, plan, projectRows] = await Promise.all([
    chairOf(db, locale, now.getUTCFullYear()),
    recentEvents(db, 5),
    planOf(db, locale),
    featuredProjects(db, 4),
  ]);
  const [eventTr, projectTr] = await Promise.all([
    loadTranslations(
      db,
      "event",
      eventRows.map((e) => e.id),
    ),
    loadTranslations(
      db,
      "project",
      projectRows.map((p) => p.id),
    ),
  ]);
  return {
    chair,
    plan,
    events: eventRows.map((e) => ({
      id: e.id,
      url: `/${locale}/events/${e.slug}`,
      title: named(pick(eventTr.get(e.id), "title", locale), e.slug, locale),
      city: pick(eventTr.get(e.id), "city", locale),
      startsOn: e.starts_on,
      endsOn: e.ends_on,
      approximate: e.date_approximate === 1,
      online: e.is_online === 1,
    })),
    projects: projectRows.map((p) => ({
      id: p.id,
      url: `/${locale}/projects/${p.slug}`,
      title: named(pick(projectTr.get(p.id), "title", locale), p.slug, locale),
      country: p.country_code,
    })),
  };
}
