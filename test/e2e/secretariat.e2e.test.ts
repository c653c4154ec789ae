import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/connection.ts";
import { openBrowser, type Site, screenshots, startSite, submitAndWait } from "./harness.ts";
import { secretariatMember, signInWithTotp } from "./staff.ts";

let site: Site;
let database: Database;
let chair2023 = 0;
let aida = 0;
beforeAll(async () => {
  site = await startSite();
  // The server's own database (SQLite in WAL mode), opened beside it to set up the secretariat account.
  database = openDatabase({ url: "", dataDir: site.dataDir });
  chair2023 = (
    await database.db
      .selectFrom("chairmanships")
      .select("id")
      .where("year", "=", 2023)
      .executeTakeFirstOrThrow()
  ).id;
  aida = (
    await database.db
      .selectFrom("people")
      .select("id")
      .where("slug", "=", "aida-balayeva")
      .executeTakeFirstOrThrow()
  ).id;
}, 120_000);
afterAll(async () => {
  await database?.close();
  await site?.stop();
});

async function submit(
  page: Page,
  selector = 'main form[method="post"] button[type="submit"]',
): Promise<void> {
  await submitAndWait(page, () => page.locator(selector).last().click());
}

describe.each([
  { js: true, label: "JavaScript on", slug: "almaty-roundtable-js" },
  { js: false, label: "JavaScript off", slug: "almaty-roundtable-nojs" },
])("the secretariat, $label", ({ js, slug }) => {
  it("signs in with her second factor, creates an event with a session and a statement, publishes it; a visitor sees it", async () => {
    const s = await secretariatMember(database, `secretariat.${js ? "js" : "nojs"}@example.org`);
    const browser = await openBrowser({ js });
    try {
      const page = await browser.context.newPage();
      const landed = await signInWithTotp(page, site.baseUrl, s);
      expect(landed.afterPassword).toBe("/en/sign-in/totp");
      expect(landed.afterCode).not.toContain("/sign-in");

      const title = js
        ? "Almaty roundtable on digital skills (js)"
        : "Almaty roundtable on digital skills (no js)";
      await page.goto(`${site.baseUrl}/en/edit/events/new`);
      await page.locator('[name="title.en"]').fill(title);
      await page.locator('[name="slug"]').fill(slug);
      await page.locator('[name="kind"]').selectOption("conference");
      await page.locator('[name="starts_on"]').fill("2023-09-12");
      await page.locator('[name="country_code"]').selectOption("KZ");
      await page.locator('[name="chairmanship_id"]').selectOption(String(chair2023));
      await submit(page);
      const eventUrl = page.url();
      expect(eventUrl).toMatch(/\/en\/edit\/events\/\d+/);
      const eventId = /\/events\/(\d+)/.exec(eventUrl)?.[1] ?? "";

      await page.goto(`${site.baseUrl}/en/edit/sessions/new?event=${eventId}`);
      await page.locator('[name="title.en"]').fill("Opening session");
      await page.locator('[name="kind"]').selectOption("plenary");
      await submit(page);
      const sessionId = /\/sessions\/(\d+)/.exec(page.url())?.[1] ?? "";
      expect(sessionId).not.toBe("");

      await page.goto(`${site.baseUrl}/en/edit/statements/new?event=${eventId}`);
      await page.locator('[name="person_id"]').selectOption(String(aida));
      await page.locator('[name="kind"]').selectOption("quote");
      await page.locator('[name="text.en"]').fill("Digital skills open every door for women in the region.");
      await page.locator('[name="session_id"]').selectOption(sessionId);
      await page.locator('[name="status"]').selectOption("published");
      await submit(page);

      // A draft is not public yet.
      expect((await fetch(`${site.baseUrl}/en/events/${slug}`)).status).toBe(404);
      await page.goto(`${site.baseUrl}/en/edit/events/${eventId}`);
      await page.locator('[name="status"]').selectOption("published");
      await submit(page);
      if (js) await screenshots(page, "edit-event-en");

      const visitor = await openBrowser({ js });
      try {
        const v = await visitor.context.newPage();
        await v.goto(`${site.baseUrl}/en/events/${slug}`);
        expect(await v.locator("h1").textContent()).toContain(title);
        expect(await v.locator("main").textContent()).toContain(
          "Digital skills open every door for women in the region.",
        );
        expect(await v.locator("main").textContent()).toContain("Aida Balayeva");
      } finally {
        await visitor.close();
      }
    } finally {
      await browser.close();
    }
  });
});
