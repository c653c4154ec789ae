import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, type Site, startSite } from "./harness.ts";

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, 120_000);
afterAll(async () => site?.stop());

describe("offline", () => {
  it("keeps a visited page readable with the network cut, and shows the offline page for the rest", async () => {
    const browser = await openBrowser({ js: true });
    try {
      const page = await browser.context.newPage();
      const visited = `${site.baseUrl}/ru/events/astana-2023`;
      await page.goto(visited);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // The first load happened before the worker took control; the next one goes through it and is kept.
      await page.reload();
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await expect
        .poll(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, visited))
        .toBe(true);

      await browser.context.setOffline(true);
      await page.reload();
      expect(await page.locator("h1").textContent()).toContain("Астан");
      expect(await page.locator("main").textContent()).toContain("Кошанов");

      await page.goto(`${site.baseUrl}/ru/people/aida-balayeva`);
      expect(await page.locator("h1").textContent()).toBe("Нет подключения к интернету");
    } finally {
      await browser.context.setOffline(false);
      await browser.close();
    }
  });
});
