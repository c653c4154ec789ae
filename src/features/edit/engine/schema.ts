import { z } from "zod";
import { LOCALES } from "../../../i18n/locales.ts";
import type { FieldDef, FieldError, LinkValue, ResourceDef, Values } from "./types.ts";

/** Slugs as the public pages accept them. */
export const SLUG_RE = /^[a-z0-9][a-z0-9-]{0,120}$/;
const URL_RE = /^https?:\/\/[^\s<>"'`]+$/i;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_ID = 2_147_483_647;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const toNull = (v: unknown) => (blank(v) ? null : v);
const toInt = (v: unknown) =>
  blank(v) ? null : typeof v === "string" && /^\s*-?\d{1,16}\s*$/.test(v) ? Number(v) : v;
const toNumber = (v: unknown) =>
  blank(v)
    ? null
    : typeof v === "string" && /^\s*-?\d[\d\s]*([.,]\d+)?\s*$/.test(v)
      ? Number(v.replace(/\s/g, "").replace(",", "."))
      : v;
const TRUE = new Set<unknown>([true, 1, "1", "on", "true", "yes"]);
const FALSE = new Set<unknown>([false, 0, "0", "off", "false", "no", "", null, undefined]);
const toBool = (v: unknown) => (TRUE.has(v) ? true : FALSE.has(v) ? false : v);

const isDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

function nullable<T extends z.ZodType>(inner: T, required: boolean | undefined) {
  const s = z.preprocess(toNull, inner.nullable());
  return required ? s.refine((v) => v !== null, { error: "required" }) : s;
}

const idSchema = z
  .number({ error: "choice" })
  .int({ error: "choice" })
  .min(1, { error: "choice" })
  .max(MAX_ID, { error: "choice" });
const codeSchema = z.string({ error: "choice" }).regex(/^[A-Z]{2}$/, { error: "choice" });

function refItem(f: { target: string }) {
  return f.target === "country" ? codeSchema : z.preprocess(toInt, idSchema);
}

function linksFrom(v: unknown): unknown {
  if (blank(v)) return [];
  if (typeof v !== "string") return v;
  return v
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const [url = "", ...rest] = line.split(/\s+/);
      const label = rest.join(" ");
      return { url, label: label === "" ? null : label };
    });
}

function fieldSchema(f: FieldDef): z.ZodType | null {
  switch (f.kind) {
    case "translated": {
      const max = f.max ?? (f.long ? 20_000 : 500);
      const text = z.string({ error: "text" }).trim().max(max, { error: "too_long" }).optional();
      const shape = Object.fromEntries(LOCALES.map((l) => [l, text]));
      const obj = z.preprocess(
        (v) => (v === undefined || v === null ? {} : v),
        z.object(shape, { error: "text" }),
      );
      return f.required
        ? obj.refine((m) => Object.values(m).some((s) => typeof s === "string" && s !== ""), {
            error: "required",
          })
        : obj;
    }
    case "text": {
      let s = z
        .string({ error: "text" })
        .trim()
        .max(f.max ?? (f.url ? 2000 : 500), { error: "too_long" });
      if (f.url) s = s.regex(URL_RE, { error: "url" });
      if (f.pattern) s = s.regex(f.pattern, { error: "format" });
      return nullable(s, f.required);
    }
    case "slug":
      return nullable(
        z.string({ error: "text" }).trim().toLowerCase().regex(SLUG_RE, { error: "slug" }),
        false,
      );
    case "date":
      return nullable(
        z
          .string({ error: "date" })
          .trim()
          .regex(DATE_RE, { error: "date" })
          .refine(isDate, { error: "date" }),
        f.required,
      );
    case "integer": {
      const min = f.min ?? -MAX_ID;
      const max = f.max ?? MAX_ID;
      const n = z
        .number({ error: "integer" })
        .int({ error: "integer" })
        .min(min, { error: "too_small" })
        .max(max, { error: "too_big" });
      return z.preprocess(
        toInt,
        f.required ? n.nullable().refine((v) => v !== null, { error: "required" }) : n.nullable(),
      );
    }
    case "number": {
      const n = z
        .number({ error: "number" })
        .min(-1e15, { error: "too_small" })
        .max(1e15, { error: "too_big" });
      return z.preprocess(
        toNumber,
        f.required ? n.nullable().refine((v) => v !== null, { error: "required" }) : n.nullable(),
      );
    }
    case "boolean":
      return z.preprocess(toBool, z.boolean({ error: "boolean" }));
    case "select":
      return nullable(z.enum(f.values as [string, ...string[]], { error: "choice" }), f.required);
    case "ref": {
      const item = refItem(f);
      const s = z.preprocess(toNull, item.nullable());
      return f.required ? s.refine((v) => v !== null, { error: "required" }) : s;
    }
    case "multi":
      return z.preprocess(
        (v) => (blank(v) ? [] : Array.isArray(v) ? v.filter((x) => !blank(x)) : [v]),
        z
          .array(refItem(f), { error: "choice" })
          .max(200, { error: "too_many" })
          .transform((a) => [...new Set(a as (string | number)[])]),
      );
    case "links":
      return z.preprocess(
        linksFrom,
        z
          .array(
            z.object(
              {
                url: z
                  .string({ error: "url" })
                  .max(2000, { error: "too_long" })
                  .regex(URL_RE, { error: "url" }),
                label: z.string({ error: "text" }).max(200, { error: "too_long" }).nullable().optional(),
              },
              { error: "links" },
            ),
            { error: "links" },
          )
          .max(30, { error: "too_many" }),
      );
    case "status":
      return z.preprocess(
        (v) => (blank(v) ? "draft" : v),
        z.enum(["draft", "published"], { error: "choice" }),
      );
    case "file":
      return null;
  }
}

const cache = new WeakMap<ResourceDef, z.ZodType<Values>>();

/** The zod schema of a resource's input (file fields excluded: they are checked by their bytes). */
export function schemaOf(def: ResourceDef): z.ZodType<Values> {
  let s = cache.get(def);
  if (!s) {
    const shape: Record<string, z.ZodType> = {};
    for (const f of def.fields) {
      const fs = fieldSchema(f);
      if (fs) shape[f.name] = fs;
    }
    s = z.object(shape) as unknown as z.ZodType<Values>;
    cache.set(def, s);
  }
  return s;
}

/** Validates normalized input; field errors carry `edit.errors.*` keys and their placeholders. */
export function validate(
  def: ResourceDef,
  input: Record<string, unknown>,
): { ok: true; values: Values } | { ok: false; errors: FieldError[] } {
  const r = schemaOf(def).safeParse(input);
  if (!r.success) return { ok: false, errors: issuesToErrors(r.error.issues) };
  const values = r.data;
  def.prepare?.(values);
  const errors = def.check?.(values) ?? [];
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

const KNOWN = new Set([
  "required",
  "text",
  "too_long",
  "url",
  "format",
  "slug",
  "date",
  "integer",
  "number",
  "too_small",
  "too_big",
  "boolean",
  "choice",
  "too_many",
  "links",
]);

/** Turns zod issues into one error per field (the first), with a translated-message key. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const out = new Map<string, FieldError>();
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "_form");
    if (out.has(field)) continue;
    const key = KNOWN.has(issue.message) ? issue.message : "invalid";
    const values: Record<string, string | number> = {};
    if (issue.code === "too_big" && typeof issue.maximum === "number") values.max = issue.maximum;
    if (issue.code === "too_small" && typeof issue.minimum === "number") values.min = issue.minimum;
    out.set(field, { field, key, values });
  }
  return [...out.values()];
}

/** Parses typed links back into the textarea's lines (for re-rendering). */
export function linksToText(links: readonly LinkValue[]): string {
  return links.map((l) => (l.label ? `${l.url} ${l.label}` : l.url)).join("\n");
}
