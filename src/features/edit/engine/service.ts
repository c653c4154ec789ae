import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { actorOf, recordAudit } from "../../../audit/audit.service.ts";
import { authorize } from "../../../auth/auth.plugin.ts";
import type { Action, Subject } from "../../../auth/policies.ts";
import type { Config } from "../../../config.ts";
import type { Database } from "../../../db/connection.ts";
import { saveTranslations } from "../../../db/translations.ts";
import type { DB } from "../../../db/types.ts";
import { AppError, NotFoundError } from "../../../errors.ts";
import { reindexEntity } from "../../search/search.indexer.ts";
import { removeUpload, type StoredFile, sniffUpload, storeUpload } from "../../uploads/uploads.service.ts";
import { assignSlug, databaseChecks } from "./checks.ts";
import { normalizeInput, rowToRaw, toRaw } from "./input.ts";
import {
  columnsOf,
  findRow,
  insertRow,
  replaceJoins,
  replaceLinks,
  type Snapshot,
  snapshotOf,
  translationsOf,
  updateRow,
} from "./repo.ts";
import { validate } from "./schema.ts";
import type { FieldError, LinkValue, RawValues, ResourceDef, RowData, SubjectMeta, Values } from "./types.ts";

/** What a write needs from the app. */
export interface EditEnv {
  req: FastifyRequest;
  database: Database;
  config: Config;
}

/** A write either succeeds with the row's id, or fails with field errors and what was typed. */
export type WriteOutcome = { ok: true; id: number } | { ok: false; errors: FieldError[]; raw: RawValues };

/** A fixed parent from the URL (`?event=12`), already loaded. */
export interface ParentRef {
  column: string;
  id: number;
}

/** Published/deleted of a stored row (rows without status are published). */
export function metaOf(def: ResourceDef, row: Record<string, unknown>): SubjectMeta {
  return def.content
    ? {
        published: row.status === "published",
        deleted: row.deleted_at !== null && row.deleted_at !== undefined,
      }
    : { published: true, deleted: false };
}

/** The audit/authorization entity of a resource row. */
const entityOf = (def: ResourceDef, id?: number | null) => ({ name: def.target, id: id ?? null });

/** Asks the policy about a resource row; a refusal is audited and becomes 401/403. */
export async function authorizeRow(
  env: EditEnv,
  def: ResourceDef,
  action: Action,
  row: Record<string, unknown>,
  meta: SubjectMeta,
  id?: number | null,
): Promise<Subject> {
  const subject = await def.subject(env.database.db, row, meta);
  await authorize(env.req, env.database, action, subject, entityOf(def, id));
  return subject;
}

/** Runs a write in one transaction with its audit entry; a constraint violation becomes a 400. */
async function inTransaction<T>(
  env: EditEnv,
  work: (trx: Kysely<DB>, audit: (e: Parameters<typeof recordAudit>[2]) => Promise<void>) => Promise<T>,
): Promise<T | "conflict"> {
  const actor = actorOf(env.req);
  try {
    return await env.database.db.transaction().execute((trx) => work(trx, (e) => recordAudit(trx, actor, e)));
  } catch (e) {
    if (isConstraintError(e)) return "conflict";
    throw e;
  }
}

/** True for a database refusal caused by the data (unique, foreign key, check, bad value), not a fault. */
export function isConstraintError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== "string") return false;
  return code.startsWith("SQLITE_CONSTRAINT") || /^2[23]/.test(code);
}

async function sniffFile(
  env: EditEnv,
  def: ResourceDef,
  input: Record<string, unknown>,
): Promise<{ error?: FieldError; bytes?: Buffer; type?: { mimeType: string; ext: string } }> {
  const field = def.fields.find((f) => f.kind === "file");
  const bytes = field ? input[field.name] : undefined;
  if (!field || !Buffer.isBuffer(bytes) || bytes.length === 0) return {};
  if (bytes.length > env.config.UPLOAD_MAX_BYTES) throw new AppError(413, "too_large");
  const type = await sniffUpload(bytes);
  return type ? { bytes, type } : { error: { field: field.name, key: "file_type" } };
}

const fileColumns = (f: StoredFile) => ({
  file_name: f.fileName,
  mime_type: f.mimeType,
  byte_size: f.byteSize,
});

interface Prepared {
  values: Values;
  columns: Record<string, unknown>;
  file?: { bytes: Buffer; type: { mimeType: string; ext: string } };
}

/** Validates, checks against the database, and authorizes the row as it will be. */
async function prepare(
  env: EditEnv,
  def: ResourceDef,
  input: Record<string, unknown>,
  base: Record<string, unknown>,
  id: number | null,
  wasPublished: boolean,
): Promise<{ ok: true; p: Prepared } | { ok: false; errors: FieldError[] }> {
  const v = validate(def, input);
  const sniffed = await sniffFile(env, def, input);
  if (!v.ok) return { ok: false, errors: sniffed.error ? [...v.errors, sniffed.error] : v.errors };
  const slugError = await assignSlug(env.database.db, def, v.values, id);
  const columns = { ...base, ...columnsOf(def, v.values) };
  const errors = await databaseChecks(env.database.db, def, v.values, columns, id);
  if (slugError) errors.unshift(slugError);
  if (sniffed.error) errors.push(sniffed.error);
  if (errors.length) return { ok: false, errors };
  const published = !def.content || columns.status === "published";
  await authorizeRow(env, def, id === null ? "create" : "update", columns, { published, deleted: false }, id);
  if (def.content && published && !wasPublished) {
    await authorizeRow(env, def, "publish", columns, { published, deleted: false }, id);
  }
  const file = sniffed.bytes && sniffed.type ? { bytes: sniffed.bytes, type: sniffed.type } : undefined;
  return { ok: true, p: { values: v.values, columns, file } };
}

async function writeRest(trx: Kysely<DB>, def: ResourceDef, id: number, values: Values): Promise<void> {
  if (def.entity) await saveTranslations(trx, def.entity, id, translationsOf(def, values));
  const joins: Record<string, (string | number)[]> = {};
  for (const f of def.fields)
    if (f.kind === "multi") joins[f.name] = (values[f.name] ?? []) as (string | number)[];
  await replaceJoins(trx, def, id, joins);
  const links = def.fields.find((f) => f.kind === "links");
  if (links) await replaceLinks(trx, def, id, (values[links.name] ?? []) as LinkValue[]);
}

/**
 * Creates a row: authorize (on what the input says so far), validate, check, authorize the final row,
 * then one transaction with the row, its texts, link tables, hook and audit entry.
 */
export async function createRow(
  env: EditEnv,
  def: ResourceDef,
  body: unknown,
  parent: ParentRef | null,
): Promise<WriteOutcome> {
  const input = normalizeInput(def, body);
  const base: Record<string, unknown> = parent ? { [parent.column]: parent.id } : {};
  await authorizeRow(env, def, "create", { ...input, ...base }, { published: false, deleted: false });
  const prepared = await prepare(env, def, input, base, null, false);
  if (!prepared.ok) return { ok: false, errors: prepared.errors, raw: toRaw(def, input) };
  const { values, columns, file } = prepared.p;
  const stored = file ? await storeUpload(env.config.dataDir, file.bytes, file.type) : null;
  const result = await inTransaction(env, async (trx, audit) => {
    const id = await insertRow(trx, def, { ...columns, ...(stored ? fileColumns(stored) : {}) });
    await writeRest(trx, def, id, values);
    await def.afterCreate?.({
      trx,
      id,
      values,
      row: columns,
      audit: (e) => audit({ ...e, outcome: "success" }),
    });
    await def.afterWrite?.(trx, id);
    await reindexEntity(trx, def.target, id);
    await audit({
      action: "create",
      entity: def.target,
      entityId: id,
      after: await snapshotOf(trx, def, id),
    });
    return id;
  });
  if (result === "conflict") {
    if (stored) await removeUpload(env.config.dataDir, stored.fileName);
    return { ok: false, errors: [{ field: "_form", key: "conflict" }], raw: toRaw(def, input) };
  }
  return { ok: true, id: result };
}

/** Loads a row's snapshot or answers 404. */
export async function requireSnapshot(db: Kysely<DB>, def: ResourceDef, id: number): Promise<Snapshot> {
  const snap = await snapshotOf(db, def, id);
  if (!snap) throw new NotFoundError(def.target);
  return snap;
}

/** The stored row as form text. */
export function snapshotToRaw(def: ResourceDef, s: Snapshot): RawValues {
  return rowToRaw(def, s.row, s.translations, s.joins, s.links);
}

/**
 * Updates a row. A form sends every field; a JSON body may send only some (the rest keep their values).
 * The policy must allow editing the row as it is and as it will be.
 */
export async function updateRowFrom(
  env: EditEnv,
  def: ResourceDef,
  id: number,
  body: unknown,
  partial: boolean,
): Promise<WriteOutcome> {
  const before = await requireSnapshot(env.database.db, def, id);
  const meta = metaOf(def, before.row);
  await authorizeRow(env, def, "update", before.row, meta, id);
  const input = { ...(partial ? snapshotToRaw(def, before) : {}), ...normalizeInput(def, body) };
  const fixed: Record<string, unknown> = def.parent
    ? { [def.parent.column]: before.row[def.parent.column] }
    : {};
  const prepared = await prepare(env, def, input, { ...before.row, ...fixed }, id, meta.published);
  if (!prepared.ok) return { ok: false, errors: prepared.errors, raw: toRaw(def, input) };
  const { values, file } = prepared.p;
  const stored = file ? await storeUpload(env.config.dataDir, file.bytes, file.type) : null;
  const changed: Record<string, unknown> = {
    ...columnsOf(def, values),
    ...(stored ? fileColumns(stored) : {}),
  };
  const result = await inTransaction(env, async (trx, audit) => {
    await updateRow(trx, def, id, changed);
    await writeRest(trx, def, id, values);
    await def.afterWrite?.(trx, id);
    await reindexEntity(trx, def.target, id, before.row);
    await audit({
      action: "update",
      entity: def.target,
      entityId: id,
      before,
      after: await snapshotOf(trx, def, id),
    });
    return id;
  });
  if (result === "conflict") {
    if (stored) await removeUpload(env.config.dataDir, stored.fileName);
    return { ok: false, errors: [{ field: "_form", key: "conflict" }], raw: toRaw(def, input) };
  }
  return { ok: true, id };
}

/** A row as loaded for a page (404 when missing). */
export async function requireRow(db: Kysely<DB>, def: ResourceDef, id: number): Promise<RowData> {
  const row = await findRow(db, def, id);
  if (!row) throw new NotFoundError(def.target);
  return row;
}
