import type { Kysely } from "kysely";
import { loadTranslations, pick } from "../../../db/translations.ts";
import type { DB } from "../../../db/types.ts";
import type { Locale } from "../../../i18n/locales.ts";
import type { Translate } from "../../../i18n/messages.ts";
import { SPECS, str, type TargetSpec } from "./targets.ts";
import type { RefTarget } from "./types.ts";

/** A database handle without table typing, for the generic engine (table names come from definitions). */
export type LooseDB = Record<string, Record<string, unknown>>;
/** The same handle, seen loosely typed. */
export function loose(db: Kysely<DB>): Kysely<LooseDB> {
  return db as unknown as Kysely<LooseDB>;
}

/** One choice of a select: the value sent and the label shown. */
export interface Choice {
  value: string;
  label: string;
}

const CHOICE_LIMIT = 1000;

/** A well-formed key of a target: a positive 32-bit id, or a two-letter country code. */
function isKey(key: "id" | "code", v: number | string): boolean {
  if (key === "code") return typeof v === "string" && /^[A-Z]{2}$/.test(v);
  const n = typeof v === "number" ? v : /^\d{1,10}$/.test(v) ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 && n <= 2_147_483_647;
}

async function describe(
  db: Kysely<DB>,
  spec: TargetSpec,
  rows: Record<string, unknown>[],
  locale: Locale,
  t?: Translate,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ids = spec.entity ? rows.map((r) => Number(r.id)) : [];
  const tr = spec.entity ? await loadTranslations(db, spec.entity, ids) : new Map();
  const viaIds = spec.via ? rows.map((r) => r[spec.via?.column ?? ""]).filter((v) => v !== null) : [];
  const via = spec.via
    ? await labelsOf(db, spec.via.target, viaIds as (number | string)[], locale, t)
    : new Map();
  for (const row of rows) {
    const key = str(row[spec.key]);
    const text = spec.field ? pick(tr.get(Number(row.id)), spec.field, locale)?.text : undefined;
    const viaLabel = spec.via ? via.get(str(row[spec.via.column])) : undefined;
    const label = spec.compose ? spec.compose({ row, text, via: viaLabel, locale, t }) : text;
    out.set(key, label || `#${key}`);
  }
  return out;
}

function selectColumns(spec: TargetSpec): string[] {
  return [...new Set([spec.key, "id", ...spec.columns, ...(spec.via ? [spec.via.column] : [])])];
}

/** The labels of some rows of a target, in the reader's language: Map<key as string, label>. */
export async function labelsOf(
  db: Kysely<DB>,
  target: RefTarget,
  keys: readonly (number | string)[],
  locale: Locale,
  t?: Translate,
): Promise<Map<string, string>> {
  const spec = SPECS[target];
  const unique = [...new Set(keys)].filter((k) => isKey(spec.key, k));
  if (unique.length === 0) return new Map();
  const rows = await loose(db)
    .selectFrom(spec.table)
    .select(selectColumns(spec))
    .where(spec.key, "in", unique.slice(0, 900))
    .execute();
  return describe(db, spec, rows, locale, t);
}

/**
 * The choices of a select: the target's rows (not deleted, unless already chosen), within a scope
 * (e.g. the sessions of one event), labelled in the reader's language.
 */
export async function choicesOf(
  db: Kysely<DB>,
  target: RefTarget,
  locale: Locale,
  opts: {
    scope?: { column: string; value: number | null };
    include?: readonly (number | string)[];
    t?: Translate;
  } = {},
): Promise<Choice[]> {
  const spec = SPECS[target];
  let q = loose(db).selectFrom(spec.table).select(selectColumns(spec));
  // Only well-formed keys: typed text may be anything, and PostgreSQL refuses "abc" as an integer.
  const include = (opts.include ?? []).filter((v) => isKey(spec.key, v));
  if (spec.content) {
    q = q.where((eb) =>
      include.length
        ? eb.or([eb("deleted_at", "is", null), eb(spec.key, "in", include)])
        : eb("deleted_at", "is", null),
    );
  }
  if (opts.scope) {
    const { column, value } = opts.scope;
    q = value === null ? q.where(column, "is", null) : q.where(column, "=", value);
  }
  for (const [column, dir] of spec.order) q = q.orderBy(column, dir);
  const rows = await q.orderBy(spec.key, "asc").limit(CHOICE_LIMIT).execute();
  const labels = await describe(db, spec, rows, locale, opts.t);
  return rows.map((r) => ({ value: str(r[spec.key]), label: labels.get(str(r[spec.key])) ?? "" }));
}

/** Which of the given keys exist in a target (optionally within a scope). */
export async function existingKeys(
  db: Kysely<DB>,
  target: RefTarget,
  keys: readonly (number | string)[],
  scope?: { column: string; value: number },
): Promise<Set<string>> {
  const spec = SPECS[target];
  const unique = [...new Set(keys)].filter((k) => isKey(spec.key, k));
  if (unique.length === 0) return new Set();
  let q = loose(db).selectFrom(spec.table).select(spec.key).where(spec.key, "in", unique.slice(0, 900));
  if (scope) q = q.where(scope.column, "=", scope.value);
  const rows = await q.execute();
  return new Set(rows.map((r) => str(r[spec.key])));
}
