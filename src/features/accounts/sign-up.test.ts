import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../test/app.ts";
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

async function mailTo(address: string, count = 1): Promise<ReceivedMail[]> {
  for (let i = 0; i < 100; i++) {
    const found = smtp.mails.filter((m) => m.to.includes(address));
    if (found.length >= count) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no mail to ${address}`);
}

const PASSWORD = "a quiet river at dawn";

describe("sign-up over real SMTP", () => {
  it("mails a confirmation in the reader's language; the link confirms; then sign-in works", async () => {
    const b = new Browser(t.app, "10.1.0.1");
    await b.get("/ru/sign-up");
    const res = await b.post("/ru/sign-up", {
      name: "Айгуль",
      email: "Aigul@Example.org",
      password: PASSWORD,
      password2: PASSWORD,
    });
    expect(res.status).toBe(303);
    expect(res.location).toBe("/ru/sign-up/sent");

    const [mail] = await mailTo("aigul@example.org");
    expect(mail?.language).toBe("ru");
    expect(mail?.subject).toBe("Подтвердите адрес электронной почты");
    expect(mail?.text).toContain("Здравствуйте, Айгуль!");
    const link = linkIn(mail?.text ?? "", t.config.baseUrl);
    expect(link).toMatch(/^\/ru\/confirm\?token=/);

    // Before confirming, sign-in is refused with a clear message and a way to resend.
    const early = await b.signIn("aigul@example.org", PASSWORD, "ru");
    expect(early.status).toBe(403);
    expect(early.text).toContain("Сначала подтвердите адрес");
    expect(early.html).toContain('action="/ru/confirm/resend"');

    // Opening the link changes nothing; the button confirms.
    const page = await b.get(link);
    expect(page.status).toBe(200);
    const confirmed = await b.post("/ru/confirm", {
      token: new URL(link, "http://x").searchParams.get("token") ?? "",
    });
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toBe("/ru/sign-in?notice=confirmed");
    // Single use.
    expect((await b.get(link)).status).toBe(404);

    const signedIn = await b.signIn("aigul@example.org", PASSWORD, "ru");
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe("/ru/account");
    const account = await b.get("/ru/account");
    expect(account.status).toBe(200);
    expect(account.text).toContain("aigul@example.org");
    expect(account.text).toContain("Участница");
  });

  it("answers the same for an address already registered, and mails its owner instead", async () => {
    const b = new Browser(t.app, "10.1.0.2");
    await b.get("/en/sign-up");
    const first = await b.post("/en/sign-up", {
      name: "Someone",
      email: "aigul@example.org",
      password: PASSWORD,
      password2: PASSWORD,
    });
    expect(first.status).toBe(303);
    expect(first.location).toBe("/en/sign-up/sent");
    const mails = await mailTo("aigul@example.org", 2);
    const owner = mails[1];
    // In the owner's language (Russian), not the page's.
    expect(owner?.language).toBe("ru");
    expect(owner?.subject).toBe("Кто-то пытался зарегистрироваться с вашим адресом");
    const rows = await t.database.db
      .selectFrom("users")
      .select("name")
      .where("email", "=", "aigul@example.org")
      .execute();
    expect(rows).toEqual([{ name: "Айгуль" }]);
  });

  it("refuses weak passwords with translated messages next to the field, and keeps name and e-mail", async () => {
    const b = new Browser(t.app, "10.1.0.3");
    await b.get("/en/sign-up");
    const cases: [string, string][] = [
      ["short", "The password is too short"],
      ["x".repeat(129), "The password is too long"],
      ["password123", "one of the most common"],
    ];
    for (const [pw, message] of cases) {
      const res = await b.post("/en/sign-up", {
        name: "Dana <b>",
        email: "dana@example.org",
        password: pw,
        password2: pw,
      });
      expect(res.status).toBe(400);
      expect(res.text).toContain(message);
      expect(res.html).toContain('id="f-password-error"');
      expect(res.html).toMatch(/aria-describedby="[^"]*f-password-error/);
      expect(res.html).toContain('aria-invalid="true"');
      expect(res.html).toContain('value="Dana &lt;b>"');
      expect(res.html).toContain('value="dana@example.org"');
      expect(res.html).not.toContain(pw.length > 20 ? pw : 'value="short"');
    }
    const ru = await b.post("/ru/sign-up", {
      name: "Дана",
      email: "dana@example.org",
      password: "short",
      password2: "short",
    });
    expect(ru.text).toContain("Пароль слишком короткий");
    const mismatch = await b.post("/en/sign-up", {
      name: "Dana",
      email: "dana@example.org",
      password: PASSWORD,
      password2: "other words here",
    });
    expect(mismatch.text).toContain("The two passwords do not match");
    expect(
      await t.database.db.selectFrom("users").select("id").where("email", "=", "dana@example.org").execute(),
    ).toEqual([]);
  });
});

describe("the outbox (no SMTP_URL)", () => {
  it("writes each mail as an .eml file under DATA_DIR/outbox", async () => {
    const o = await createMailApp();
    try {
      const b = new Browser(o.app, "10.1.0.9");
      await b.get("/en/sign-up");
      await b.post("/en/sign-up", {
        name: "Outbox",
        email: "outbox@example.org",
        password: PASSWORD,
        password2: PASSWORD,
      });
      const dir = path.join(o.config.dataDir, "outbox");
      const files = fs.readdirSync(dir).filter((f) => f.endsWith(".eml"));
      expect(files.length).toBe(1);
      const raw = fs.readFileSync(path.join(dir, files[0] ?? ""), "utf8");
      expect(raw).toContain("outbox@example.org");
      expect(raw).toContain("/en/confirm?token=");
    } finally {
      await o.close();
      fs.rmSync(o.config.dataDir, { recursive: true, force: true });
    }
  });
});
