import type { Kysely } from "kysely";
import { remembered } from "../../cache/lookups.ts";
import { countEveryTime, type TotalOf } from "../../cache/totals.ts";
import type { DB } from "../../db/types.ts";

/** What the gallery can be filtered by (already validated). */
export interface ProjectFilter {
  country?: string;
  block?: string;
  topic?: string;
}

/** A project row with its block's slug and event. */
export interface ProjectRow {
  id: number;
  slug: string;
  country_code: string | null;
  stage: string;
  website: string | null;
  block_id: number | null;
  block_slug: string | null;
  block_event_id: number | null;
}

/** Public projects left-joined to their (public) block, with the filters applied. */
function filtered(db: Kysely<DB>, f: ProjectFilter) {
  let q = db
    .selectFrom("projects as p")
    .leftJoin("showcase_blocks as b", (j) =>
      j.onRef("b.id", "=", "p.block_id").on("b.status", "=", "published").on("b.deleted_at", "is", null),
    )
    .where("p.status", "=", "published")
    .where("p.deleted_at", "is", null);
  if (f.country) q = q.where("p.country_code", "=", f.country);
  if (f.block) q = q.where("b.slug", "=", f.block);
  if (f.topic) {
    q = q.where("p.id", "in", (eb) =>
      eb
        .selectFrom("project_topics as pt")
        .innerJoin("topics as t", "t.id", "pt.topic_id")
        .select("pt.owner_id")
        .where("t.slug", "=", f.topic ?? ""),
    );
  }
  return q;
}

const COLUMNS = [
  "p.id",
  "p.slug",
  "p.country_code",
  "p.stage",
  "p.website",
  "b.id as block_id",
  "b.slug as block_slug",
  "b.event_id as block_event_id",
] as const;

/** One page of public projects, ordered by block then sort order, and how many match in all. */
export async function findProjects(
  db: Kysely<DB>,
  f: ProjectFilter,
  limit: number,
  offset: number,
  totalOf: TotalOf = countEveryTime,
): Promise<{ rows: ProjectRow[]; total: number }> {
  const rows = await filtered(db, f)
    .select(COLUMNS)
    .orderBy((eb) => eb.fn.coalesce("b.sort_order", eb.lit(1_000_000)))
    .orderBy("b.id")
    .orderBy("p.sort_order")
    .orderBy("p.id")
    .limit(limit)
    .offset(offset)
    .execute();
  const total = await totalOf("projects", async () => {
    const count = await filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(count.n);
  }, ["list:topic"]);
  return { rows, total };
}

/** A public project by slug, or undefined. */
export async function findProjectBySlug(db: Kysely<DB>, slug: string): Promise<ProjectRow | undefined> {
  return filtered(db, {}).select(COLUMNS).where("p.slug", "=", slug).executeTakeFirst();
}

/** The public presenters of many projects, in their order. */
export async function findPresenters(db: Kysely<DB>, projectIds: readonly number[]) {
  if (projectIds.length === 0) return [];
  return db
    .selectFrom("project_presenters as pp")
    .innerJoin("people as pe", "pe.id", "pp.person_id")
    .select(["pp.project_id", "pe.id", "pe.slug", "pe.sort_name"])
    .where("pp.project_id", "in", projectIds)
    .where("pe.status", "=", "published")
    .where("pe.deleted_at", "is", null)
    .where("pe.is_public", "=", 1)
    .orderBy("pp.project_id")
    .orderBy("pp.sort_order")
    .orderBy("pe.sort_name")
    .execute();
}

/** A project's links. */
export async function findProjectLinks(db: Kysely<DB>, projectId: number) {
  return db
    .selectFrom("project_links")
    .select(["url", "label"])
    .where("project_id", "=", projectId)
    .orderBy("url")
    .execute();
}

/**
 * The public showcase blocks the filter offers, in showcase order: the last `limit` of that order, plus
 * the chosen one (`keep`) wherever it is. An archive of decades has hundreds of blocks; a select of all
 * of them would be unusable on a phone and would grow the page with the archive.
 */
export async function findBlocks(
  db: Kysely<DB>,
  limit: number,
  keep?: string,
): Promise<readonly { id: number; slug: string }[]> {
  return remembered(db, `blocks|${limit}|${keep ?? ""}`, ["list:block"], () => blocksFor(db, limit, keep));
}

async function blocksFor(db: Kysely<DB>, limit: number, keep?: string) {
  const visible = db
    .selectFrom("showcase_blocks")
    .select(["id", "slug", "sort_order"])
    .where("status", "=", "published")
    .where("deleted_at", "is", null);
  const [last, chosen] = await Promise.all([
    visible.orderBy("sort_order", "desc").orderBy("id", "desc").limit(limit).execute(),
    keep ? visible.where("slug", "=", keep).execute() : [],
  ]);
  const byId = new Map([...last, ...chosen].map((b) => [b.id, b]));
  return [...byId.values()]
    .sort((a, b) => a.sort_order - b.sort_order || a.id - b.id)
    .map(({ id, slug }) => ({ id, slug }));
}

/** Topics that tag at least one public project, in order. */
export async function findTopicsWithProjects(
  db: Kysely<DB>,
): Promise<readonly { id: number; slug: string }[]> {
  return remembered(db, "topics-with-projects", ["list:topic", "list:project"], () => topicsWithProjects(db));
}

function topicsWithProjects(db: Kysely<DB>) {
  return db
    .selectFrom("topics as t")
    .select(["t.id", "t.slug"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("project_topics as pt")
          .innerJoin("projects as p", "p.id", "pt.owner_id")
          .select("pt.owner_id")
          .whereRef("pt.topic_id", "=", "t.id")
          .where("p.status", "=", "published")
          .where("p.deleted_at", "is", null),
      ),
    )
    .orderBy("t.sort_order")
    .orderBy("t.slug")
    .execute();
}
