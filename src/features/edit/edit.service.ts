import { can } from "../../auth/policies.ts";
import { NotFoundError } from "../../errors.ts";
import type { ParentQuery } from "./edit.schema.ts";
import { childLinks, formChoices, rowLabel } from "./engine/present.ts";
import { findRow } from "./engine/repo.ts";
import { type EditEnv, metaOf, type ParentRef, requireSnapshot, snapshotToRaw } from "./engine/service.ts";
import type { FieldError, RawValues, ResourceDef } from "./engine/types.ts";
import { resourceByName } from "./resources/index.ts";
import type { ChildSection, FormModel } from "./views/form.views.tsx";

/** The parent of a child resource, as given by the query (`?event=12`): it must exist and not be deleted. */
export interface ParentInfo {
  ref: ParentRef;
  label: string;
  href: string;
}

/** Query keys that preset a reference of a new row (`/edit/documents/new?event_id=12`). */
const PRESETS = ["event_id", "chairmanship_id", "plan_id", "block_id"] as const;

/** Resolves a child resource's parent from the query; 404 when missing or unknown. Null for top-level resources. */
export async function parentFromQuery(
  env: EditEnv,
  def: ResourceDef,
  q: ParentQuery,
): Promise<ParentInfo | null> {
  if (!def.parent) return null;
  const id = q[def.parent.param as keyof ParentQuery];
  return parentById(env, def, id ?? null);
}

async function parentById(env: EditEnv, def: ResourceDef, id: number | null): Promise<ParentInfo | null> {
  if (!def.parent) return null;
  const pdef = resourceByName(def.parent.resource);
  if (id === null || !pdef) throw new NotFoundError(def.parent.resource);
  const row = await findRow(env.database.db, pdef, id);
  if (!row || metaOf(pdef, row).deleted) throw new NotFoundError(def.parent.resource);
  const locale = env.req.locale;
  return {
    ref: { column: def.parent.column, id },
    label: await rowLabel(env.database.db, pdef, id, locale, env.req.t),
    href: `/${locale}/edit/${pdef.name}/${id}`,
  };
}

/** The form text a new row starts with: each field's initial value, and presets from the query. */
export function initialRaw(def: ResourceDef, q: ParentQuery): RawValues {
  const raw: RawValues = {};
  for (const f of def.fields) {
    if (f.kind === "translated") raw[f.name] = {};
    else if (f.kind === "multi") raw[f.name] = [];
    else raw[f.name] = f.initial ?? "";
  }
  for (const key of PRESETS) {
    const v = q[key];
    if (v !== undefined && def.fields.some((f) => f.name === key && f.kind === "ref")) raw[key] = String(v);
  }
  return raw;
}

interface FormState {
  csrf: string;
  raw?: RawValues;
  errors?: FieldError[];
  saved?: boolean;
}

/** The model of a new-row form (with what was typed and the errors after a 400). */
export async function newFormModel(
  env: EditEnv,
  def: ResourceDef,
  q: ParentQuery,
  parent: ParentInfo | null,
  s: FormState,
): Promise<FormModel> {
  const locale = env.req.locale;
  const raw = s.raw ?? initialRaw(def, q);
  const fixed = parent ? { [parent.ref.column]: parent.ref.id } : {};
  const query = parent && def.parent ? `?${def.parent.param}=${parent.ref.id}` : "";
  return {
    def,
    id: null,
    label: null,
    action: `/${locale}/edit/${def.name}/new${query}`,
    csrf: s.csrf,
    raw,
    errors: s.errors ?? [],
    choices: await formChoices(env.database.db, def, raw, fixed, locale, env.req.t),
    parent: parent ? { label: parent.label, href: parent.href } : null,
    children: [],
    readOnly: false,
    deleted: false,
    deleteHref: null,
    publicHref: null,
    saved: false,
    file: null,
    handover: null,
  };
}

async function childSections(env: EditEnv, def: ResourceDef, id: number): Promise<ChildSection[]> {
  const locale = env.req.locale;
  const out: ChildSection[] = [];
  for (const c of def.children ?? []) {
    const cdef = resourceByName(c.resource);
    if (!cdef) continue;
    const rows = await childLinks(env.database.db, cdef, c.column, id, locale, env.req.t);
    const param =
      cdef.parent?.column === c.column
        ? cdef.parent.param
        : (PRESETS as readonly string[]).includes(c.column)
          ? c.column
          : null;
    const subject = await cdef.subject(
      env.database.db,
      { [c.column]: id },
      { published: false, deleted: false },
    );
    const allowed = param !== null && can(env.req.user, "create", subject);
    out.push({
      resource: c.resource,
      rows,
      addHref: allowed ? `/${locale}/edit/${c.resource}/new?${param}=${id}` : null,
    });
  }
  return out;
}

/** The model of a row's edit page: the form, its parent, its children, delete and handover. */
export async function editFormModel(
  env: EditEnv,
  def: ResourceDef,
  id: number,
  s: FormState,
): Promise<FormModel> {
  const { db } = env.database;
  const locale = env.req.locale;
  const snap = await requireSnapshot(db, def, id);
  const row = snap.row;
  const meta = metaOf(def, row);
  const raw = s.raw ?? snapshotToRaw(def, snap);
  const parentId = def.parent ? (row[def.parent.column] as number | null) : null;
  const parent = def.parent ? await parentById(env, def, parentId).catch(() => null) : null;
  const subject = await def.subject(db, row, meta);
  const path = def.publicPath?.(row);
  const handedOverAt = def.name === "chairmanships" ? ((row.handed_over_at as string | null) ?? null) : null;
  return {
    def,
    id,
    label: await rowLabel(db, def, id, locale, env.req.t),
    action: `/${locale}/edit/${def.name}/${id}`,
    csrf: s.csrf,
    raw,
    errors: s.errors ?? [],
    choices: await formChoices(
      db,
      def,
      raw,
      def.parent ? { [def.parent.column]: parentId } : {},
      locale,
      env.req.t,
    ),
    parent: parent ? { label: parent.label, href: parent.href } : null,
    children: await childSections(env, def, id),
    readOnly: !can(env.req.user, "update", subject),
    deleted: meta.deleted,
    deleteHref:
      !meta.deleted && can(env.req.user, "delete", subject)
        ? `/${locale}/edit/${def.name}/${id}/delete`
        : null,
    publicHref: path && meta.published && !meta.deleted ? `/${locale}${path}` : null,
    saved: s.saved ?? false,
    file:
      def.name === "documents" && typeof row.file_name === "string"
        ? {
            href: `/${locale}/documents/${row.slug}/file`,
            mimeType: String(row.mime_type),
            byteSize: Number(row.byte_size),
          }
        : null,
    handover:
      def.name === "chairmanships"
        ? {
            action: `/${locale}/edit/chairmanships/${id}/handover`,
            handedOverAt,
            allowed: can(env.req.user, "update", {
              type: "handover",
              year: Number(row.year),
              handedOver: !!handedOverAt,
            }),
          }
        : null,
  };
}
