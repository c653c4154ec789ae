import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMail } from "../../src/features/accounts/testkit.ts";
import { openBrowser, type Site, screenshots, startSite, submitAndWait } from "./harness.ts";
import { pressSubmit, typeInto } from "./keys.ts";

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, 120_000);
afterAll(async () => site?.stop());

const PASSWORD = "a quiet river at dawn";

/** The confirmation link of the newest mail in the server's outbox sent to an address. */
async function confirmationLink(to: string): Promise<string> {
  const outbox = path.join(site.dataDir, "outbox");
  for (let i = 0; i < 100; i++) {
    const files = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((f) => f.endsWith(".eml")) : [];
    for (const f of files.sort().reverse()) {
      const mail = parseMail(fs.readFileSync(path.join(outbox, f), "utf8"));
      const link = /(\/[a-z]{2}\/confirm\?token=[\w-]+)/.exec(mail.text)?.[1];
      if (mail.to.join(",").toLowerCase().includes(to) && link) return link;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no confirmation mail to ${to} in ${outbox}`);
}

async function submit(page: Page, form: string): Promise<void> {
  await submitAndWait(page, () => page.locator(`${form} button[type="submit"]`).first().click());
}

describe.each([
  { js: true, label: "JavaScript on" },
  { js: false, label: "JavaScript off" },
])("a member, $label", ({ js }) => {
  it("signs up, confirms by e-mail (read from the outbox), signs in and edits her profile", async () => {
    const email = `aigerim.${js ? "js" : "nojs"}@example.org`;
    const browser = await openBrowser({ js });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.baseUrl}/ru/sign-up`);
      await page.locator('input[name="name"]').fill("Айгерим Сапарова");
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill(PASSWORD);
      await page.locator('input[name="password2"]').fill(PASSWORD);
      await submit(page, 'form[action="/ru/sign-up"]');
      expect(new URL(page.url()).pathname).toBe("/ru/sign-up/sent");

      await page.goto(`${site.baseUrl}${await confirmationLink(email)}`);
      await submit(page, 'form[action="/ru/confirm"]');
      expect(page.url()).toContain("/ru/sign-in?notice=confirmed");

      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill(PASSWORD);
      await submit(page, 'form[action^="/ru/sign-in"]');
      expect(new URL(page.url()).pathname).not.toContain("/sign-in");

      await page.goto(`${site.baseUrl}/ru/account/profile`);
      await page.locator('input[name="name_ru"]').fill("Айгерим Сапарова");
      await page
        .locator('textarea[name="bio_ru"]')
        .fill("Инженер, основательница школы программирования для девушек.");
      await submit(page, 'form[action="/ru/account/profile"]');
      expect(page.url()).toContain("/ru/account/profile?notice=saved");
      expect(await page.locator('textarea[name="bio_ru"]').inputValue()).toContain("школы программирования");
      if (js) await screenshots(page, "profile-ru");
    } finally {
      await browser.close();
    }
  });
});

describe("a member, the keyboard alone", () => {
  it("signs up, confirms, signs in and edits her profile with Tab, Shift+Tab, typing, Enter and Space", async () => {
    const email = "aigerim.keys@example.org";
    const browser = await openBrowser({ js: true });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.baseUrl}/ru/sign-up`);
      await typeInto(page, "name", "Айгерим Сапарова");
      await typeInto(page, "email", email);
      await typeInto(page, "password", PASSWORD);
      await typeInto(page, "password2", PASSWORD);
      await pressSubmit(page, "/ru/sign-up");
      expect(new URL(page.url()).pathname).toBe("/ru/sign-up/sent");

      // The link in the mail, opened as a mail reader would; its button pressed with Space.
      await page.goto(`${site.baseUrl}${await confirmationLink(email)}`);
      await pressSubmit(page, "/ru/confirm", " ");
      expect(page.url()).toContain("/ru/sign-in?notice=confirmed");

      await typeInto(page, "email", email);
      await typeInto(page, "password", PASSWORD);
      await pressSubmit(page, "/ru/sign-in");
      expect(new URL(page.url()).pathname).not.toContain("/sign-in");

      await page.goto(`${site.baseUrl}/ru/account/profile`);
      await typeInto(page, "bio_ru", "Инженер, основательница школы программирования для девушек.");
      // Back up the form with Shift+Tab to the name field.
      await typeInto(page, "name_ru", "Айгерим Сапарова", true);
      await pressSubmit(page, "/ru/account/profile");
      expect(page.url()).toContain("/ru/account/profile?notice=saved");
      expect(await page.locator('textarea[name="bio_ru"]').inputValue()).toContain("школы программирования");
      expect(await page.locator('input[name="name_ru"]').inputValue()).toBe("Айгерим Сапарова");
    } finally {
      await browser.close();
    }
  });
});
