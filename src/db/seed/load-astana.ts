import type { NewRow } from "../types.ts";
import { ASTANA_MAIN_PARTICIPANTS, ASTANA_SESSIONS, ASTANA_STATEMENTS } from "./astana-2023.ts";
import { topicLinks } from "./load-core.ts";
import { BLOCKS, PROJECTS } from "./showcase.ts";
import { idOf, type SeedWriter } from "./writer.ts";

const EVENT = "astana-2023";

/** Loads the Astana meeting: its sessions, participants (with the position each held), and statements. */
export async function loadAstanaMeeting(w: SeedWriter): Promise<void> {
  const eventId = idOf(w.ids.event, EVENT, "event");
  const sessionIds: number[] = [];
  for (const [i, s] of ASTANA_SESSIONS.entries()) {
    const row = await w.db
      .insertInto("sessions")
      .values({ event_id: eventId, kind: s.kind, starts_at: null, sort_order: i })
      .returning("id")
      .executeTakeFirstOrThrow();
    sessionIds.push(row.id);
    w.ids.session.set(`${EVENT}:${i}`, row.id);
    w.tr("session", row.id, { title: s.title });
  }
  const session = (i: number) => {
    const id = sessionIds[i];
    if (id === undefined) throw new Error(`Demo seed: no session ${i}`);
    return id;
  };

  const participations: NewRow<"participations">[] = ASTANA_MAIN_PARTICIPANTS.map((p, i) => ({
    event_id: eventId,
    session_id: session(0),
    person_id: idOf(w.ids.person, p.person, "person"),
    role: p.role,
    position_id: idOf(w.ids.position, p.position, "position"),
    sort_order: i,
  }));
  for (const [i, p] of PROJECTS.entries()) {
    participations.push({
      event_id: eventId,
      session_id: session(1),
      person_id: idOf(w.ids.person, p.presenter, "person"),
      role: "presenter",
      position_id: null,
      sort_order: 100 + i,
    });
  }
  await w.bulk("participations", participations);

  const statementTopics: { owner_id: number; topic_id: number }[] = [];
  for (const [i, s] of ASTANA_STATEMENTS.entries()) {
    const row = await w.db
      .insertInto("statements")
      .values({
        ...w.meta,
        event_id: eventId,
        session_id: session(s.session),
        person_id: idOf(w.ids.person, s.person, "person"),
        kind: s.kind,
        sort_order: i,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.tr("statement", row.id, { text: s.text });
    statementTopics.push(...topicLinks(w, row.id, s.topics));
  }
  await w.bulk("statement_topics", statementTopics);
}

/** Loads the showcase of the thematic session: two blocks and their 13 projects with presenters and topics. */
export async function loadShowcase(w: SeedWriter): Promise<void> {
  const eventId = idOf(w.ids.event, EVENT, "event");
  const sessionId = idOf(w.ids.session, `${EVENT}:1`, "session");
  for (const [i, b] of BLOCKS.entries()) {
    const row = await w.db
      .insertInto("showcase_blocks")
      .values({ ...w.meta, slug: b.slug, event_id: eventId, session_id: sessionId, sort_order: i })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.ids.block.set(b.slug, row.id);
    w.tr("block", row.id, { title: b.title });
  }
  const presenters: { project_id: number; person_id: number; sort_order: number }[] = [];
  const projectTopics: { owner_id: number; topic_id: number }[] = [];
  for (const [i, p] of PROJECTS.entries()) {
    const row = await w.db
      .insertInto("projects")
      .values({
        ...w.meta,
        slug: p.slug,
        block_id: idOf(w.ids.block, p.block, "block"),
        country_code: p.country,
        stage: "presented",
        website: null,
        image_file: null,
        sort_order: i + 1,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.ids.project.set(p.slug, row.id);
    w.tr("project", row.id, { title: p.title, summary: p.summary });
    presenters.push({
      project_id: row.id,
      person_id: idOf(w.ids.person, p.presenter, "person"),
      sort_order: 0,
    });
    projectTopics.push(...topicLinks(w, row.id, p.topics));
  }
  await w.bulk("project_presenters", presenters);
  await w.bulk("project_topics", projectTopics);
}
