import type { YearKind } from "../../../auth/policies.ts";
import type { FieldDef, FieldError, SubjectMeta, Values } from "../engine/types.ts";

/** A two-letter country code from a (possibly unvalidated) value, or null. */
export function countryOf(v: unknown): string | null {
  return typeof v === "string" && /^[A-Z]{2}$/.test(v) ? v : null;
}

/** A chairmanship-year subject. */
export function yearSubject(kind: YearKind, year: number | null, meta: SubjectMeta) {
  return { type: "year" as const, kind, year, ...meta };
}

/** The status field every content form ends with. */
export const STATUS: FieldDef = { kind: "status", name: "status", initial: "draft" };
/** A sort order (0 when left empty). */
export const SORT: Extract<FieldDef, { kind: "integer" }> = {
  kind: "integer",
  name: "sort_order",
  min: 0,
  max: 100_000,
  fallback: 0,
};

/** "ends on" must not come before "starts on". */
export function datesInOrder(from: string, to: string): (v: Values) => FieldError[] {
  return (v) => {
    const a = v[from];
    const b = v[to];
    return typeof a === "string" && typeof b === "string" && b < a ? [{ field: to, key: "date_order" }] : [];
  };
}
