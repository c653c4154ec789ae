import type { LocaleMap } from "../../src/db/translations.ts";
import { dateIn, type GenContext, localesFor, repeat, slugOf, statusOf, tagTopics } from "./plan.ts";
import { FIRST_YEAR, LAST_YEAR, MEMBERS } from "./reference.ts";
import { cityOf, textIn } from "./text.ts";
import { CITIES } from "./vocab.ts";

const EVENT_KINDS = ["meeting", "conference", "thematic_session", "webinar", "forum"] as const;
const STATEMENT_KINDS = ["quote", "welcome_speech", "proposal", "remark", "remark"] as const;
const ORG_ROLES = ["organizer", "supporter", "partner", "participant"] as const;

/** Up to k random public people's names, to mention in a text. */
export function mentions(ctx: GenContext, k: number): LocaleMap[] {
  if (ctx.people.length === 0) return [];
  const out: LocaleMap[] = [];
  for (let i = 0; i < k; i++) out.push(ctx.rng.pick(ctx.people).names);
  return out;
}

/** Events with sessions, topics, organizers and participating countries. */
export async function generateEvents(ctx: GenContext, count: number): Promise<number> {
  const { rng, w, ref } = ctx;
  return repeat(ctx, count, (hidden) => {
    const id = w.id("events");
    const year = rng.int(FIRST_YEAR, LAST_YEAR);
    const country = rng.chance(0.85) ? rng.pick(MEMBERS) : null;
    const city = cityOf(rng, country);
    const locales = localesFor(rng, country);
    const title = textIn(rng, locales, rng.int(3, 6), { city: rng.chance(0.5) ? city : null, year });
    const starts = dateIn(rng, year);
    w.add("events", {
      id,
      slug: slugOf(title.en, id, "ev"),
      kind: rng.pick(EVENT_KINDS),
      starts_on: starts,
      ends_on: rng.chance(0.3) ? starts : null,
      date_approximate: rng.chance(0.05) ? 1 : 0,
      is_online: rng.chance(0.1) ? 1 : 0,
      country_code: country,
      chairmanship_id: ref.chairmanshipByYear.get(year) ?? null,
      ...statusOf(hidden, rng),
    });
    const cityName: LocaleMap = {};
    for (const l of locales) cityName[l] = CITIES[city]!.name[l];
    w.tr("event", id, {
      title,
      theme: textIn(rng, locales, rng.int(5, 8)),
      city: cityName,
      summary: textIn(rng, locales, rng.int(20, 40), {
        sentence: rng.int(8, 12),
        mentions: rng.chance(0.3) ? mentions(ctx, rng.int(1, 2)) : [],
      }),
    });
    tagTopics(ctx, "event_topics", id, rng.int(1, 3));
    for (const [i, orgId] of rng.sample(ctx.orgs, rng.int(1, 3)).entries()) {
      w.add("event_organizations", {
        event_id: id,
        organization_id: orgId,
        role: rng.pick(ORG_ROLES),
        sort_order: i,
      });
    }
    const hosts = new Set(rng.sample(MEMBERS, rng.int(0, 2)));
    if (country) hosts.add(country);
    for (const code of hosts)
      w.add("event_countries", { event_id: id, country_code: code, role: "participant" });
    const sessions = rng.int(1, 3);
    let firstSession = 0;
    for (let i = 0; i < sessions; i++) {
      const sid = w.id("sessions");
      if (i === 0) firstSession = sid;
      w.add("sessions", {
        id: sid,
        event_id: id,
        kind: i === 0 ? "plenary" : "thematic",
        starts_at: null,
        sort_order: i,
      });
      w.tr("session", sid, { title: textIn(rng, locales, rng.int(3, 6)) });
    }
    if (!hidden) ctx.events.push({ id, year, country, firstSession, sessions });
  });
}

/** Statements by people at events, each speaker with her participation. */
export async function generateStatements(ctx: GenContext, count: number): Promise<number> {
  const { rng, w } = ctx;
  return repeat(ctx, count, (hidden) => {
    const id = w.id("statements");
    const event = rng.pick(ctx.events);
    const person = rng.pick(ctx.people);
    const session = event.firstSession + rng.int(0, event.sessions - 1);
    w.add("statements", {
      id,
      event_id: event.id,
      session_id: session,
      person_id: person.id,
      kind: rng.pick(STATEMENT_KINDS),
      sort_order: rng.int(0, 20),
      ...statusOf(hidden, rng),
    });
    w.add("participations", {
      id: w.id("participations"),
      event_id: event.id,
      session_id: session,
      person_id: person.id,
      role: rng.chance(0.9) ? "speaker" : "moderator",
      position_id: null,
      sort_order: rng.int(0, 20),
    });
    const locales = localesFor(rng, person.country ?? event.country);
    w.tr("statement", id, {
      text: textIn(rng, locales, rng.int(15, 45), {
        sentence: rng.int(7, 12),
        mentions: rng.chance(0.1) ? mentions(ctx, 1) : [],
      }),
    });
    tagTopics(ctx, "statement_topics", id, rng.int(0, 2));
  });
}
