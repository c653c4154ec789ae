import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/connection.ts";
import { openBrowser, type Site, screenshots, startSite, submitAndWait } from "./harness.ts";
import { chooseByKeys, followLink, pressSubmit, typeDate, typeInto } from "./keys.ts";
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

describe("the secretariat, the keyboard alone", () => {
  it("signs in with her second factor, creates an event with a session and a statement and publishes it, with Tab, typing, arrows, Enter and Space", async () => {
    const s = await secretariatMember(database, "secretariat.keys@example.org");
    const slug = "almaty-roundtable-keys";
    const title = "Almaty roundtable on digital skills (keyboard)";
    const browser = await openBrowser({ js: true });
    try {
      const page = await browser.context.newPage();
      const landed = await signInWithTotp(page, site.baseUrl, s, true);
      expect(landed.afterPassword).toBe("/en/sign-in/totp");
      expect(landed.afterCode).not.toContain("/sign-in");

      await page.goto(`${site.baseUrl}/en/edit/events/new`);
      await typeInto(page, "title.en", title);
      await typeInto(page, "slug", slug);
      await chooseByKeys(page, "kind", "conference");
      await typeDate(page, "starts_on", "2023-09-12");
      expect(await page.locator('[name="starts_on"]').inputValue()).toBe("2023-09-12");
      await chooseByKeys(page, "country_code", "KZ");
      await chooseByKeys(page, "chairmanship_id", String(chair2023));
      await pressSubmit(page, "/en/edit/events");
      const eventId = /\/en\/edit\/events\/(\d+)/.exec(page.url())?.[1] ?? "";
      expect(eventId).not.toBe("");

      // The event's page offers its sessions and statements: the links followed with Enter.
      await followLink(page, (h) => h.startsWith(`/en/edit/sessions/new?event=${eventId}`));
      await typeInto(page, "title.en", "Opening session");
      await chooseByKeys(page, "kind", "plenary");
      await pressSubmit(page, "/en/edit/sessions", " ");
      const sessionId = /\/sessions\/(\d+)/.exec(page.url())?.[1] ?? "";
      expect(sessionId).not.toBe("");

      await page.goto(`${site.baseUrl}/en/edit/events/${eventId}`);
      await followLink(page, (h) => h.startsWith(`/en/edit/statements/new?event=${eventId}`));
      await chooseByKeys(page, "person_id", String(aida));
      await chooseByKeys(page, "kind", "quote");
      await typeInto(page, "text.en", "Digital skills open every door for women in the region.");
      await chooseByKeys(page, "session_id", sessionId);
      await chooseByKeys(page, "status", "published");
      await pressSubmit(page, "/en/edit/statements");

      expect((await fetch(`${site.baseUrl}/en/events/${slug}`)).status).toBe(404);
      await page.goto(`${site.baseUrl}/en/edit/events/${eventId}`);
      await chooseByKeys(page, "status", "published");
      await pressSubmit(page, `/en/edit/events/${eventId}`);

      const visitor = await fetch(`${site.baseUrl}/en/events/${slug}`);
      expect(visitor.status).toBe(200);
      const html = await visitor.text();
      expect(html).toContain(title);
      expect(html).toContain("Digital skills open every door for women in the region.");
      expect(html).toContain("Aida Balayeva");
    } finally {
      await browser.close();
    }
  });
});
