import { EVENTS } from "./events.ts";
import { PEOPLE } from "./people.ts";
import { COUNTRIES, ORGANIZATIONS, TOPICS } from "./reference.ts";
import { CHAIRMANSHIPS } from "./timeline.ts";
import type { TopicSlug } from "./types.ts";
import { idOf, type SeedWriter } from "./writer.ts";

/** Loads countries, topics, organizations, and people with their positions and expertise. */
export async function loadReference(w: SeedWriter): Promise<void> {
  for (const [i, c] of COUNTRIES.entries()) {
    await w.db
      .insertInto("countries")
      .values({ code: c.code, is_member: 1, sort_order: i + 1 })
      .execute();
  }
  for (const [i, t] of TOPICS.entries()) {
    const row = await w.db
      .insertInto("topics")
      .values({ slug: t.slug, sort_order: i + 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.ids.topic.set(t.slug, row.id);
    w.tr("topic", row.id, { name: t.name });
  }
  for (const o of ORGANIZATIONS) {
    const row = await w.db
      .insertInto("organizations")
      .values({
        ...w.meta,
        slug: o.slug,
        kind: o.kind,
        country_code: o.country,
        parent_id: o.parent ? idOf(w.ids.org, o.parent, "organization") : null,
        website: o.website ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.ids.org.set(o.slug, row.id);
    w.tr("organization", row.id, { name: o.name, short_name: o.shortName });
  }
  const personTopics: { owner_id: number; topic_id: number }[] = [];
  for (const p of PEOPLE) {
    const row = await w.db
      .insertInto("people")
      .values({ ...w.meta, slug: p.slug, country_code: p.country, sort_name: p.sortName, is_public: 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.ids.person.set(p.slug, row.id);
    w.tr("person", row.id, { name: p.name });
    personTopics.push(...topicLinks(w, row.id, p.topics ?? []));
    for (const [i, pos] of (p.positions ?? []).entries()) {
      const posRow = await w.db
        .insertInto("positions")
        .values({
          person_id: row.id,
          organization_id: idOf(w.ids.org, pos.org, "organization"),
          starts_on: pos.startsOn ?? null,
          ends_on: null,
          sort_order: i,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      w.ids.position.set(pos.key, posRow.id);
      w.tr("position", posRow.id, { title: pos.title });
    }
  }
  await w.bulk("person_topics", personTopics);
}

/** Loads the chairmanships with their priorities, and the events of the timeline with their organizations. */
export async function loadTimeline(w: SeedWriter): Promise<void> {
  const chairTopics: { chairmanship_id: number; topic_id: number; sort_order: number }[] = [];
  for (const c of CHAIRMANSHIPS) {
    const row = await w.db
      .insertInto("chairmanships")
      .values({
        ...w.meta,
        year: c.year,
        country_code: c.country,
        chair_person_id: c.chair ? idOf(w.ids.person, c.chair, "person") : null,
        starts_on: c.startsOn ?? null,
        ends_on: c.endsOn ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.ids.chairmanship.set(c.year, row.id);
    w.tr("chairmanship", row.id, { theme: c.theme, handover_notes: c.handoverNotes });
    for (const [i, slug] of c.topics.entries()) {
      chairTopics.push({
        chairmanship_id: row.id,
        topic_id: idOf(w.ids.topic, slug, "topic"),
        sort_order: i,
      });
    }
  }
  await w.bulk("chairmanship_topics", chairTopics);

  const eventOrgs: { event_id: number; organization_id: number; role: string; sort_order: number }[] = [];
  const eventCountries: { event_id: number; country_code: string; role: string }[] = [];
  const eventTopics: { owner_id: number; topic_id: number }[] = [];
  for (const e of EVENTS) {
    const row = await w.db
      .insertInto("events")
      .values({
        ...w.meta,
        slug: e.slug,
        kind: e.kind,
        starts_on: e.startsOn,
        ends_on: null,
        date_approximate: e.approximate ? 1 : 0,
        is_online: e.online ? 1 : 0,
        country_code: e.country,
        chairmanship_id: e.chairmanship === null ? null : idOf(w.ids.chairmanship, e.chairmanship, "year"),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.ids.event.set(e.slug, row.id);
    w.tr("event", row.id, { title: e.title, theme: e.theme, city: e.city, summary: e.summary });
    for (const [i, [org, role]] of (e.orgs ?? []).entries()) {
      eventOrgs.push({
        event_id: row.id,
        organization_id: idOf(w.ids.org, org, "organization"),
        role,
        sort_order: i,
      });
    }
    for (const code of e.countries ?? []) {
      eventCountries.push({ event_id: row.id, country_code: code, role: "participant" });
    }
    eventTopics.push(...topicLinks(w, row.id, e.topics ?? []));
  }
  await w.bulk("event_organizations", eventOrgs);
  await w.bulk("event_countries", eventCountries);
  await w.bulk("event_topics", eventTopics);
}

/** The rows of a `<x>_topics` table for one owner. */
export function topicLinks(
  w: SeedWriter,
  ownerId: number,
  slugs: readonly TopicSlug[],
): { owner_id: number; topic_id: number }[] {
  return slugs.map((slug) => ({ owner_id: ownerId, topic_id: idOf(w.ids.topic, slug, "topic") }));
}
