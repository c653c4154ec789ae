import type { Kysely } from "kysely";
import type { Subject } from "../../../auth/policies.ts";
import type { LocaleMap } from "../../../db/translations.ts";
import type { DB, TranslatableEntity } from "../../../db/types.ts";

/** Every entity an editing form may point at or list (labels and choices: targets.repo.ts). */
export type RefTarget =
  | "chairmanship"
  | "topic"
  | "country"
  | "organization"
  | "person"
  | "position"
  | "event"
  | "session"
  | "participation"
  | "statement"
  | "plan"
  | "plan_item"
  | "plan_update"
  | "block"
  | "project"
  | "indicator"
  | "observation"
  | "news"
  | "document";

/** A link table row set: which owner column, which value column, and constant extra columns. */
export interface JoinDef {
  table: string;
  owner: string;
  value: string;
  /** Constant columns written with each row, and used to select them (e.g. `{ role: "organizer" }`). */
  extra?: Record<string, string>;
  /** The table has a `sort_order` column, written in the order the values were given. */
  ordered?: boolean;
}

interface Base {
  /** Column name (scalar kinds) or form name (translated, multi, links, file). */
  name: string;
  /** i18n key of the label; default `edit.fields.<name>`. */
  label?: string;
  /** i18n key of a hint shown under the field. */
  hint?: string;
  required?: boolean;
  /** The value a new form starts with (as form text). */
  initial?: string;
}

/** One field of a resource form. The kind decides the input, the validation and where it is stored. */
export type FieldDef =
  | (Base & { kind: "translated"; long?: boolean; max?: number })
  | (Base & { kind: "text"; max?: number; pattern?: RegExp; url?: boolean; long?: boolean })
  | (Base & { kind: "slug"; from: string })
  | (Base & { kind: "date" })
  | (Base & { kind: "integer"; min?: number; max?: number; fallback?: number })
  | (Base & { kind: "number" })
  | (Base & { kind: "boolean" })
  | (Base & { kind: "select"; values: readonly string[]; labels: string })
  | (Base & { kind: "ref"; target: RefTarget; scope?: { column: string; from: string } })
  | (Base & { kind: "multi"; target: RefTarget; join: JoinDef })
  | (Base & { kind: "links"; table: string; owner: string })
  | (Base & { kind: "file" })
  | (Base & { kind: "status" });

export type FieldKind = FieldDef["kind"];

/** One project link as typed: a URL and an optional label. */
export interface LinkValue {
  url: string;
  label: string | null;
}

/** A validated value of one field. */
export type Value = string | number | boolean | null | LocaleMap | (string | number)[] | LinkValue[];
/** Validated values, keyed by field name. */
export type Values = Record<string, Value>;

/** What the reader typed, kept as text for re-rendering: strings, lists, or per-locale maps. */
export type RawValue = string | string[] | Record<string, string>;
export type RawValues = Record<string, RawValue>;

/** A field error: the field, an `edit.errors.*` key and its placeholders. */
export interface FieldError {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

/** A stored row, as the generic repo reads it. */
export type RowData = Record<string, unknown> & { id: number };

/** Whether a row is published and whether it is deleted: the part of a subject the row itself decides. */
export interface SubjectMeta {
  published: boolean;
  deleted: boolean;
}

/** Computes a row's policy subject from its column values (stored or about to be stored). */
export type SubjectFn = (db: Kysely<DB>, row: Record<string, unknown>, meta: SubjectMeta) => Promise<Subject>;

/** A parent given by the URL: `/edit/sessions/new?event=12` stores 12 in `event_id`. */
export interface ParentDef {
  param: string;
  column: string;
  resource: string;
}

/** A child list shown on the parent's edit page, with an "add" link. */
export interface ChildDef {
  resource: string;
  /** The child's column that points at this parent. */
  column: string;
}

/** What a resource's write hook may do in the write's transaction. */
export interface HookContext {
  trx: Kysely<DB>;
  id: number;
  values: Values;
  /** The columns written. */
  row: Record<string, unknown>;
  /** Appends an audit entry (same actor) in the same transaction. */
  audit: (e: {
    action: string;
    entity: string;
    entityId: number;
    before: unknown;
    after: unknown;
  }) => Promise<void>;
}

/**
 * A resource definition: everything the engine needs to build the schema, the form, the repo calls and
 * the routes of one entity.
 */
export interface ResourceDef {
  /** URL segment: `/edit/<name>`. */
  name: string;
  table: keyof DB & string;
  /** Translation entity of its texts (none when it has no translated field). */
  entity?: TranslatableEntity;
  /** Label source (targets.repo.ts), and the entity name in the audit log. */
  target: RefTarget;
  /** The table has status/deleted_at (soft delete); otherwise deletes are hard and restored from the audit log. */
  content: boolean;
  fields: FieldDef[];
  /** Field names shown as list columns after the label. */
  columns: string[];
  /** List order. */
  order: [string, "asc" | "desc"][];
  parent?: ParentDef;
  children?: ChildDef[];
  /** Column sets that must be unique; a clash is a field error on the first column. */
  unique?: string[][];
  subject: SubjectFn;
  /** Cross-field checks on validated values. */
  check?: (values: Values) => FieldError[];
  /** Fills computed columns before a write (e.g. a sort name from the English name). */
  prepare?: (values: Values) => void;
  /** Columns that are not fields but that `prepare` fills. */
  extraColumns?: string[];
  /** Runs after an insert, in the same transaction. */
  afterCreate?: (ctx: HookContext) => Promise<void>;
  /** Runs after an insert or an update, in the same transaction (e.g. to refresh derived rows). */
  afterWrite?: (trx: Kysely<DB>, id: number) => Promise<void>;
  /** The public page of a row, when it has one. */
  publicPath?: (row: RowData) => string | null;
  /** The form is sent as multipart/form-data (a file field). */
  multipart?: boolean;
}
