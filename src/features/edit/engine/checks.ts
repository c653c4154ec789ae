import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { DB } from "../../../db/types.ts";
import { LOCALES } from "../../../i18n/locales.ts";
import { clashes, slugTaken } from "./repo.ts";
import { slugify } from "./slug.ts";
import { existingKeys } from "./targets.repo.ts";
import type { FieldError, ResourceDef, Values } from "./types.ts";

/**
 * Checks that need the database: every chosen reference exists (within its scope, e.g. a session of the
 * same event; a row never points at itself), and unique column sets are free.
 */
export async function databaseChecks(
  db: Kysely<DB>,
  def: ResourceDef,
  values: Values,
  columns: Record<string, unknown>,
  exceptId: number | null,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const f of def.fields) {
    if (f.kind === "ref") {
      const v = values[f.name];
      if (v === null || v === undefined) continue;
      const key = v as number | string;
      if (f.target === def.target && exceptId !== null && key === exceptId) {
        errors.push({ field: f.name, key: "choice" });
        continue;
      }
      let scope: { column: string; value: number } | undefined;
      if (f.scope) {
        const sv = columns[f.scope.from];
        if (typeof sv !== "number") {
          errors.push({ field: f.name, key: "choice" });
          continue;
        }
        scope = { column: f.scope.column, value: sv };
      }
      const found = await existingKeys(db, f.target, [key], scope);
      if (!found.has(String(key))) errors.push({ field: f.name, key: "choice" });
    } else if (f.kind === "multi") {
      const list = (values[f.name] ?? []) as (string | number)[];
      const found = await existingKeys(db, f.target, list);
      if (list.some((k) => !found.has(String(k)))) errors.push({ field: f.name, key: "choice" });
    }
  }
  for (const set of def.unique ?? []) {
    const first = set[0];
    if (!first || errors.some((e) => e.field === first)) continue;
    if (await clashes(db, def, set, columns, exceptId)) errors.push({ field: first, key: "taken" });
  }
  return errors;
}

/**
 * Gives the row a slug: the one typed (refused when taken), or one made from the title (English first),
 * made unique with a number. Mutates `values`; returns an error for the slug field, or null.
 */
export async function assignSlug(
  db: Kysely<DB>,
  def: ResourceDef,
  values: Values,
  exceptId: number | null,
): Promise<FieldError | null> {
  const field = def.fields.find((f) => f.kind === "slug");
  if (field?.kind !== "slug") return null;
  const typed = values[field.name];
  if (typeof typed === "string" && typed !== "") {
    return (await slugTaken(db, def, typed, exceptId)) ? { field: field.name, key: "taken" } : null;
  }
  const texts = (values[field.from] ?? {}) as Record<string, string | undefined>;
  const source = [texts.en, ...LOCALES.map((l) => texts[l])].find((t) => t && slugify(t) !== "");
  const base =
    (source ? slugify(source) : "") || `${def.target.replace(/_/g, "-")}-${randomBytes(3).toString("hex")}`;
  for (let i = 1; i <= 20; i++) {
    const candidate = i === 1 ? base : `${base}-${i}`;
    if (!(await slugTaken(db, def, candidate, exceptId))) {
      values[field.name] = candidate;
      return null;
    }
  }
  values[field.name] = `${base}-${randomBytes(3).toString("hex")}`;
  return null;
}
