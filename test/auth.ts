import type { FastifyInstance } from "fastify";
import { hashPassword } from "../src/auth/passwords.ts";
import { createSession } from "../src/auth/sessions.ts";
import type { Config } from "../src/config.ts";
import type { Database } from "../src/db/connection.ts";
import type { RoleName } from "../src/db/types.ts";

export interface GrantSpec {
  role: RoleName;
  country?: string;
  year?: number;
  callId?: number;
}

/** Builds a confirmed user with the given grants; the password defaults to a strong one. */
export async function buildUser(
  database: Database,
  o: {
    email: string;
    name?: string;
    grants?: GrantSpec[];
    password?: string;
    personId?: number | null;
    locale?: string;
  },
): Promise<{ id: number; email: string; password: string }> {
  const password = o.password ?? "correct horse battery staple";
  const at = new Date().toISOString();
  const row = await database.db
    .insertInto("users")
    .values({
      email: o.email.toLowerCase(),
      name: o.name ?? o.email.split("@")[0] ?? o.email,
      locale: o.locale ?? "en",
      password_hash: await hashPassword(password),
      person_id: o.personId ?? null,
      email_confirmed_at: at,
      created_at: at,
      updated_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const g of o.grants ?? []) {
    await database.db
      .insertInto("role_grants")
      .values({
        user_id: row.id,
        role: g.role,
        country_code: g.country ?? null,
        year: g.year ?? null,
        call_id: g.callId ?? null,
        created_at: at,
      })
      .execute();
  }
  return { id: row.id, email: o.email.toLowerCase(), password };
}

/** A signed-in client: the cookie header to send and a CSRF token valid with it. */
export interface Client {
  cookie: string;
  csrf: string;
  userId: number | null;
}

/** Signs a user in directly (session with the second factor passed) and fetches a CSRF token for her. */
export async function clientFor(
  app: FastifyInstance,
  database: Database,
  config: Config,
  userId: number | null,
): Promise<Client> {
  const cookies: string[] = [];
  if (userId !== null) {
    const secret = await createSession(database.db, config, userId, {
      secondFactor: true,
      ip: "127.0.0.1",
      userAgent: "test",
    });
    cookies.push(`${config.secureCookies ? "__Host-sid" : "sid"}=${secret}`);
  }
  const res = await app.inject({
    url: "/api/v1/csrf-token",
    headers: cookies.length ? { cookie: cookies.join("; ") } : {},
  });
  for (const c of [res.headers["set-cookie"] ?? []].flat()) cookies.push(c.split(";")[0] ?? "");
  return { cookie: cookies.join("; "), csrf: (res.json() as { token: string }).token, userId };
}

/** The eight roles of the authorization matrix, as users in a fresh database. */
export const MATRIX_ROLES = [
  "visitor",
  "member",
  "focal-KZ",
  "focal-KG",
  "secretariat-2023",
  "secretariat-2024",
  "reviewer",
  "admin",
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

const GRANTS: Record<Exclude<MatrixRole, "visitor">, GrantSpec[]> = {
  member: [{ role: "member" }],
  "focal-KZ": [{ role: "member" }, { role: "focal_point", country: "KZ" }],
  "focal-KG": [{ role: "member" }, { role: "focal_point", country: "KG" }],
  "secretariat-2023": [{ role: "member" }, { role: "secretariat", year: 2023 }],
  "secretariat-2024": [{ role: "member" }, { role: "secretariat", year: 2024 }],
  reviewer: [{ role: "member" }, { role: "reviewer" }],
  admin: [{ role: "member" }, { role: "admin" }],
};

/** Creates one signed-in client per matrix role. */
export async function matrixClients(
  app: FastifyInstance,
  database: Database,
  config: Config,
): Promise<Record<MatrixRole, Client>> {
  const out = {} as Record<MatrixRole, Client>;
  out.visitor = await clientFor(app, database, config, null);
  for (const [role, grants] of Object.entries(GRANTS) as [Exclude<MatrixRole, "visitor">, GrantSpec[]][]) {
    const u = await buildUser(database, { email: `${role}@example.org`, name: role, grants });
    out[role] = await clientFor(app, database, config, u.id);
  }
  return out;
}
