import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { buildUser, type Client, clientFor } from "../../../test/auth.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const MINE = /^\/:locale\/(sign-in|sign-out|sign-up|confirm|password-reset|account|setup|invitation|admin)/;
const FIELDS = [
  "email",
  "password",
  "password2",
  "current",
  "name",
  "locale",
  "next",
  "code",
  "token",
  "disable_password",
  "person_id",
  "name_en",
  "name_ru",
  "country",
  "topics",
  "bio_en",
  "bio_ru",
  "is_public",
  "role",
  "year",
  "call",
];

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "\u0000",
    "a\u0000b",
    "' OR 1=1--",
    "../../etc/passwd",
    "99999999999999999999",
    "-1",
    "admin",
    "secretariat",
    "KZ",
    "2023",
    "/\\evil",
    "//evil.example",
  ),
  fc.integer().map(String),
  fc.constant("x".repeat(70_000)),
);
const value = fc.oneof(hostile, fc.array(hostile, { maxLength: 3 }));
const body = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 });
const jsonBody = fc.dictionary(
  fc.constantFrom(...FIELDS),
  fc.oneof(hostile, fc.integer(), fc.boolean(), fc.constant(null), fc.object({ maxDepth: 1 })),
  { maxKeys: 6 },
);

async function counts() {
  const db = t.database.db;
  const n = async (
    table: "users" | "role_grants" | "people" | "translations" | "auth_tokens" | "person_topics",
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return [
    await n("users"),
    await n("role_grants"),
    await n("people"),
    await n("translations"),
    await n("auth_tokens"),
    await n("person_topics"),
  ];
}

function form(fields: Record<string, unknown>, csrf: string): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) p.append(k, String(x));
  p.set("_csrf", csrf);
  return p.toString();
}

describe("hostile values on every form of accounts and admin", () => {
  it("never answers 5xx, never reflects markup unescaped, and changes nothing on a 4xx", async () => {
    const posts = t.app.routeList.filter((r) => r.method === "POST" && MINE.test(r.url));
    expect(posts.length).toBeGreaterThan(15);
    const failures: string[] = [];
    for (const [i, route] of posts.entries()) {
      const member = await buildUser(t.database, {
        email: `m${i}@example.org`,
        grants: [{ role: "member" }],
      });
      const admin = await buildUser(t.database, { email: `a${i}@example.org`, grants: [{ role: "admin" }] });
      const clients: Client[] = [
        await clientFor(t.app, t.database, t.config, null),
        await clientFor(t.app, t.database, t.config, member.id),
        await clientFor(t.app, t.database, t.config, admin.id),
      ];
      const url = route.url
        .replace(":locale", "en")
        .replace(":id", String(member.id))
        .replace(":grantId", "1")
        .replace(":token", "no-such-token");
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...clients),
          fc.boolean(),
          body,
          jsonBody,
          async (c, asJson, fields, json) => {
            const before = await counts();
            const res = await t.app.inject({
              method: "POST",
              url,
              remoteAddress: `10.9.${i}.${Math.floor(Math.random() * 200)}`,
              headers: {
                accept: "text/html",
                cookie: c.cookie,
                ...(asJson
                  ? { "content-type": "application/json", "x-csrf-token": c.csrf }
                  : { "content-type": "application/x-www-form-urlencoded" }),
              },
              payload: asJson ? JSON.stringify(json) : form(fields, c.csrf),
            });
            if (res.statusCode >= 500)
              failures.push(`${res.statusCode} POST ${url} ${res.body.slice(0, 200)}`);
            if (res.body.includes("<script>")) failures.push(`unescaped <script> from POST ${url}`);
            if (res.statusCode >= 400 && JSON.stringify(await counts()) !== JSON.stringify(before)) {
              failures.push(`${res.statusCode} POST ${url} changed data`);
            }
          },
        ),
        { numRuns: 25 },
      );
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
