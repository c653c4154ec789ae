import { mentions } from "./gen-events.ts";
import { dateIn, type GenContext, localesFor, repeat, slugOf, statusOf, tagTopics } from "./plan.ts";
import { FIRST_YEAR, LAST_YEAR, MEMBERS } from "./reference.ts";
import { textIn } from "./text.ts";

const STAGES = ["idea", "presented", "pilot", "scaling", "presented"] as const;
const STATES = ["planned", "in_progress", "done", "postponed", "cancelled", "in_progress", "done"] as const;
const DOC_KINDS = ["declaration", "outcome_document", "action_plan", "report", "presentation"] as const;
const ALL_LOCALES = ["en", "ru", "kk", "ky", "tg", "tk", "uz"] as const;

/** Projects in showcase blocks of events (ten to a block), with presenters and topics. */
export async function generateProjects(ctx: GenContext, count: number): Promise<number> {
  const { rng, w } = ctx;
  let block = 0;
  let inBlock = 0;
  return repeat(ctx, count, (hidden) => {
    if (block === 0 || inBlock >= 10) {
      block = w.id("showcase_blocks");
      inBlock = 0;
      const event = rng.pick(ctx.events);
      w.add("showcase_blocks", {
        id: block,
        slug: `blk-${block}`,
        event_id: event.id,
        session_id: event.firstSession,
        sort_order: 0,
        status: "published",
        deleted_at: null,
      });
      w.tr("block", block, { title: textIn(rng, ALL_LOCALES, rng.int(2, 4)) });
    }
    const id = w.id("projects");
    const country = rng.chance(0.9) ? rng.pick(MEMBERS) : null;
    const locales = localesFor(rng, country);
    const title = textIn(rng, locales, rng.int(2, 5));
    w.add("projects", {
      id,
      slug: slugOf(title.en, id, "prj"),
      block_id: block,
      country_code: country,
      stage: rng.pick(STAGES),
      website: rng.chance(0.4) ? `https://project${id}.example.org` : null,
      image_file: null,
      sort_order: inBlock++,
      ...statusOf(hidden, rng),
    });
    w.tr("project", id, {
      title,
      summary: textIn(rng, locales, rng.int(15, 35), { sentence: rng.int(8, 12) }),
    });
    for (const [i, p] of rng.sample(ctx.people, rng.int(1, 2)).entries()) {
      w.add("project_presenters", { project_id: id, person_id: p.id, sort_order: i });
    }
    tagTopics(ctx, "project_topics", id, rng.int(1, 2));
  });
}

/** Action-plan items spread over the years' plans, numbered "3", "3.1"…, with countries and topics. */
export async function generatePlanItems(ctx: GenContext, count: number): Promise<number> {
  const { rng, w, ref } = ctx;
  const numbering = new Map<number, { top: number; sub: number; topId: number | null }>();
  return repeat(ctx, count, (hidden) => {
    const id = w.id("plan_items");
    const year = rng.int(FIRST_YEAR, LAST_YEAR);
    const planId = ref.planByYear.get(year)!;
    const n = numbering.get(planId) ?? { top: 0, sub: 0, topId: null };
    const child = n.topId !== null && rng.chance(0.25);
    if (child) n.sub++;
    else {
      n.top++;
      n.sub = 0;
    }
    const state = rng.pick(STATES);
    const countries = rng.sample(MEMBERS, rng.int(1, 2));
    const locales = localesFor(rng, countries[0] ?? null);
    const progress = state === "done" ? 100 : state === "planned" ? 0 : rng.int(5, 95);
    w.add("plan_items", {
      id,
      plan_id: planId,
      parent_id: child ? n.topId : null,
      code: child ? `${n.top}.${n.sub}` : String(n.top),
      state,
      progress,
      due_from: `${year}-01-01`,
      due_to: `${year}-12-31`,
      sort_order: n.top * 100 + n.sub,
      ...statusOf(hidden, rng),
    });
    if (!child && !hidden) n.topId = id;
    numbering.set(planId, n);
    w.tr("plan_item", id, {
      title: textIn(rng, locales, rng.int(4, 8)),
      description: textIn(rng, locales, rng.int(12, 30), { sentence: rng.int(8, 12) }),
    });
    for (const code of countries) w.add("plan_item_countries", { item_id: id, country_code: code });
    tagTopics(ctx, "plan_item_topics", id, rng.int(1, 2));
    if (!hidden) ctx.planItems.push({ id, year, state, progress, countries });
  });
}

/** News posts, often about an event and naming people. */
export async function generateNews(ctx: GenContext, count: number): Promise<number> {
  const { rng, w, ref } = ctx;
  return repeat(ctx, count, (hidden) => {
    const id = w.id("news");
    const event = rng.chance(0.5) ? rng.pick(ctx.events) : null;
    const year = event?.year ?? rng.int(FIRST_YEAR, LAST_YEAR);
    const locales = localesFor(rng, event?.country ?? rng.pick(MEMBERS));
    const title = textIn(rng, locales, rng.int(5, 9));
    w.add("news", {
      id,
      slug: slugOf(title.en, id, "news"),
      published_on: dateIn(rng, year),
      chairmanship_id: ref.chairmanshipByYear.get(year) ?? null,
      event_id: event?.id ?? null,
      ...statusOf(hidden, rng),
    });
    w.tr("news", id, {
      title,
      summary: textIn(rng, locales, rng.int(15, 25), { sentence: rng.int(8, 12) }),
      body: textIn(rng, locales, rng.int(60, 120), {
        sentence: rng.int(8, 14),
        mentions: rng.chance(0.6) ? mentions(ctx, rng.int(1, 3)) : [],
      }),
    });
  });
}

/** Documents (declarations, reports…) of events, chairmanships and plans. */
export async function generateDocuments(ctx: GenContext, count: number): Promise<number> {
  const { rng, w, ref } = ctx;
  return repeat(ctx, count, (hidden) => {
    const id = w.id("documents");
    const event = rng.chance(0.4) ? rng.pick(ctx.events) : null;
    const year = event?.year ?? rng.int(FIRST_YEAR, LAST_YEAR);
    const locales = localesFor(rng, event?.country ?? rng.pick(MEMBERS));
    const title = textIn(rng, locales, rng.int(3, 7), { year: rng.chance(0.5) ? year : null });
    w.add("documents", {
      id,
      slug: slugOf(title.en, id, "doc"),
      kind: rng.pick(DOC_KINDS),
      published_on: dateIn(rng, year),
      url: `https://docs.example.org/${id}.pdf`,
      file_name: null,
      mime_type: null,
      byte_size: null,
      event_id: event?.id ?? null,
      chairmanship_id: ref.chairmanshipByYear.get(year) ?? null,
      plan_id: rng.chance(0.1) ? (ref.planByYear.get(year) ?? null) : null,
      ...statusOf(hidden, rng),
    });
    w.tr("document", id, {
      title,
      description: textIn(rng, locales, rng.int(10, 25), { sentence: rng.int(8, 12) }),
    });
    if (!hidden) ctx.documents.push({ id, year });
  });
}
