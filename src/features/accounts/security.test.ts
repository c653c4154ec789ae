import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { buildUser } from "../../../test/auth.ts";
import { Browser } from "./testkit.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** The code for a time step: `step` 0 is now, 1 the next 30 seconds (within the accepted drift). */
const codeFor = (key: string, step = 0) =>
  TOTP.generate({
    secret: Secret.fromBase32(key.replace(/\s+/g, "")),
    timestamp: Date.now() + step * 30_000,
  });
const invite = (b: Browser, email: string) =>
  b.post("/en/admin/invitations", { email, role: "member", country: "", year: "", call: "", locale: "en" });
const invitations = () =>
  t.database.db.selectFrom("auth_tokens").select("email").where("kind", "=", "invite").execute();

/** Enrols TOTP from the security page; returns the key shown and the recovery codes. */
async function enrol(b: Browser): Promise<{ key: string; codes: string[]; used: string }> {
  await b.get("/en/account/security");
  expect((await b.post("/en/account/security/totp/start", {})).status).toBe(303);
  const page = await b.get("/en/account/security");
  expect(page.html).toMatch(/<svg [^>]*viewBox/);
  const key = /<code id="totp-key">([A-Z2-7 ]+)<\/code>/.exec(page.html)?.[1] ?? "";
  expect(key.length).toBeGreaterThan(20);
  const wrong = await b.post("/en/account/security/totp/confirm", {
    code: "000000" === codeFor(key) ? "111111" : "000000",
  });
  expect(wrong.status).toBe(400);
  const used = codeFor(key);
  const done = await b.post("/en/account/security/totp/confirm", { code: used });
  expect(done.status).toBe(200);
  expect(done.headers["cache-control"]).toBe("no-store");
  const codes = [...done.html.matchAll(/<code>([a-z0-9-]{19})<\/code>/g)].map((m) => m[1] ?? "");
  expect(codes.length).toBe(10);
  return { key, codes, used };
}

describe("TOTP for the secretariat", () => {
  it("sends her to enrolment first, and keeps privileged actions out of reach until the second factor", async () => {
    const u = await buildUser(t.database, {
      email: "sec@example.org",
      grants: [{ role: "member" }, { role: "secretariat", year: 2023 }],
    });
    const b = new Browser(t.app, "10.3.0.1");
    const res = await b.signIn(u.email, u.password);
    expect(res.status).toBe(303);
    expect(res.location).toBe("/en/account/security");
    // Not enrolled: every privileged page leads back to enrolment; a privileged POST is refused.
    expect((await b.get("/en/admin/invitations")).location).toBe("/en/account/security");
    expect((await b.get("/en/account")).location).toBe("/en/account/security");
    expect((await invite(b, "x1@example.org")).status).toBe(403);
    const page = await b.get("/en/account/security");
    expect(page.text).toContain("Your role requires a second step");

    const before = b.session;
    const { key, codes } = await enrol(b);
    expect(b.session).not.toBe(before);
    expect((await b.get("/en/admin/invitations")).status).toBe(200);
    expect((await invite(b, "x2@example.org")).status).toBe(303);
    // Secretariat cannot turn TOTP off.
    const security = await b.get("/en/account/security");
    expect(security.html).not.toContain("/totp/disable");
    expect((await b.post("/en/account/security/totp/disable", { disable_password: u.password })).status).toBe(
      403,
    );

    // Next sign-in: the password alone gives nothing privileged.
    await b.post("/en/sign-out", {});
    const again = await b.signIn(u.email, u.password);
    expect(again.location).toBe("/en/sign-in/totp");
    expect((await b.get("/en/admin/invitations")).location).toMatch(/^\/en\/sign-in\/totp/);
    expect((await invite(b, "x3@example.org")).status).toBe(403);
    expect((await invitations()).map((i) => i.email)).toEqual(["x2@example.org"]);

    // A recovery code works once.
    await b.get("/en/sign-in/totp");
    const recovered = await b.post("/en/sign-in/totp", { code: (codes[0] ?? "").toUpperCase() });
    expect(recovered.status).toBe(303);
    expect(recovered.location).toBe("/en/account");
    expect((await b.get("/en/admin/invitations")).status).toBe(200);
    await b.post("/en/sign-out", {});
    await b.signIn(u.email, u.password);
    await b.get("/en/sign-in/totp");
    const reused = await b.post("/en/sign-in/totp", { code: codes[0] ?? "" });
    expect(reused.status).toBe(401);
    expect(reused.text).toContain("This code is not right");
    const totp = await b.post("/en/sign-in/totp", { code: codeFor(key, 1) });
    expect(totp.status).toBe(303);
    expect((await b.get("/en/account/security")).text).toContain("You have 9 recovery codes left.");
  });

  it("throttles wrong second-factor codes", async () => {
    const u = await buildUser(t.database, {
      email: "sec2@example.org",
      grants: [{ role: "secretariat", year: 2024 }],
    });
    const b = new Browser(t.app, "10.3.0.2");
    await b.signIn(u.email, u.password);
    const { key } = await enrol(b);
    await b.post("/en/sign-out", {});
    await b.signIn(u.email, u.password);
    await b.get("/en/sign-in/totp");
    const wrong = codeFor(key) === "123456" ? "654321" : "123456";
    for (let i = 0; i < 4; i++) expect((await b.post("/en/sign-in/totp", { code: wrong })).status).toBe(401);
    const last = await b.post("/en/sign-in/totp", { code: codeFor(key, 1) });
    expect(last.status).toBe(429);
    expect(last.headers["retry-after"]).toBeTruthy();
  });
});

describe("a member with TOTP", () => {
  it("can enrol, must give a code at sign-in, and can turn it off with her password", async () => {
    const u = await buildUser(t.database, { email: "member-totp@example.org", grants: [{ role: "member" }] });
    const b = new Browser(t.app, "10.3.1.1");
    expect((await b.signIn(u.email, u.password)).location).toBe("/en/account");
    const { key, used } = await enrol(b);
    await b.post("/en/sign-out", {});
    expect((await b.signIn(u.email, u.password)).location).toBe("/en/sign-in/totp");
    expect((await b.get("/en/account/profile")).location).toMatch(/^\/en\/sign-in\/totp/);
    await b.get("/en/sign-in/totp");
    // The code used at enrolment is spent and cannot be replayed; the next time step's code is accepted.
    expect((await b.post("/en/sign-in/totp", { code: used })).status).toBe(401);
    expect((await b.post("/en/sign-in/totp", { code: codeFor(key, 1) })).status).toBe(303);
    await b.get("/en/account/security");
    expect(
      (await b.post("/en/account/security/totp/disable", { disable_password: "wrong one" })).status,
    ).toBe(400);
    const off = await b.post("/en/account/security/totp/disable", { disable_password: u.password });
    expect(off.location).toBe("/en/account/security?notice=totpDisabled");
    await b.post("/en/sign-out", {});
    expect((await b.signIn(u.email, u.password)).location).toBe("/en/account");
  });
});

describe("password change", () => {
  it("needs the current password, applies the policy, and ends every other session", async () => {
    const u = await buildUser(t.database, { email: "change@example.org" });
    const phone = new Browser(t.app, "10.3.2.1");
    const laptop = new Browser(t.app, "10.3.2.2");
    await phone.signIn(u.email, u.password);
    await laptop.signIn(u.email, u.password);
    const before = laptop.session;
    await laptop.get("/en/account/security");
    const wrong = await laptop.post("/en/account/password", {
      current: "not it at all",
      password: "new words for a new day",
      password2: "new words for a new day",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain("This password is not right.");
    const weak = await laptop.post("/en/account/password", {
      current: u.password,
      password: "password",
      password2: "password",
    });
    expect(weak.status).toBe(400);
    expect(weak.text).toContain("one of the most common");
    const ok = await laptop.post("/en/account/password", {
      current: u.password,
      password: "new words for a new day",
      password2: "new words for a new day",
    });
    expect(ok.status).toBe(303);
    expect(laptop.session).not.toBe(before);
    expect((await laptop.get("/en/account")).status).toBe(200);
    expect((await phone.get("/en/account")).status).toBe(303);
    const sessions = await t.database.db
      .selectFrom("auth_sessions")
      .select("id")
      .where("user_id", "=", u.id)
      .execute();
    expect(sessions.length).toBe(1);
    expect((await new Browser(t.app, "10.3.2.3").signIn(u.email, "new words for a new day")).status).toBe(
      303,
    );
  });
});
