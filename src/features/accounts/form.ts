import { z } from "zod";
import { passwordProblem } from "../../auth/passwords.ts";

/** A form's errors: field name → i18n key of the message shown next to it. */
export type FieldErrors = Record<string, string>;

type Body = Record<string, unknown>;

/** True for C0 control characters (but tab, line feed, carriage return) and DEL. */
const isControl = (code: number) => (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;

/** Removes control characters (NUL can never be stored; the others are never meant). */
function stripControl(s: string): string {
  let out = "";
  for (const ch of s) if (!isControl(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

const LINE_BREAKS = /[\r\n\t]+/g;

/** The posted fields as a record, whatever arrived (urlencoded, multipart, JSON, nothing). */
export function bodyOf(body: unknown): Body {
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Body) : {};
}

/** A one-line text field: a string (else ""), control characters removed, trimmed. */
export function line(body: Body, name: string): string {
  const v = body[name];
  return typeof v === "string" ? stripControl(v).replace(LINE_BREAKS, " ").trim() : "";
}

/** A multi-line text field: a string (else ""), control characters but line breaks removed, trimmed. */
export function para(body: Body, name: string): string {
  const v = body[name];
  return typeof v === "string" ? stripControl(v).replace(/\r\n?/g, "\n").trim() : "";
}

/** A password field exactly as typed (a string, else ""). */
export function secret(body: Body, name: string): string {
  const v = body[name];
  return typeof v === "string" ? v : "";
}

/** A multi-value field (checkboxes): the strings among what arrived. */
export function many(body: Body, name: string): string[] {
  const v = body[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all.filter((x): x is string => typeof x === "string").map((x) => stripControl(x).trim());
}

/** A checkbox: on when it was sent with any value but "0"/"false". */
export function checked(body: Body, name: string): boolean {
  const v = body[name];
  return typeof v === "string" && v !== "" && v !== "0" && v !== "false";
}

/** A positive integer field, or null. */
export function int(body: Body, name: string): number | null {
  const v = line(body, name);
  if (!/^\d{1,9}$/.test(v)) return null;
  const n = Number(v);
  return n > 0 ? n : null;
}

const Email = z.email().max(254);

/** An e-mail address as stored: trimmed and lower-cased. */
export function normalEmail(v: string): string {
  return v.trim().toLowerCase();
}

/** True when the value is a well-formed e-mail address. */
export function isEmail(v: string): boolean {
  return Email.safeParse(v).success;
}

/** A `next` target only when it is a path on this site (`/…`, not `//…` or `/\…`), else null. */
export function safeNext(v: unknown): string | null {
  if (typeof v !== "string" || v.length > 2000) return null;
  if (!/^\/(?![/\\])\S*$/.test(v) || stripControl(v) !== v) return null;
  return v;
}

/** A display name: required, at most 200 characters. Returns the error key or null. */
export function nameProblem(name: string): string | null {
  if (name === "") return "accounts.form.required";
  if ([...name].length > 200) return "accounts.form.tooLong";
  return null;
}

/** The errors of a new password and its repetition: the password policy, then that both match. */
export function newPasswordErrors(password: string, password2: string): FieldErrors {
  const problem = password === "" ? "auth.errors.passwordRequired" : passwordProblem(password);
  if (problem) return { password: problem };
  if (password !== password2) return { password2: "auth.errors.passwordMismatch" };
  return {};
}
