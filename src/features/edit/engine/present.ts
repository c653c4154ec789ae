import type { Kysely } from "kysely";
import type { DB } from "../../../db/types.ts";
import { formatDate } from "../../../i18n/format.ts";
import type { Locale } from "../../../i18n/locales.ts";
import type { Translate } from "../../../i18n/messages.ts";
import { childRows, deletedFromLog, type ListFilter, listRows } from "./list.repo.ts";
import { type Choice, choicesOf, labelsOf } from "./targets.repo.ts";
import type { FieldDef, RawValues, ResourceDef, RowData } from "./types.ts";

/** One row of an editing list, ready to show. */
export interface ListRow {
  id: number;
  label: string;
  cells: string[];
  status: "draft" | "published" | null;
  deleted: boolean;
}

/** A link to a row: its label and where to edit it. */
export interface RowLink {
  id: number;
  label: string;
  href: string;
}

/** Translates a stored value of a field for a list cell. */
function cell(
  t: Translate,
  locale: Locale,
  f: FieldDef | undefined,
  v: unknown,
  refs: Map<string, string>,
): string {
  if (v === null || v === undefined || v === "") return "—";
  if (!f) return /^\d{4}-\d{2}-\d{2}T/.test(String(v)) ? formatDate(locale, String(v), "medium") : String(v);
  switch (f.kind) {
    case "boolean":
      return t(v ? "edit.form.yes" : "edit.form.no");
    case "select":
      return t(`edit.values.${f.labels}.${String(v)}`);
    case "status":
      return t(`edit.status.${String(v)}`);
    case "date":
      return formatDate(locale, String(v), "medium");
    case "ref":
      return refs.get(`${f.name}:${String(v)}`) ?? String(v);
    default:
      return String(v);
  }
}

/** Labels of the reference columns shown in a list, keyed `column:key`. */
async function refLabels(
  db: Kysely<DB>,
  def: ResourceDef,
  rows: Record<string, unknown>[],
  locale: Locale,
  t: Translate,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of def.columns) {
    const f = def.fields.find((x) => x.name === name);
    if (f?.kind !== "ref") continue;
    const keys = rows.map((r) => r[name]).filter((v) => v !== null && v !== undefined) as (string | number)[];
    for (const [k, label] of await labelsOf(db, f.target, keys, locale, t)) out.set(`${name}:${k}`, label);
  }
  return out;
}

/** Turns stored rows into list rows: label, the definition's columns, status. */
export async function presentRows(
  db: Kysely<DB>,
  def: ResourceDef,
  rows: RowData[],
  locale: Locale,
  t: Translate,
): Promise<ListRow[]> {
  const labels = await labelsOf(
    db,
    def.target,
    rows.map((r) => r.id),
    locale,
    t,
  );
  const refs = await refLabels(db, def, rows, locale, t);
  return rows.map((r) => ({
    id: r.id,
    label: labels.get(String(r.id)) ?? `#${r.id}`,
    cells: def.columns.map((c) =>
      cell(
        t,
        locale,
        def.fields.find((f) => f.name === c),
        r[c],
        refs,
      ),
    ),
    status: def.content ? (r.status as "draft" | "published") : null,
    deleted: def.content ? r.deleted_at !== null : false,
  }));
}

/** One page of an editing list; for admins with `status=deleted`, also rows removed without soft delete. */
export async function listPage(
  db: Kysely<DB>,
  def: ResourceDef,
  filter: ListFilter,
  locale: Locale,
  t: Translate,
): Promise<{ rows: ListRow[]; total: number }> {
  if (filter.status === "deleted" && !def.content) {
    const snaps = await deletedFromLog(db, def);
    const inScope = snaps.filter((s) => !filter.parent || s.row[filter.parent.column] === filter.parent.id);
    const rows = inScope.map((s) => ({
      id: s.row.id,
      label: labelFromSnapshot(s.translations, locale) ?? `#${s.row.id}`,
      cells: def.columns.map((c) =>
        cell(
          t,
          locale,
          def.fields.find((f) => f.name === c),
          s.row[c],
          new Map(),
        ),
      ),
      status: null,
      deleted: true,
    }));
    return { rows, total: rows.length };
  }
  const { rows, total } = await listRows(db, def, filter);
  return { rows: await presentRows(db, def, rows, locale, t), total };
}

function labelFromSnapshot(tr: Record<string, Record<string, string>>, locale: Locale): string | undefined {
  const first = Object.values(tr)[0];
  return first ? (first[locale] ?? first.en ?? first.ru ?? Object.values(first)[0]) : undefined;
}

/** The label of one row, in the reader's language. */
export async function rowLabel(
  db: Kysely<DB>,
  def: ResourceDef,
  id: number,
  locale: Locale,
  t?: Translate,
): Promise<string> {
  return (await labelsOf(db, def.target, [id], locale, t)).get(String(id)) ?? `#${id}`;
}

/** The choices of every reference and multi field of a form (sessions scoped to the row's event, etc.). */
export async function formChoices(
  db: Kysely<DB>,
  def: ResourceDef,
  raw: RawValues,
  fixed: Record<string, unknown>,
  locale: Locale,
  t?: Translate,
): Promise<Record<string, Choice[]>> {
  const out: Record<string, Choice[]> = {};
  for (const f of def.fields) {
    if (f.kind !== "ref" && f.kind !== "multi") continue;
    const current = raw[f.name];
    const include = Array.isArray(current)
      ? current
      : typeof current === "string" && current
        ? [current]
        : [];
    let scope: { column: string; value: number | null } | undefined;
    if (f.kind === "ref" && f.scope) {
      const sv = fixed[f.scope.from] ?? raw[f.scope.from];
      const n =
        typeof sv === "number" ? sv : typeof sv === "string" && /^\d{1,10}$/.test(sv) ? Number(sv) : null;
      // Without a known owner (e.g. a new participation's person), every row is offered; the save checks it.
      if (n !== null || f.scope.from in fixed) scope = { column: f.scope.column, value: n };
    }
    out[f.name] = await choicesOf(db, f.target, locale, { scope, include, t });
  }
  return out;
}

/** The children of a row, per child resource, as links to their edit pages. */
export async function childLinks(
  db: Kysely<DB>,
  child: ResourceDef,
  column: string,
  parentId: number,
  locale: Locale,
  t?: Translate,
): Promise<RowLink[]> {
  const rows = await childRows(db, child, column, parentId);
  const labels = await labelsOf(
    db,
    child.target,
    rows.map((r) => r.id),
    locale,
    t,
  );
  return rows.map((r) => ({
    id: r.id,
    label: labels.get(String(r.id)) ?? `#${r.id}`,
    href: `/${locale}/edit/${child.name}/${r.id}`,
  }));
}
