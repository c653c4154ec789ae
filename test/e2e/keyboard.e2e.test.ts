import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, type Site, startSite, submitAndWait } from "./harness.ts";
import { focused, tabTo } from "./keys.ts";

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, 120_000);
afterAll(async () => site?.stop());

describe("the keyboard alone", () => {
  it("skips to the content, shows where the focus is, follows links and searches", async () => {
    const browser = await openBrowser({ js: true });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.baseUrl}/en/`);
      // The first Tab reaches the skip link, drawn with a visible focus outline.
      await page.keyboard.press("Tab");
      const skip = await focused(page);
      expect(skip.href).toBe("#main");
      expect(skip.outlined).toBe(true);
      await page.keyboard.press("Enter");
      expect((await focused(page)).id).toBe("main");

      // Into the events list, then an event, by Tab and Enter only.
      const events = await tabTo(page, (f) => f.href === "/en/events");
      expect(events.outlined).toBe(true);
      await Promise.all([page.waitForURL("**/en/events"), page.keyboard.press("Enter")]);
      await tabTo(page, (f) => f.href === "/en/events/astana-2023");
      await Promise.all([page.waitForURL("**/en/events/astana-2023"), page.keyboard.press("Enter")]);
      expect(await page.locator("h1").textContent()).toContain("Astana");

      // The search box, typed into and sent with Enter.
      await tabTo(page, (f) => f.id === "site-q");
      await page.keyboard.type("Koshanov");
      await Promise.all([page.waitForURL(/\/en\/search\?q=Koshanov/), page.keyboard.press("Enter")]);
      await tabTo(page, (f) => f.href === "/en/people/yerlan-koshanov");
      await Promise.all([page.waitForURL("**/en/people/yerlan-koshanov"), page.keyboard.press("Enter")]);
    } finally {
      await browser.close();
    }
  });

  it("a form's errors are announced: the error summary takes the focus or is an alert", async () => {
    const browser = await openBrowser({ js: true });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.baseUrl}/en/sign-up`);
      await tabTo(page, (f) => f.tag === "button" && /sign up|create/i.test(f.text));
      await submitAndWait(page, () => page.keyboard.press("Enter"));
      const summary = page.locator('[role="alert"], .error-summary').first();
      expect(await summary.count()).toBe(1);
      const f = await focused(page);
      const announced = (await summary.getAttribute("role")) === "alert" || f.tag !== "body";
      expect(announced).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
