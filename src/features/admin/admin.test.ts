import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { buildUser, clientFor } from "../../../test/auth.ts";
import { Browser } from "../accounts/testkit.ts";

let t: TestApp;
let admin: Browser;
beforeAll(async () => {
  t = await createTestApp();
  const a = await buildUser(t.database, { email: "root@example.org", grants: [{ role: "admin" }] });
  admin = new Browser(t.app, "10.7.0.1").adopt(await clientFor(t.app, t.database, t.config, a.id));
});
afterAll(async () => t.close());

const sessions = (userId: number) =>
  t.database.db.selectFrom("auth_sessions").select("id").where("user_id", "=", userId).execute();

describe("admin: users", () => {
  it("lists users by role, disables (ending her sessions) and enables, grants and revokes roles, all audited", async () => {
    const u = await buildUser(t.database, {
      email: "fp@example.org",
      name: "Focal",
      grants: [{ role: "member" }, { role: "focal_point", country: "KG" }],
    });
    const her = new Browser(t.app, "10.7.1.1");
    await her.signIn(u.email, u.password);
    expect((await her.get("/en/account")).status).toBe(200);

    const list = await admin.get("/en/admin/users?role=focal_point");
    expect(list.status).toBe(200);
    expect(list.text).toContain("fp@example.org");
    expect(list.text).toContain("Focal point for Kyrgyzstan");
    expect(list.text).not.toContain("root@example.org");
    expect((await admin.get("/en/admin/users?role=nonsense")).status).toBe(400);

    const page = await admin.get(`/en/admin/users/${u.id}`);
    expect(page.status).toBe(200);
    expect((await admin.post(`/en/admin/users/${u.id}/disable`, {})).status).toBe(303);
    expect(await sessions(u.id)).toEqual([]);
    expect((await her.get("/en/account")).status).toBe(303);
    expect((await new Browser(t.app, "10.7.1.2").signIn(u.email, u.password)).status).toBe(401);
    expect((await admin.post(`/en/admin/users/${u.id}/enable`, {})).status).toBe(303);
    expect((await new Browser(t.app, "10.7.1.3").signIn(u.email, u.password)).status).toBe(303);

    await admin.get(`/en/admin/users/${u.id}`);
    expect(
      (await admin.post(`/en/admin/users/${u.id}/grants`, { role: "focal_point", country: "" })).status,
    ).toBe(400);
    expect(
      (await admin.post(`/en/admin/users/${u.id}/grants`, { role: "secretariat", year: "2025" })).status,
    ).toBe(303);
    const grants = await t.database.db
      .selectFrom("role_grants")
      .select(["id", "role", "year"])
      .where("user_id", "=", u.id)
      .orderBy("id")
      .execute();
    expect(grants.map((g) => g.role)).toEqual(["member", "focal_point", "secretariat"]);
    const fp = grants[1]?.id ?? 0;
    expect((await admin.post(`/en/admin/users/${u.id}/grants/${fp}/revoke`, {})).status).toBe(303);
    expect((await admin.post(`/en/admin/users/${u.id}/grants/${fp}/revoke`, {})).status).toBe(404);

    const actions = await t.database.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "user")
      .where("entity_id", "=", u.id)
      .where("actor_email", "=", "root@example.org")
      .orderBy("id")
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      "user_disable",
      "user_enable",
      "grant_role",
      "revoke_role",
    ]);
  });

  it("resets a lost second factor: TOTP off, sessions ended, enrolment again at the next sign-in", async () => {
    const s = await buildUser(t.database, {
      email: "lostphone@example.org",
      grants: [{ role: "secretariat", year: 2024 }],
    });
    await t.database.db
      .updateTable("users")
      .set({ totp_secret: "JBSWY3DPEHPK3PXP", totp_enabled_at: new Date().toISOString() })
      .where("id", "=", s.id)
      .execute();
    const her = new Browser(t.app, "10.7.4.1");
    expect((await her.signIn(s.email, s.password)).location).toBe("/en/sign-in/totp");
    await admin.get(`/en/admin/users/${s.id}`);
    expect(admin.html).toContain(`/admin/users/${s.id}/reset-totp`);
    expect((await admin.post(`/en/admin/users/${s.id}/reset-totp`, {})).status).toBe(303);
    expect(await sessions(s.id)).toEqual([]);
    const row = await t.database.db
      .selectFrom("users")
      .select(["totp_secret", "totp_enabled_at"])
      .where("id", "=", s.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ totp_secret: null, totp_enabled_at: null });
    expect((await her.signIn(s.email, s.password)).location).toBe("/en/account/security");
  });

  it("is for admins only", async () => {
    const s = await buildUser(t.database, {
      email: "sec@example.org",
      grants: [{ role: "secretariat", year: 2023 }],
    });
    const sec = new Browser(t.app, "10.7.2.1").adopt(await clientFor(t.app, t.database, t.config, s.id));
    expect((await sec.get("/en/admin/users")).status).toBe(403);
    expect((await sec.get(`/en/admin/users/${s.id}`)).status).toBe(403);
    expect((await sec.post(`/en/admin/users/${s.id}/grants`, { role: "admin" })).status).toBe(403);
    const roles = await t.database.db
      .selectFrom("role_grants")
      .select("role")
      .where("user_id", "=", s.id)
      .execute();
    expect(roles).toEqual([{ role: "secretariat" }]);
  });
});

describe("admin: the audit log", () => {
  it("shows sign-ins, failures, refusals and profile changes with who, what, when, before and after", async () => {
    const m = await buildUser(t.database, { email: "audited@example.org", grants: [{ role: "member" }] });
    const b = new Browser(t.app, "10.7.3.1");
    await b.signIn(m.email, "wrong password <b>");
    await b.signIn(m.email, m.password);
    await b.get("/en/account/profile");
    await b.post("/en/account/profile", { person_id: "", name_en: "Audited <Person>", is_public: "1" });
    expect((await b.get("/en/admin/audit")).status).toBe(403);
    expect((await b.get("/api/v1/admin/audit")).status).toBe(403);

    const page = await admin.get("/en/admin/audit?actor=audited%40example.org");
    expect(page.status).toBe(200);
    for (const needle of ["sign_in", "failure", "success", "denied", "profile_create", "list:audit", "UTC"]) {
      expect(page.text, needle).toContain(needle);
    }
    expect(page.html).toContain("&quot;Audited &lt;Person>&quot;");
    expect(page.html).not.toContain("<Person>");
    const failures = await admin.get(
      "/en/admin/audit?action=sign_in&outcome=failure&actor=audited%40example.org",
    );
    expect(failures.text).toContain("credentials");
    expect(failures.text).not.toContain("profile_create");
    const ru = await admin.get("/ru/admin/audit?action=profile_create");
    expect(ru.text).toContain("успешно");

    const api = await t.app.inject({
      url: "/api/v1/admin/audit?action=profile_create",
      headers: { cookie: admin.cookie },
    });
    expect(api.statusCode).toBe(200);
    const body = api.json() as {
      items: { actorEmail: string; after: { nameEn: string }; at: string }[];
      total: number;
    };
    expect(body.total).toBe(1);
    expect(body.items[0]?.actorEmail).toBe("audited@example.org");
    expect(body.items[0]?.after.nameEn).toBe("Audited <Person>");
    expect(body.items[0]?.at).toMatch(/Z$/);
    const today = new Date().toISOString().slice(0, 10);
    const dated = await t.app.inject({
      url: `/api/v1/admin/audit?from=${today}&to=${today}&action=profile_create`,
      headers: { cookie: admin.cookie },
    });
    expect((dated.json() as { total: number }).total).toBe(1);
    const past = await t.app.inject({
      url: "/api/v1/admin/audit?to=2000-01-01",
      headers: { cookie: admin.cookie },
    });
    expect((past.json() as { total: number }).total).toBe(0);
    expect((await t.app.inject({ url: "/api/v1/admin/audit" })).statusCode).toBe(401);
    expect((await admin.get("/en/admin/audit?from=yesterday")).status).toBe(400);
  });

  it("cannot be changed: a raw UPDATE or DELETE fails", async () => {
    await expect(sql`update audit_log set action = 'forged'`.execute(t.database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });
});
