import { DOCUMENTS, INDICATORS } from "./data.ts";
import { topicLinks } from "./load-core.ts";
import { NEWS } from "./news.ts";
import { PLAN_2023, PLAN_ITEMS } from "./plan-2023.ts";
import { idOf, type SeedWriter } from "./writer.ts";

/** Loads the Action Plan 2023: items with countries, organizations, topics and progress updates. */
export async function loadPlan(w: SeedWriter): Promise<void> {
  const plan = await w.db
    .insertInto("action_plans")
    .values({
      ...w.meta,
      chairmanship_id: idOf(w.ids.chairmanship, PLAN_2023.year, "year"),
      adopted_event_id: idOf(w.ids.event, PLAN_2023.adoptedEvent, "event"),
      adopted_on: PLAN_2023.adoptedOn,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  w.ids.plan.set(PLAN_2023.year, plan.id);
  w.tr("plan", plan.id, { title: PLAN_2023.title });

  const countries: { item_id: number; country_code: string }[] = [];
  const orgs: { item_id: number; organization_id: number }[] = [];
  const topics: { owner_id: number; topic_id: number }[] = [];
  for (const [i, item] of PLAN_ITEMS.entries()) {
    const row = await w.db
      .insertInto("plan_items")
      .values({
        ...w.meta,
        plan_id: plan.id,
        parent_id: null,
        code: item.code,
        state: item.state,
        progress: item.progress,
        due_from: item.dueFrom ?? null,
        due_to: item.dueTo ?? null,
        sort_order: i + 1,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.tr("plan_item", row.id, { title: item.title, description: item.description });
    countries.push(...item.countries.map((c) => ({ item_id: row.id, country_code: c })));
    orgs.push(
      ...(item.orgs ?? []).map((o) => ({
        item_id: row.id,
        organization_id: idOf(w.ids.org, o, "organization"),
      })),
    );
    topics.push(...topicLinks(w, row.id, item.topics));
    for (const u of item.updates) {
      const up = await w.db
        .insertInto("plan_updates")
        .values({
          ...w.meta,
          item_id: row.id,
          reported_on: u.reportedOn,
          state: u.state,
          progress: u.progress,
          reported_by_country: u.country,
          evidence_event_id: u.evidenceEvent ? idOf(w.ids.event, u.evidenceEvent, "event") : null,
          evidence_document_id: null,
          evidence_url: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      w.tr("plan_update", up.id, { note: u.note });
    }
  }
  await w.bulk("plan_item_countries", countries);
  await w.bulk("plan_item_organizations", orgs);
  await w.bulk("plan_item_topics", topics);
}

/** Loads the documents, the indicators with their observations, and the news post. */
export async function loadRecords(w: SeedWriter): Promise<void> {
  for (const d of DOCUMENTS) {
    const row = await w.db
      .insertInto("documents")
      .values({
        ...w.meta,
        slug: d.slug,
        kind: d.kind,
        published_on: d.publishedOn,
        url: null,
        file_name: null,
        mime_type: null,
        byte_size: null,
        event_id: idOf(w.ids.event, d.event, "event"),
        chairmanship_id: idOf(w.ids.chairmanship, d.chairmanship, "year"),
        plan_id: d.plan ? idOf(w.ids.plan, d.chairmanship, "plan") : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.ids.document.set(d.slug, row.id);
    w.tr("document", row.id, { title: d.title, description: d.description });
  }

  for (const ind of INDICATORS) {
    const row = await w.db
      .insertInto("indicators")
      .values({
        ...w.meta,
        code: ind.code,
        unit: ind.unit,
        source_organization_id: idOf(w.ids.org, ind.sourceOrg, "organization"),
        source_url: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.tr("indicator", row.id, { name: ind.name, unit_label: ind.unitLabel, source: ind.source });
    for (const o of ind.observations) {
      const obs = await w.db
        .insertInto("observations")
        .values({
          indicator_id: row.id,
          country_code: o.country ?? null,
          region: o.region ?? null,
          year: o.year,
          value: o.value,
          event_id: o.event ? idOf(w.ids.event, o.event, "event") : null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      w.tr("observation", obs.id, { note: o.note });
    }
  }

  for (const n of NEWS) {
    const row = await w.db
      .insertInto("news")
      .values({
        ...w.meta,
        slug: n.slug,
        published_on: n.publishedOn,
        chairmanship_id: idOf(w.ids.chairmanship, n.chairmanship, "year"),
        event_id: idOf(w.ids.event, n.event, "event"),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    w.tr("news", row.id, { title: n.title, summary: n.summary, body: n.body });
  }
}
