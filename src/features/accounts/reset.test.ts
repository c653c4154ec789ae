import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test/app.ts";
import { buildUser } from "../../../test/auth.ts";
import { Browser, createMailApp, linkIn, type ReceivedMail, startSmtp } from "./testkit.ts";

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
  t = await createMailApp(smtp.url);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

async function mailsTo(address: string, count: number): Promise<ReceivedMail[]> {
  for (let i = 0; i < 100; i++) {
    const found = smtp.mails.filter((m) => m.to.includes(address));
    if (found.length >= count) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`fewer than ${count} mails to ${address}`);
}

const NEW = "seven blue kites over the steppe";

describe("password reset by mail", () => {
  it("mails a one-hour, single-use link in her language; setting a password ends all her sessions", async () => {
    const u = await buildUser(t.database, { email: "reset@example.org", name: "Zarina", locale: "ru" });
    const other = new Browser(t.app, "10.4.0.1");
    await other.signIn(u.email, u.password);
    expect((await other.get("/en/account")).status).toBe(200);

    const b = new Browser(t.app, "10.4.0.2");
    await b.get("/en/password-reset");
    const asked = await b.post("/en/password-reset", { email: "Reset@Example.org " });
    expect(asked.location).toBe("/en/password-reset/sent");
    // An unknown address gets exactly the same answer, and no mail.
    const unknown = await b.post("/en/password-reset", { email: "nobody@example.org" });
    expect(unknown.status).toBe(asked.status);
    expect(unknown.location).toBe(asked.location);

    const [mail] = await mailsTo(u.email, 1);
    expect(mail?.language).toBe("ru");
    expect(mail?.subject).toBe("Восстановление пароля");
    const link = linkIn(mail?.text ?? "", t.config.baseUrl);
    expect(link).toMatch(/^\/ru\/password-reset\/[\w-]+$/);

    const form = await b.get(link);
    expect(form.status).toBe(200);
    const weak = await b.post(link, { password: "qwertyuiop", password2: "qwertyuiop" });
    expect(weak.status).toBe(400);
    expect(weak.text).toContain("Это один из самых распространённых паролей");
    const done = await b.post(link, { password: NEW, password2: NEW });
    expect(done.status).toBe(303);
    expect(done.location).toBe("/ru/sign-in?notice=passwordChanged");

    // Single use; the old session is dead; the old password no longer works; the new one does.
    expect((await b.get(link)).status).toBe(404);
    expect((await other.get("/en/account")).status).toBe(303);
    expect((await new Browser(t.app, "10.4.0.3").signIn(u.email, u.password)).status).toBe(401);
    expect((await new Browser(t.app, "10.4.0.4").signIn(u.email, NEW)).status).toBe(303);

    const mails = await mailsTo(u.email, 2);
    expect(mails[1]?.subject).toBe("Ваш пароль изменён");
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", u.id)
      .where("action", "=", "password_reset")
      .execute();
    expect(audit.length).toBe(1);
  });

  it("refuses an expired link", async () => {
    const u = await buildUser(t.database, { email: "late@example.org" });
    const b = new Browser(t.app, "10.4.1.1");
    await b.get("/en/password-reset");
    await b.post("/en/password-reset", { email: u.email });
    const [mail] = await mailsTo(u.email, 1);
    const link = linkIn(mail?.text ?? "", t.config.baseUrl);
    await t.database.db
      .updateTable("auth_tokens")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("email", "=", u.email)
      .execute();
    expect((await b.get(link)).status).toBe(404);
    expect((await b.post(link, { password: NEW, password2: NEW })).status).toBe(404);
  });
});
