import type { Kysely } from "kysely";
import { type FieldMap, loadTranslations } from "../../../db/translations.ts";
import type { DB } from "../../../db/types.ts";
import { loose } from "./targets.repo.ts";
import type { FieldDef, LinkValue, ResourceDef, RowData, Values } from "./types.ts";

/** A full picture of one row for the audit log and for restoring: columns, texts, link tables, links. */
export interface Snapshot {
  row: RowData;
  translations: FieldMap;
  joins: Record<string, (string | number)[]>;
  links: LinkValue[];
}

type MultiField = Extract<FieldDef, { kind: "multi" }>;
type LinksField = Extract<FieldDef, { kind: "links" }>;
const multiFields = (def: ResourceDef) => def.fields.filter((f): f is MultiField => f.kind === "multi");
const linksField = (def: ResourceDef) => def.fields.find((f): f is LinksField => f.kind === "links");
const SCALAR = new Set(["text", "slug", "date", "integer", "number", "boolean", "select", "ref", "status"]);

/** One row by id, or undefined. */
export async function findRow(db: Kysely<DB>, def: ResourceDef, id: number): Promise<RowData | undefined> {
  const row = await loose(db).selectFrom(def.table).selectAll().where("id", "=", id).executeTakeFirst();
  return row ? (row as RowData) : undefined;
}

/** A row with its translations, link-table values and links; null when it does not exist. */
export async function snapshotOf(db: Kysely<DB>, def: ResourceDef, id: number): Promise<Snapshot | null> {
  const row = await findRow(db, def, id);
  if (!row) return null;
  const translations = def.entity ? ((await loadTranslations(db, def.entity, [id])).get(id) ?? {}) : {};
  const joins: Record<string, (string | number)[]> = {};
  for (const f of multiFields(def)) {
    let q = loose(db).selectFrom(f.join.table).select(f.join.value).where(f.join.owner, "=", id);
    for (const [k, v] of Object.entries(f.join.extra ?? {})) q = q.where(k, "=", v);
    if (f.join.ordered) q = q.orderBy("sort_order", "asc");
    const rows = await q.orderBy(f.join.value, "asc").execute();
    joins[f.name] = rows.map((r) => r[f.join.value] as string | number);
  }
  const lf = linksField(def);
  const links = lf
    ? (
        await loose(db)
          .selectFrom(lf.table)
          .select(["url", "label"])
          .where(lf.owner, "=", id)
          .orderBy("url")
          .execute()
      ).map((r) => ({ url: String(r.url), label: r.label === null ? null : String(r.label) }))
    : [];
  return { row, translations, joins, links };
}

/** The column values of validated input (scalar fields and computed columns). */
export function columnsOf(def: ResourceDef, values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of def.fields) {
    if (!SCALAR.has(f.kind)) continue;
    const v = values[f.name];
    if (f.kind === "boolean") out[f.name] = v ? 1 : 0;
    else if (f.kind === "integer" && (v === null || v === undefined) && f.fallback !== undefined)
      out[f.name] = f.fallback;
    else out[f.name] = v ?? null;
  }
  for (const c of def.extraColumns ?? []) if (c in values) out[c] = values[c] ?? null;
  return out;
}

/** The translated texts of validated input: { field: { locale: text } }; "" deletes a locale. */
export function translationsOf(def: ResourceDef, values: Values): FieldMap {
  const out: FieldMap = {};
  for (const f of def.fields) {
    if (f.kind !== "translated") continue;
    const v = values[f.name];
    if (v && typeof v === "object" && !Array.isArray(v)) out[f.name] = v as FieldMap[string];
  }
  return out;
}

/** Inserts a row; returns its id. */
export async function insertRow(
  trx: Kysely<DB>,
  def: ResourceDef,
  columns: Record<string, unknown>,
): Promise<number> {
  const now = new Date().toISOString();
  const row = def.content ? { ...columns, created_at: now, updated_at: now } : columns;
  const r = await loose(trx).insertInto(def.table).values(row).returning("id").executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Re-inserts a row exactly as it was (restoring a hard-deleted row keeps its id). */
export async function reinsertRow(trx: Kysely<DB>, def: ResourceDef, row: RowData): Promise<void> {
  await loose(trx).insertInto(def.table).values(row).execute();
}

/** Updates a row's columns. */
export async function updateRow(
  trx: Kysely<DB>,
  def: ResourceDef,
  id: number,
  columns: Record<string, unknown>,
): Promise<void> {
  const row = def.content ? { ...columns, updated_at: new Date().toISOString() } : columns;
  if (Object.keys(row).length === 0) return;
  await loose(trx).updateTable(def.table).set(row).where("id", "=", id).execute();
}

/** Replaces the link-table rows of the multi fields present in `joins`. */
export async function replaceJoins(
  trx: Kysely<DB>,
  def: ResourceDef,
  id: number,
  joins: Record<string, (string | number)[]>,
): Promise<void> {
  for (const f of multiFields(def)) {
    const list = joins[f.name];
    if (!list) continue;
    let del = loose(trx).deleteFrom(f.join.table).where(f.join.owner, "=", id);
    for (const [k, v] of Object.entries(f.join.extra ?? {})) del = del.where(k, "=", v);
    await del.execute();
    if (list.length === 0) continue;
    const rows = list.map((value, i) => ({
      [f.join.owner]: id,
      [f.join.value]: value,
      ...(f.join.extra ?? {}),
      ...(f.join.ordered ? { sort_order: i } : {}),
    }));
    await loose(trx).insertInto(f.join.table).values(rows).execute();
  }
}

/** Replaces a row's links (project links). */
export async function replaceLinks(
  trx: Kysely<DB>,
  def: ResourceDef,
  id: number,
  links: LinkValue[],
): Promise<void> {
  const lf = linksField(def);
  if (!lf) return;
  await loose(trx).deleteFrom(lf.table).where(lf.owner, "=", id).execute();
  const unique = [...new Map(links.map((l) => [l.url, l])).values()];
  if (unique.length === 0) return;
  await loose(trx)
    .insertInto(lf.table)
    .values(unique.map((l) => ({ [lf.owner]: id, url: l.url, label: l.label ?? null })))
    .execute();
}

/** Marks a content row deleted (or not deleted, with `at` null). */
export async function setDeleted(
  trx: Kysely<DB>,
  def: ResourceDef,
  id: number,
  at: string | null,
): Promise<void> {
  await loose(trx)
    .updateTable(def.table)
    .set({ deleted_at: at, updated_at: new Date().toISOString() })
    .where("id", "=", id)
    .execute();
}

/** Deletes a row that has no soft delete, with its translations (link tables cascade). */
export async function hardDelete(trx: Kysely<DB>, def: ResourceDef, id: number): Promise<void> {
  if (def.entity) {
    await trx
      .deleteFrom("translations")
      .where("entity", "=", def.entity)
      .where("entity_id", "=", id)
      .execute();
  }
  await loose(trx).deleteFrom(def.table).where("id", "=", id).execute();
}

/** True when another row already has these values in a unique column set. */
export async function clashes(
  db: Kysely<DB>,
  def: ResourceDef,
  columns: string[],
  values: Record<string, unknown>,
  exceptId: number | null,
): Promise<boolean> {
  let q = loose(db).selectFrom(def.table).select("id");
  for (const c of columns) {
    const v = values[c];
    q = v === null || v === undefined ? q.where(c, "is", null) : q.where(c, "=", v);
  }
  if (exceptId !== null) q = q.where("id", "<>", exceptId);
  return (await q.limit(1).executeTakeFirst()) !== undefined;
}

/** True when a slug is taken in a table. */
export async function slugTaken(db: Kysely<DB>, def: ResourceDef, slug: string, exceptId: number | null) {
  return clashes(db, def, ["slug"], { slug }, exceptId);
}
