import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test/app.ts";
import { buildUser, clientFor } from "../../../test/auth.ts";
import { Browser, createMailApp, linkIn, type ReceivedMail, startSmtp } from "../accounts/testkit.ts";

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let admin: Browser;
let secretariat: Browser;
beforeAll(async () => {
  smtp = await startSmtp();
  t = await createMailApp(smtp.url);
  const a = await buildUser(t.database, {
    email: "admin@example.org",
    name: "Admin",
    grants: [{ role: "admin" }],
  });
  admin = new Browser(t.app, "10.6.0.1").adopt(await clientFor(t.app, t.database, t.config, a.id));
  const s = await buildUser(t.database, {
    email: "sec23@example.org",
    name: "Saule",
    grants: [{ role: "member" }, { role: "secretariat", year: 2023 }],
  });
  secretariat = new Browser(t.app, "10.6.0.2").adopt(await clientFor(t.app, t.database, t.config, s.id));
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

async function mailTo(address: string): Promise<ReceivedMail> {
  for (let i = 0; i < 100; i++) {
    const found = smtp.mails.filter((m) => m.to.includes(address));
    if (found.length) return found[found.length - 1] as ReceivedMail;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no mail to ${address}`);
}

const form = (o: Partial<Record<"email" | "role" | "country" | "year" | "call" | "locale", string>>) => ({
  email: "",
  role: "member",
  country: "",
  year: "",
  call: "",
  locale: "en",
  ...o,
});
const PASSWORD = "the apricot trees of osh";

describe("invitations", () => {
  it("mails a translated invitation; the grant is created when she accepts", async () => {
    await admin.get("/en/admin/invitations");
    const sent = await admin.post(
      "/en/admin/invitations",
      form({ email: "Madina@Example.org", role: "focal_point", country: "KZ", locale: "ru" }),
    );
    expect(sent.status).toBe(303);
    expect(sent.location).toBe("/en/admin/invitations?notice=sent");
    expect(
      await t.database.db
        .selectFrom("users")
        .select("id")
        .where("email", "=", "madina@example.org")
        .execute(),
    ).toEqual([]);

    const mail = await mailTo("madina@example.org");
    expect(mail.language).toBe("ru");
    expect(mail.subject).toBe("Приглашение на платформу Диалога");
    expect(mail.text).toContain("Admin приглашает вас");
    expect(mail.text).toContain("Координатор: Казахстан");
    const link = linkIn(mail.text, t.config.baseUrl);
    expect(link).toMatch(/^\/ru\/invitation\//);

    const b = new Browser(t.app, "10.6.1.1");
    const page = await b.get(link);
    expect(page.status).toBe(200);
    expect(page.text).toContain("madina@example.org");
    const weak = await b.post(link, { name: "Мадина", password: "short", password2: "short" });
    expect(weak.status).toBe(400);
    expect(weak.html).toContain('value="Мадина"');
    const accepted = await b.post(link, { name: "Мадина", password: PASSWORD, password2: PASSWORD });
    expect(accepted.status).toBe(303);
    expect(accepted.location).toBe("/ru/account");
    const account = await b.get("/ru/account");
    expect(account.text).toContain("Координатор: Казахстан");
    expect(account.text).toContain("Участница");
    // Single use.
    expect((await new Browser(t.app).get(link)).status).toBe(404);

    const listed = await admin.get("/en/admin/invitations");
    expect(listed.text).toContain("madina@example.org");
    expect(listed.text).toContain("Accepted");
  });

  it("tells a privileged invitee to enrol TOTP, and gives an existing user the role on acceptance", async () => {
    const existing = await buildUser(t.database, {
      email: "existing@example.org",
      grants: [{ role: "member" }],
    });
    await secretariat.get("/en/admin/invitations");
    expect(
      (
        await secretariat.post(
          "/en/admin/invitations",
          form({ email: existing.email, role: "secretariat", year: "2023" }),
        )
      ).status,
    ).toBe(303);
    const link = linkIn((await mailTo(existing.email)).text, t.config.baseUrl);
    const b = new Browser(t.app, "10.6.2.1");
    const page = await b.get(link);
    expect(page.text).toContain("Secretariat of 2023");
    expect(page.html).not.toContain('name="password"');
    const res = await b.post(link, {});
    expect(res.location).toBe("/en/sign-in?notice=roleAdded");
    const roles = await t.database.db
      .selectFrom("role_grants")
      .select(["role", "year"])
      .where("user_id", "=", existing.id)
      .orderBy("id")
      .execute();
    expect(roles).toEqual([
      { role: "member", year: null },
      { role: "secretariat", year: 2023 },
    ]);
    // Her next sign-in leads to enrolment.
    expect((await b.signIn(existing.email, existing.password)).location).toBe("/en/account/security");

    await admin.get("/en/admin/invitations");
    await admin.post("/en/admin/invitations", form({ email: "newadmin@example.org", role: "admin" }));
    const adminLink = linkIn((await mailTo("newadmin@example.org")).text, t.config.baseUrl);
    const nb = new Browser(t.app, "10.6.2.2");
    await nb.get(adminLink);
    const done = await nb.post(adminLink, { name: "New Admin", password: PASSWORD, password2: PASSWORD });
    expect(done.location).toBe("/en/account/security");
    expect((await nb.get("/en/account/security")).text).toContain("Your role requires a second step");
    expect((await nb.get("/en/admin/audit")).location).toBe("/en/account/security");
  });

  it("lets a secretariat invite only for her own year and never an admin; others may not invite", async () => {
    await secretariat.get("/en/admin/invitations");
    expect(secretariat.html).not.toContain('<option value="admin"');
    expect(secretariat.html).not.toContain('<option value="2024"');
    for (const role of ["member", "focal_point", "reviewer"]) {
      const res = await secretariat.post(
        "/en/admin/invitations",
        form({ email: `${role}@example.org`, role, country: "KG" }),
      );
      expect(res.status, role).toBe(303);
    }
    expect(
      (
        await secretariat.post(
          "/en/admin/invitations",
          form({ email: "s24@example.org", role: "secretariat", year: "2024" }),
        )
      ).status,
    ).toBe(403);
    expect(
      (await secretariat.post("/en/admin/invitations", form({ email: "adm@example.org", role: "admin" })))
        .status,
    ).toBe(403);
    const bad = await secretariat.post(
      "/en/admin/invitations",
      form({ email: "not an address", role: "focal_point" }),
    );
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("Enter an e-mail address like");
    expect(bad.text).toContain("A focal point needs a country.");
    const sent = await t.database.db
      .selectFrom("auth_tokens")
      .select("email")
      .where("kind", "=", "invite")
      .execute();
    expect(sent.map((s) => s.email)).not.toContain("s24@example.org");
    expect(sent.map((s) => s.email)).not.toContain("adm@example.org");

    const m = await buildUser(t.database, { email: "plain@example.org", grants: [{ role: "member" }] });
    const member = new Browser(t.app, "10.6.3.1").adopt(await clientFor(t.app, t.database, t.config, m.id));
    expect((await member.get("/en/admin/invitations")).status).toBe(403);
    expect((await member.post("/en/admin/invitations", form({ email: "x@example.org" }))).status).toBe(403);
    expect((await new Browser(t.app).get("/en/admin/invitations")).location).toMatch(/^\/en\/sign-in/);
  });
});
