import type { Kysely } from "kysely";
import type { DB } from "../../../db/types.ts";
import type { Snapshot } from "./repo.ts";
import { loose } from "./targets.repo.ts";
import type { ResourceDef, RowData } from "./types.ts";

/** Which rows an editing list shows. */
export interface ListFilter {
  parent?: { column: string; id: number };
  /** draft | published | deleted (deleted only for admins); undefined: all that are not deleted… */
  status?: "draft" | "published" | "deleted";
  /** …or, for admins, all rows, deleted ones included. */
  includeDeleted?: boolean;
  page: number;
  pageSize: number;
}

/** One page of a resource's rows (drafts included), in the definition's order, and the total. */
export async function listRows(
  db: Kysely<DB>,
  def: ResourceDef,
  f: ListFilter,
): Promise<{ rows: RowData[]; total: number }> {
  let q = loose(db).selectFrom(def.table);
  if (f.parent) q = q.where(f.parent.column, "=", f.parent.id);
  if (def.content) {
    if (f.status === "deleted") q = q.where("deleted_at", "is not", null);
    else if (f.status !== undefined || !f.includeDeleted) {
      q = q.where("deleted_at", "is", null);
      if (f.status) q = q.where("status", "=", f.status);
    }
  }
  const count = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  let rows = q.selectAll();
  for (const [column, dir] of def.order) rows = rows.orderBy(column, dir);
  const page = await rows
    .orderBy("id", "desc")
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows: page as RowData[], total: Number(count?.n ?? 0) };
}

/** The (not deleted) rows of a child resource under one parent, at most 200. */
export async function childRows(
  db: Kysely<DB>,
  def: ResourceDef,
  column: string,
  parentId: number,
): Promise<RowData[]> {
  let q = loose(db).selectFrom(def.table).selectAll().where(column, "=", parentId);
  if (def.content) q = q.where("deleted_at", "is", null);
  for (const [c, dir] of def.order) q = q.orderBy(c, dir);
  return (await q.orderBy("id", "asc").limit(200).execute()) as RowData[];
}

function parseSnapshot(json: string | null): Snapshot | null {
  if (!json) return null;
  try {
    const s = JSON.parse(json) as Partial<Snapshot>;
    if (!s || typeof s !== "object" || !s.row || typeof s.row.id !== "number") return null;
    return { row: s.row, translations: s.translations ?? {}, joins: s.joins ?? {}, links: s.links ?? [] };
  } catch {
    return null;
  }
}

/** The snapshot written when a row without soft delete was deleted (the latest such entry), if any. */
export async function deletedSnapshot(db: Kysely<DB>, entity: string, id: number): Promise<Snapshot | null> {
  const row = await db
    .selectFrom("audit_log")
    .select("before_json")
    .where("entity", "=", entity)
    .where("entity_id", "=", id)
    .where("action", "=", "delete")
    .where("outcome", "=", "success")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return parseSnapshot(row?.before_json ?? null);
}

/**
 * Rows of a table without soft delete that were deleted and not restored since: the ids in the audit log's
 * delete entries that no longer exist, newest first, with their snapshots.
 */
export async function deletedFromLog(db: Kysely<DB>, def: ResourceDef, limit = 50): Promise<Snapshot[]> {
  const entries = await db
    .selectFrom("audit_log")
    .select(["entity_id", "before_json"])
    .where("entity", "=", def.target)
    .where("action", "=", "delete")
    .where("outcome", "=", "success")
    .where("entity_id", "is not", null)
    .orderBy("id", "desc")
    .limit(500)
    .execute();
  const ids = [...new Set(entries.map((e) => Number(e.entity_id)))];
  if (ids.length === 0) return [];
  const alive = new Set(
    (await loose(db).selectFrom(def.table).select("id").where("id", "in", ids).execute()).map((r) =>
      Number(r.id),
    ),
  );
  const seen = new Set<number>();
  const out: Snapshot[] = [];
  for (const e of entries) {
    const id = Number(e.entity_id);
    if (alive.has(id) || seen.has(id)) continue;
    seen.add(id);
    const s = parseSnapshot(e.before_json);
    if (s) out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}
