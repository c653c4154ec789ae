import type { FieldMap } from "../../../db/translations.ts";
import { LOCALES } from "../../../i18n/locales.ts";
import { linksToText } from "./schema.ts";
import type { LinkValue, RawValue, RawValues, ResourceDef } from "./types.ts";

/** NUL can never be stored (PostgreSQL refuses it) and other C0 controls are noise: drop them (tab, LF, CR stay). */
function stripControls(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) continue;
    out += ch;
  }
  return out;
}

function clean(v: unknown, depth = 0): unknown {
  if (typeof v === "string") return stripControls(v);
  if (Buffer.isBuffer(v)) return v;
  if (depth > 2) return v;
  if (Array.isArray(v)) return v.slice(0, 1000).map((x) => clean(x, depth + 1));
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x, depth + 1)]));
  }
  return v;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === "object" && !Array.isArray(v) && !Buffer.isBuffer(v);

/**
 * Picks each field's input out of a request body (a form: `title.en`, repeated `topics`; or JSON: nested
 * `title: {en}`), cleaned of control characters. Only the fields present in the body are returned.
 */
export function normalizeInput(def: ResourceDef, body: unknown): Record<string, unknown> {
  const b = isRecord(body) ? body : {};
  const out: Record<string, unknown> = {};
  for (const f of def.fields) {
    if (f.kind === "translated") {
      if (isRecord(b[f.name])) {
        out[f.name] = clean(b[f.name]);
        continue;
      }
      if (f.name in b) {
        out[f.name] = clean(b[f.name]);
        continue;
      }
      const map: Record<string, unknown> = {};
      for (const l of LOCALES) if (`${f.name}.${l}` in b) map[l] = clean(b[`${f.name}.${l}`]);
      if (Object.keys(map).length) out[f.name] = map;
      continue;
    }
    if (f.name in b) out[f.name] = clean(b[f.name]);
  }
  return out;
}

function asText(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

/** What the reader typed, as text for the form (a 400 shows it all again). */
export function toRaw(def: ResourceDef, input: Record<string, unknown>): RawValues {
  const out: RawValues = {};
  for (const f of def.fields) {
    const v = input[f.name];
    let raw: RawValue;
    if (f.kind === "translated") {
      raw = Object.fromEntries(LOCALES.map((l) => [l, isRecord(v) ? asText(v[l]) : ""]));
    } else if (f.kind === "multi") {
      raw = (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(asText);
    } else if (f.kind === "links") {
      raw = Array.isArray(v)
        ? linksToText(v.filter(isRecord).map((l) => ({ url: asText(l.url), label: asText(l.label) || null })))
        : asText(v);
    } else if (f.kind === "boolean") {
      raw = v === true || v === "1" || v === "on" || v === "true" || v === 1 ? "1" : "";
    } else if (f.kind === "file") {
      raw = "";
    } else {
      raw = asText(v);
    }
    out[f.name] = raw;
  }
  return out;
}

/** A stored row's values as form text: columns, translations, link-table values and links. */
export function rowToRaw(
  def: ResourceDef,
  row: Record<string, unknown>,
  translations: FieldMap,
  joins: Record<string, (string | number)[]>,
  links: LinkValue[],
): RawValues {
  const out: RawValues = {};
  for (const f of def.fields) {
    if (f.kind === "translated") {
      const m = translations[f.name] ?? {};
      out[f.name] = Object.fromEntries(LOCALES.map((l) => [l, m[l] ?? ""]));
    } else if (f.kind === "multi") out[f.name] = (joins[f.name] ?? []).map(String);
    else if (f.kind === "links") out[f.name] = linksToText(links);
    else if (f.kind === "boolean") out[f.name] = row[f.name] ? "1" : "";
    else if (f.kind === "file") out[f.name] = "";
    else out[f.name] = asText(row[f.name]);
  }
  return out;
}
