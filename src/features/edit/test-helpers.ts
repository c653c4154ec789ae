import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Client } from "../../../test/auth.ts";
import type { DB } from "../../db/types.ts";

/** Form fields: a value, or several for a repeated field (topics). */
export type FormFields = Record<string, string | string[]>;

/** A response as tests look at it. */
export interface Res {
  status: number;
  body: string;
  headers: Record<string, unknown>;
  location: string;
}

function toRes(r: { statusCode: number; body: string; headers: Record<string, unknown> }): Res {
  return {
    status: r.statusCode,
    body: r.body,
    headers: r.headers,
    location: String(r.headers.location ?? ""),
  };
}

/** POSTs a urlencoded form like a browser, with the client's cookie and CSRF token. */
export async function postForm(
  app: FastifyInstance,
  c: Client,
  url: string,
  fields: FormFields,
): Promise<Res> {
  const body = new URLSearchParams();
  body.set("_csrf", c.csrf);
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  const r = await app.inject({
    method: "POST",
    url,
    headers: { cookie: c.cookie, accept: "text/html", "content-type": "application/x-www-form-urlencoded" },
    payload: body.toString(),
  });
  return toRes(r);
}

/** POSTs JSON with the CSRF token in `x-csrf-token`. */
export async function postJson(app: FastifyInstance, c: Client, url: string, json: unknown): Promise<Res> {
  const r = await app.inject({
    method: "POST",
    url,
    headers: {
      cookie: c.cookie,
      "x-csrf-token": c.csrf,
      "content-type": "application/json",
      accept: "application/json",
    },
    payload: JSON.stringify(json),
  });
  return toRes(r);
}

/** GETs a page as the client. */
export async function getAs(app: FastifyInstance, c: Client | null, url: string): Promise<Res> {
  const r = await app.inject({ url, headers: { accept: "text/html", ...(c ? { cookie: c.cookie } : {}) } });
  return toRes(r);
}

/** One file part and some text fields as multipart/form-data. */
export function multipart(
  fields: Record<string, string>,
  file: { field: string; name: string; type: string; bytes: Buffer } | null,
): { payload: Buffer; contentType: string } {
  const boundary = `----edit${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The id of a row by slug. */
export async function idBySlug(
  db: Kysely<DB>,
  table: "events" | "organizations" | "people" | "documents" | "news" | "projects" | "topics",
  slug: string,
): Promise<number> {
  const r = await db.selectFrom(table).select("id").where("slug", "=", slug).executeTakeFirstOrThrow();
  return r.id;
}

/** The id in a redirect to an edit page (`/en/edit/events/42?saved=1`). */
export function idFromLocation(location: string): number {
  const m = /\/edit\/[a-z-]+\/(\d+)/.exec(location);
  if (!m) throw new Error(`no id in ${location}`);
  return Number(m[1]);
}

/** How many audit entries of an action on an entity row there are, with their snapshots. */
export async function auditOf(db: Kysely<DB>, entity: string, id: number) {
  return db
    .selectFrom("audit_log")
    .select(["action", "outcome", "before_json", "after_json", "actor_email"])
    .where("entity", "=", entity)
    .where("entity_id", "=", id)
    .orderBy("id")
    .execute();
}

/** Decodes the few HTML entities the renderer writes in attribute values and text. */
export function decodeHtml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The fields a browser would submit from the first POST form of a page (what is filled, chosen, checked). */
export function formFields(html: string): FormFields {
  const form = /<form method="post"[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
  const out: Record<string, string[]> = {};
  const add = (k: string, v: string) => {
    out[k] = [...(out[k] ?? []), v];
  };
  for (const m of form.matchAll(/<input\b[^>]*>/g)) {
    const tag = m[0];
    const name = /name="([^"]+)"/.exec(tag)?.[1];
    const type = /type="([^"]+)"/.exec(tag)?.[1] ?? "text";
    if (!name || name === "_csrf" || type === "file") continue;
    const value = decodeHtml(/value="([^"]*)"/.exec(tag)?.[1] ?? "");
    if (type === "checkbox") {
      if (/\schecked/.test(tag)) add(name, value);
    } else add(name, value);
  }
  for (const m of form.matchAll(/<textarea\b[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) {
    add(m[1] ?? "", decodeHtml(m[2] ?? ""));
  }
  for (const m of form.matchAll(/<select\b[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const options = [...(m[2] ?? "").matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
    const chosen = options.filter((o) => /\sselected/.test(o));
    for (const o of chosen.length ? chosen : options.slice(0, 1))
      add(m[1] ?? "", decodeHtml(/value="([^"]*)"/.exec(o)?.[1] ?? ""));
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.length === 1 ? (v[0] ?? "") : v]));
}
