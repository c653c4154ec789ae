import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, type Site, screenshots, startSite } from "./harness.ts";

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, 120_000);
afterAll(async () => site?.stop());

describe.each([
  { js: true, label: "JavaScript on" },
  { js: false, label: "JavaScript off" },
])("a visitor, $label", ({ js }) => {
  it("goes home → an event → a speaker → a project → search", async () => {
    const browser = await openBrowser({ js });
    try {
      const page = await browser.context.newPage();
      // The root sends a Russian browser to the Russian home page.
      await page.goto(`${site.baseUrl}/`);
      expect(new URL(page.url()).pathname).toBe("/ru/");
      await expect.poll(() => page.locator("h1").count()).toBe(1);
      if (js) await screenshots(page, "home-ru");

      await page.locator('main a[href="/ru/events"]').first().click();
      await page.locator('a[href="/ru/events/astana-2023"]').first().click();
      expect(new URL(page.url()).pathname).toBe("/ru/events/astana-2023");
      expect(await page.locator("h1").textContent()).toContain("Астан");
      if (js) await screenshots(page, "event-ru");

      await page.locator('main a[href="/ru/people/yerlan-koshanov"]').first().click();
      expect(new URL(page.url()).pathname).toBe("/ru/people/yerlan-koshanov");
      expect(await page.locator("h1").textContent()).toContain("Кошанов");
      if (js) await screenshots(page, "person-ru");

      await page.goBack();
      await page.locator('main a[href^="/ru/projects/"]').first().click();
      expect(new URL(page.url()).pathname).toMatch(/^\/ru\/projects\/[a-z0-9-]+$/);
      expect(await page.locator("h1").count()).toBe(1);
      if (js) await screenshots(page, "project-ru");

      // The search box on every page; the spelling need not match the page's script.
      await page.locator("#site-q").fill("Balayeva");
      await page.locator("#site-q").press("Enter");
      await page.waitForURL(/\/ru\/search\?q=Balayeva/);
      await expect
        .poll(() => page.locator('main a[href="/ru/people/aida-balayeva"]').count())
        .toBeGreaterThan(0);
      if (js) await screenshots(page, "search-ru");
    } finally {
      await browser.close();
    }
  });

  it(
    js ? "gets suggestions while typing in the search box" : "searches with a plain form, no script needed",
    async () => {
      const browser = await openBrowser({ js });
      try {
        const page = await browser.context.newPage();
        await page.goto(`${site.baseUrl}/en/`);
        if (js) {
          await page.locator("#site-q").pressSequentially("Balay", { delay: 30 });
          await expect
            .poll(() =>
              page
                .locator("#site-q-list option")
                .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
            )
            .toContain("Aida Balayeva");
        } else {
          expect(await page.locator("#site-q-list").count()).toBe(0);
          await page.locator("#site-q").fill("Кошанов");
          await page.locator('search button[type="submit"]').click();
          await page.waitForURL(/\/en\/search\?q=/);
          await expect
            .poll(() => page.locator('main a[href="/en/people/yerlan-koshanov"]').count())
            .toBeGreaterThan(0);
        }
      } finally {
        await browser.close();
      }
    },
  );
});
