import type { Kysely } from "kysely";
import { loadTranslations } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { field, fieldOfMany, topicsOf, uniq, visible, yearOf } from "./search.source.repo.ts";
import { type DocSource, joinLocales, textsOf } from "./search.types.ts";

/** Public projects: title; summary as the text; presenters' names searched with it. Year: its event's. */
export async function projectSources(db: Kysely<DB>, ids: readonly number[]): Promise<DocSource[]> {
  const rows = visible(
    await db
      .selectFrom("projects as p")
      .leftJoin("showcase_blocks as b", "b.id", "p.block_id")
      .leftJoin("events as e", "e.id", "b.event_id")
      .select(["p.id", "p.slug", "p.country_code", "e.starts_on", "p.status", "p.deleted_at"])
      .where("p.id", "in", ids)
      .execute(),
  );
  if (rows.length === 0) return [];
  const pids = rows.map((r) => r.id);
  const links = await db
    .selectFrom("project_presenters")
    .select(["project_id", "person_id"])
    .where("project_id", "in", pids)
    .orderBy("sort_order")
    .execute();
  const shown = new Set(
    links.length === 0
      ? []
      : visible(
          await db
            .selectFrom("people")
            .select(["id", "status", "deleted_at", "is_public"])
            .where("id", "in", uniq(links.map((l) => l.person_id)))
            .execute(),
        ).map((p) => p.id),
  );
  const presenters = links.filter((l) => shown.has(l.person_id));
  const [tr, names, topics] = await Promise.all([
    loadTranslations(db, "project", pids),
    loadTranslations(
      db,
      "person",
      presenters.map((p) => p.person_id),
    ),
    topicsOf(db, "project_topics", pids),
  ]);
  return rows.map((r) => {
    const f = tr.get(r.id);
    const own = presenters.filter((p) => p.project_id === r.id).map((p) => p.person_id);
    return {
      type: "project",
      entityId: r.id,
      path: `/projects/${r.slug}`,
      country: r.country_code,
      year: yearOf(r.starts_on),
      topics: topics.get(r.id) ?? [],
      title: field(f, "title") ?? {},
      altTitles: [],
      text: field(f, "summary") ?? {},
      extra: textsOf(fieldOfMany(names, own, "name", ", ")),
    };
  });
}

/**
 * Public action-plan items (item, plan and chairmanship public): title; description as the text; the
 * notes of their progress updates searched with it. Year: the chairmanship's; country: the first
 * responsible country.
 */
export async function planItemSources(db: Kysely<DB>, ids: readonly number[]): Promise<DocSource[]> {
  const items = visible(
    await db
      .selectFrom("plan_items")
      .select(["id", "plan_id", "status", "deleted_at"])
      .where("id", "in", ids)
      .execute(),
  );
  if (items.length === 0) return [];
  const plans = new Map(
    visible(
      await db
        .selectFrom("action_plans")
        .select(["id", "chairmanship_id", "status", "deleted_at"])
        .where("id", "in", uniq(items.map((i) => i.plan_id)))
        .execute(),
    ).map((p) => [p.id, p.chairmanship_id]),
  );
  const years = new Map(
    plans.size === 0
      ? []
      : visible(
          await db
            .selectFrom("chairmanships")
            .select(["id", "year", "status", "deleted_at"])
            .where("id", "in", uniq([...plans.values()]))
            .execute(),
        ).map((c) => [c.id, c.year]),
  );
  const rows = items.flatMap((i) => {
    const year = years.get(plans.get(i.plan_id) ?? 0);
    return year === undefined ? [] : [{ id: i.id, year }];
  });
  if (rows.length === 0) return [];
  const iids = rows.map((r) => r.id);
  const [countries, updates] = await Promise.all([
    db
      .selectFrom("plan_item_countries")
      .select(["item_id", "country_code"])
      .where("item_id", "in", iids)
      .orderBy("country_code")
      .execute(),
    db
      .selectFrom("plan_updates")
      .select(["id", "item_id", "status", "deleted_at"])
      .where("item_id", "in", iids)
      .execute()
      .then(visible),
  ]);
  const [tr, notes, topics] = await Promise.all([
    loadTranslations(db, "plan_item", iids),
    loadTranslations(
      db,
      "plan_update",
      updates.map((u) => u.id),
    ),
    topicsOf(db, "plan_item_topics", iids),
  ]);
  return rows.map((r) => {
    const f = tr.get(r.id);
    const own = updates.filter((u) => u.item_id === r.id).map((u) => u.id);
    return {
      type: "plan_item",
      entityId: r.id,
      path: `/plans/${r.year}#item-${r.id}`,
      country: countries.find((c) => c.item_id === r.id)?.country_code ?? null,
      year: r.year,
      topics: topics.get(r.id) ?? [],
      title: field(f, "title") ?? {},
      altTitles: [],
      text: field(f, "description") ?? {},
      extra: textsOf(fieldOfMany(notes, own, "note", " ")),
    };
  });
}

/** Public news: title; summary and body as the text. Year: its date's. */
export async function newsSources(db: Kysely<DB>, ids: readonly number[]): Promise<DocSource[]> {
  const rows = visible(
    await db
      .selectFrom("news")
      .select(["id", "slug", "published_on", "status", "deleted_at"])
      .where("id", "in", ids)
      .execute(),
  );
  if (rows.length === 0) return [];
  const tr = await loadTranslations(
    db,
    "news",
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const f = tr.get(r.id);
    return {
      type: "news",
      entityId: r.id,
      path: `/news/${r.slug}`,
      country: null,
      year: yearOf(r.published_on),
      topics: [],
      title: field(f, "title") ?? {},
      altTitles: [],
      text: joinLocales([field(f, "summary"), field(f, "body")], "\n"),
      extra: [],
    };
  });
}

/** Public documents: title; description as the text. Year: its date's, else its event's. */
export async function documentSources(db: Kysely<DB>, ids: readonly number[]): Promise<DocSource[]> {
  const rows = visible(
    await db
      .selectFrom("documents as d")
      .leftJoin("events as e", "e.id", "d.event_id")
      .select(["d.id", "d.slug", "d.published_on", "e.starts_on", "d.status", "d.deleted_at"])
      .where("d.id", "in", ids)
      .execute(),
  );
  if (rows.length === 0) return [];
  const tr = await loadTranslations(
    db,
    "document",
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const f = tr.get(r.id);
    return {
      type: "document",
      entityId: r.id,
      path: `/documents/${r.slug}`,
      country: null,
      year: yearOf(r.published_on) ?? yearOf(r.starts_on),
      topics: [],
      title: field(f, "title") ?? {},
      altTitles: [],
      text: field(f, "description") ?? {},
      extra: [],
    };
  });
}
