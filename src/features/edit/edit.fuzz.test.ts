import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { type Client, type MatrixRole, matrixClients } from "../../../test/auth.ts";
import { LOCALES } from "../../i18n/locales.ts";
import type { ResourceDef } from "./engine/types.ts";
import { RESOURCES } from "./resources/index.ts";

let t: TestApp;
let c: Record<MatrixRole, Client>;
/** A row of each resource to update, and a parent id for child resources. */
const rowOf = new Map<string, number>();
const parentOf = new Map<string, number>();

beforeAll(async () => {
  t = await createTestApp();
  c = await matrixClients(t.app, t.database, t.config);
  for (const def of RESOURCES) {
    const r = await sql<{ id: number }>`select id from ${sql.table(def.table)} order by id limit 1`.execute(
      t.database.db,
    );
    rowOf.set(def.name, Number(r.rows[0]?.id));
    if (def.parent) {
      const p = await sql<{
        v: number;
      }>`select ${sql.ref(def.parent.column)} as v from ${sql.table(def.table)} order by id limit 1`.execute(
        t.database.db,
      );
      parentOf.set(def.name, Number(p.rows[0]?.v));
    }
  }
});
afterAll(async () => t.close());

const SCRIPT = "<script>alert(1)</script>";
const nasty = fc.constantFrom(
  SCRIPT,
  "\u0000",
  "a\u0000b\u0007c\u001b",
  "' OR 1=1--",
  "../../etc/passwd",
  "99999999999999999999",
  "2147483648",
  "-1",
  "0",
  "1e309",
  "NaN",
  "2023-02-30",
  "9999-99-99",
  "KZ",
  "zz",
  "1",
  "999999",
  "published",
  "draft",
  "javascript:alert(1)",
  "https://example.org/a b",
  "x".repeat(60_000),
);
const text = fc.oneof(nasty, fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }));
const jsonValue = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 4 }),
  fc.dictionary(fc.constantFrom(...LOCALES, "xx", "__proto__"), text, { maxKeys: 4 }),
  fc.array(fc.integer({ min: -5, max: 2 ** 33 }), { maxLength: 4 }),
);

/** Hostile field values for one resource: its own field names (and per-locale keys), plus strangers. */
function bodyFor(def: ResourceDef, form: boolean) {
  const keys = def.fields.flatMap((f) =>
    f.kind === "translated" && form ? LOCALES.map((l) => `${f.name}.${l}`) : [f.name],
  );
  const key = fc.oneof(
    fc.constantFrom(...keys),
    fc.constantFrom("id", "deleted_at", "created_at", "status", "toString"),
  );
  const value = form ? fc.oneof(text, fc.array(text, { maxLength: 3 })) : jsonValue;
  return fc.dictionary(key, value, { maxKeys: 10 });
}

interface State {
  rows: number;
  translations: number;
  audit: number;
}
async function state(def: ResourceDef): Promise<State> {
  const n = async (q: ReturnType<typeof sql<{ n: number }>>) =>
    Number((await q.execute(t.database.db)).rows[0]?.n ?? 0);
  return {
    rows: await n(sql<{ n: number }>`select count(*) as n from ${sql.table(def.table)}`),
    translations: await n(sql<{ n: number }>`select count(*) as n from translations`),
    audit: await n(sql<{ n: number }>`select count(*) as n from audit_log where outcome = 'success'`),
  };
}

async function send(url: string, body: Record<string, unknown>, form: boolean, who: MatrixRole = "admin") {
  const admin = c[who];
  if (!form) {
    return t.app.inject({
      method: "POST",
      url,
      headers: { cookie: admin.cookie, "x-csrf-token": admin.csrf, "content-type": "application/json" },
      payload: JSON.stringify(body),
    });
  }
  const p = new URLSearchParams({ _csrf: admin.csrf });
  for (const [k, v] of Object.entries(body)) for (const x of [v].flat()) p.append(k, String(x));
  return t.app.inject({
    method: "POST",
    url,
    headers: {
      cookie: admin.cookie,
      accept: "text/html",
      "content-type": "application/x-www-form-urlencoded",
    },
    payload: p.toString(),
  });
}

describe("hostile values on every form and JSON write endpoint", () => {
  it("never answer 5xx, change nothing on a 4xx, and never echo markup unescaped", async () => {
    const failures: string[] = [];
    for (const def of RESOURCES) {
      const parent = def.parent ? `?${def.parent.param}=${parentOf.get(def.name)}` : "";
      const targets = [
        { url: `/en/edit/${def.name}/new${parent}`, form: true },
        { url: `/api/v1/edit/${def.name}${parent}`, form: false },
        { url: `/en/edit/${def.name}/${rowOf.get(def.name)}`, form: true },
        { url: `/api/v1/edit/${def.name}/${rowOf.get(def.name)}`, form: false },
        { url: `/api/v1/edit/${def.name}${parent}`, form: false, who: "focal-KG" as const },
        { url: `/en/edit/${def.name}/${rowOf.get(def.name)}`, form: true, who: "secretariat-2024" as const },
      ];
      for (const target of targets) {
        await fc.assert(
          fc.asyncProperty(bodyFor(def, target.form), async (body) => {
            const before = await state(def);
            const r = await send(target.url, body, target.form, target.who);
            if (r.statusCode >= 500)
              failures.push(`${r.statusCode} ${target.url} ${JSON.stringify(body).slice(0, 300)}`);
            if (r.body.includes(SCRIPT)) failures.push(`unescaped markup from ${target.url}`);
            if (r.statusCode >= 400) {
              const after = await state(def);
              if (JSON.stringify(after) !== JSON.stringify(before))
                failures.push(`changed on ${r.statusCode}: ${target.url}`);
            }
          }),
          { numRuns: 12, seed: 42 },
        );
      }
    }
    expect(failures).toEqual([]);
  });

  it("refuse hostile ids and resources in the path with a 4xx", async () => {
    for (const path of ["abc", "0", "-1", "99999999999999999999", "1e3", "%00", "<script>"]) {
      for (const url of [
        `/en/edit/events/${path}`,
        `/api/v1/edit/events/${path}`,
        `/api/v1/edit/${path}`,
        `/en/edit/${path}/new`,
      ]) {
        const r = await send(url, { title: { en: "x" } }, url.startsWith("/en"));
        expect(r.statusCode, url).toBeGreaterThanOrEqual(400);
        expect(r.statusCode, url).toBeLessThan(500);
      }
    }
  });
});
