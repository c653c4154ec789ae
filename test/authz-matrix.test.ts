import { afterAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./app.ts";
import { buildUser, type Client, MATRIX_ROLES, type MatrixRole, matrixClients } from "./auth.ts";
import { EXPECTED, type Ids, SAMPLES } from "./authz-matrix.table.ts";

/**
 * The authorization matrix: every route the app registers (Fastify's own route list) × every role.
 * Each role runs against a fresh, seeded database of its own, reads first and writes last, so one role's
 * writes never change what another sees. A route with no row in the table fails the suite.
 */

async function idsOf(t: TestApp): Promise<Ids> {
  const db = t.database.db;
  const one = async (q: Promise<{ id: number } | undefined>) => (await q)?.id ?? 0;
  const victim = await buildUser(t.database, {
    email: "victim@example.org",
    grants: [{ role: "member" }, { role: "focal_point", country: "UZ" }],
  });
  const grant = await db
    .selectFrom("role_grants")
    .select("id")
    .where("user_id", "=", victim.id)
    .where("role", "=", "focal_point")
    .executeTakeFirstOrThrow();
  const home = await t.app.inject({ url: "/en/" });
  return {
    event: await one(
      db.selectFrom("events").select("id").where("slug", "=", "astana-2023").executeTakeFirst(),
    ),
    event2: await one(
      db
        .selectFrom("events")
        .select("id")
        .where("slug", "=", "almaty-wps-conference-2023")
        .executeTakeFirst(),
    ),
    chairmanship2023: await one(
      db.selectFrom("chairmanships").select("id").where("year", "=", 2023).executeTakeFirst(),
    ),
    victim: victim.id,
    victimGrant: grant.id,
    css: /\/assets\/(style\.[0-9a-f]+\.css)/.exec(home.body)?.[1] ?? "style.css",
  };
}

async function statusesFor(role: MatrixRole): Promise<Map<string, number>> {
  const t = await createTestApp();
  try {
    const clients = await matrixClients(t.app, t.database, t.config);
    const client: Client = clients[role];
    const ids = await idsOf(t);
    const out = new Map<string, number>();
    const keys = Object.keys(SAMPLES).sort((a, b) => (SAMPLES[a]?.order ?? 0) - (SAMPLES[b]?.order ?? 0));
    for (const key of keys) {
      const sample = SAMPLES[key];
      if (!sample) continue;
      const [method] = key.split(" ");
      const headers: Record<string, string> = {
        cookie: client.cookie,
        accept: sample.json ? "application/json" : "text/html",
      };
      let payload: string | undefined;
      if (method === "POST") {
        if (sample.json) {
          headers["content-type"] = "application/json";
          headers["x-csrf-token"] = client.csrf;
          payload = JSON.stringify(sample.body ?? {});
        } else {
          headers["content-type"] = "application/x-www-form-urlencoded";
          payload = new URLSearchParams({ _csrf: client.csrf, ...(sample.body ?? {}) }).toString();
        }
      }
      const res = await t.app.inject({
        method: method as "GET" | "POST",
        url: sample.url(ids),
        headers,
        payload,
      });
      out.set(key, res.statusCode);
    }
    return out;
  } finally {
    await t.close();
  }
}

const observed = new Map<MatrixRole, Map<string, number>>();
afterAll(() => {
  if (process.env.PRINT_MATRIX) {
    const rows = Object.keys(SAMPLES).map(
      (k) => `  "${k}": [${MATRIX_ROLES.map((r) => observed.get(r)?.get(k)).join(", ")}],`,
    );
    console.log(`observed (${MATRIX_ROLES.join(", ")}):\n${rows.join("\n")}`);
  }
});

describe("authorization matrix", () => {
  it("has a row for every registered route, and no row for a route that does not exist", async () => {
    const t = await createTestApp({ seed: false });
    const registered = t.app.routeList.map((r) => `${r.method} ${r.url}`);
    await t.close();
    expect(
      registered.filter((r) => !(r in EXPECTED)),
      "routes missing from the matrix",
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((r) => !registered.includes(r)),
      "rows for unknown routes",
    ).toEqual([]);
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const role of MATRIX_ROLES) {
    it(`answers ${role} as the matrix says on every route`, async () => {
      const got = await statusesFor(role);
      observed.set(role, got);
      const index = MATRIX_ROLES.indexOf(role);
      const wrong = [...got]
        .filter(([k, s]) => EXPECTED[k]?.[index] !== s)
        .map(([k, s]) => `${k}: expected ${EXPECTED[k]?.[index]}, got ${s}`);
      expect(wrong).toEqual([]);
    });
  }
});
