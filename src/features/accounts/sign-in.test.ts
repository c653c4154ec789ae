import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.ts";
import { buildUser } from "../../../test/auth.ts";
import { hashSecret } from "../../auth/tokens.ts";
import { Browser } from "./testkit.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const sessionsOf = (userId: number) =>
  t.database.db.selectFrom("auth_sessions").select("id").where("user_id", "=", userId).execute();

describe("sign-in", () => {
  it("rotates the session id at sign-in, and the old cookie is dead after sign-out", async () => {
    const u = await buildUser(t.database, { email: "rotate@example.org" });
    const b = new Browser(t.app, "10.2.0.1");
    expect((await b.signIn(u.email, u.password)).status).toBe(303);
    const first = b.session;
    expect(first).toBeTruthy();
    const again = await b.signIn(u.email, u.password);
    expect(again.status).toBe(303);
    expect(b.session).toBeTruthy();
    expect(b.session).not.toBe(first);
    // The earlier session no longer exists.
    const ids = (await sessionsOf(u.id)).map((s) => s.id);
    expect(ids).toEqual([hashSecret(b.session ?? "")]);

    const oldCookie = b.cookie;
    const confirm = await b.get("/en/sign-out");
    expect(confirm.status).toBe(200);
    expect(confirm.html).toContain('method="post"');
    const out = await b.post("/en/sign-out", {});
    expect(out.status).toBe(303);
    expect(out.location).toBe("/en/");
    expect(b.session).toBeUndefined();
    // Replaying the old cookie: pages send her to sign in, the API answers 401.
    const page = await t.app.inject({
      url: "/en/account",
      headers: { accept: "text/html", cookie: oldCookie },
    });
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toMatch(/^\/en\/sign-in\?next=/);
    const api = await t.app.inject({ url: "/api/v1/admin/audit", headers: { cookie: oldCookie } });
    expect(api.statusCode).toBe(401);
  });

  it("follows only same-site `next` targets", async () => {
    const u = await buildUser(t.database, { email: "next@example.org" });
    const b = new Browser(t.app, "10.2.0.2");
    await b.get("/en/sign-in?next=%2Fen%2Fevents");
    expect(b.html).toContain('name="next" value="/en/events"');
    expect(
      (await b.post("/en/sign-in", { email: u.email, password: u.password, next: "/en/events" })).location,
    ).toBe("/en/events");
    for (const evil of [
      "//evil.example/x",
      "https://evil.example/",
      "/\\evil.example",
      "javascript:alert(1)",
    ]) {
      const res = await b.post("/en/sign-in", { email: u.email, password: u.password, next: evil });
      expect(res.location).toBe("/en/account");
    }
  });

  it("ends sessions after the idle timeout", async () => {
    const u = await buildUser(t.database, { email: "idle@example.org" });
    const b = new Browser(t.app, "10.2.0.3");
    await b.signIn(u.email, u.password);
    expect((await b.get("/en/account")).status).toBe(200);
    const idle = new Date(Date.now() - (t.config.SESSION_IDLE_MINUTES + 1) * 60_000).toISOString();
    await t.database.db
      .updateTable("auth_sessions")
      .set({ last_seen_at: idle })
      .where("user_id", "=", u.id)
      .execute();
    const res = await b.get("/en/account");
    expect(res.status).toBe(303);
    expect(res.location).toMatch(/^\/en\/sign-in/);
    expect(await sessionsOf(u.id)).toEqual([]);
  });

  it("refuses a POST without a CSRF token with 403 and changes nothing", async () => {
    const u = await buildUser(t.database, { email: "csrf@example.org" });
    const b = new Browser(t.app, "10.2.0.4");
    await b.signIn(u.email, u.password);
    await b.get("/en/account");
    const res = await b.post("/en/account", { name: "Changed", locale: "ru" }, { csrf: false });
    expect(res.status).toBe(403);
    const forged = await b.post(
      "/en/account",
      { name: "Changed", locale: "ru", _csrf: "forged" },
      { csrf: false },
    );
    expect(forged.status).toBe(403);
    const row = await t.database.db
      .selectFrom("users")
      .select(["name", "locale"])
      .where("id", "=", u.id)
      .executeTakeFirst();
    expect(row).toEqual({ name: "csrf", locale: "en" });
    const out = await b.post("/en/sign-out", {}, { csrf: false });
    expect(out.status).toBe(403);
    expect((await sessionsOf(u.id)).length).toBe(1);
  });
});

describe("brute force", () => {
  it("answers the 6th wrong password for one account with 429 and Retry-After, without checking it", async () => {
    const u = await buildUser(t.database, { email: "brute@example.org" });
    const b = new Browser(t.app, "10.2.1.1");
    for (let i = 0; i < 5; i++) {
      const res = await b.signIn(u.email, `wrong password ${i}`);
      expect(res.status).toBe(401);
      expect(res.text).toContain("The e-mail address or the password is not right.");
    }
    // From another IP too: the limit is per account.
    const other = new Browser(t.app, "10.2.1.2");
    const sixth = await other.signIn(u.email, u.password);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers["retry-after"])).toBeGreaterThan(0);
    expect(sixth.text).toContain("Too many attempts");
    expect(other.session).toBeUndefined();
  });

  it("gives unknown e-mails exactly the same answers as known ones", async () => {
    const b = new Browser(t.app, "10.2.2.1");
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await b.signIn("nobody-here@example.org", "wrong password");
      answers.push(
        `${res.status} ${res.headers["retry-after"] ? "retry" : ""} ${res.text.replace(/\d+ minutes?/, "N")}`,
      );
    }
    const known = await buildUser(t.database, { email: "known@example.org" });
    const k = new Browser(t.app, "10.2.2.2");
    const knownAnswers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await k.signIn(known.email, "wrong password");
      knownAnswers.push(
        `${res.status} ${res.headers["retry-after"] ? "retry" : ""} ${res.text.replace(/\d+ minutes?/, "N").replace("known@example.org", "nobody-here@example.org")}`,
      );
    }
    expect(answers).toEqual(knownAnswers);
    expect(answers[5]).toMatch(/^429 retry/);
  });

  it("throttles per IP across accounts", async () => {
    const b = new Browser(t.app, "10.2.3.1");
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await b.signIn(`someone-${i}@example.org`, "wrong password")).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
