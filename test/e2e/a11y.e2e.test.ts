import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../src/i18n/locales.ts";
import { type Database, openDatabase } from "../../src/db/connection.ts";
import { openBrowser, type Site, startSite } from "./harness.ts";
import { secretariatMember, signInWithTotp } from "./staff.ts";

/** axe-core's rules for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const LISTS = [
  "chairmanships",
  "events",
  "people",
  "organizations",
  "projects",
  "plans",
  "indicators",
  "news",
  "documents",
];
const FORMS = [
  "/sign-in",
  "/sign-up",
  "/password-reset",
  "/search",
  "/search?q=Balayeva",
  "/projects?country=KG",
  "/offline",
];

let site: Site;
let paths: string[] = [];
beforeAll(async () => {
  site = await startSite();
  const found = new Set<string>(["/", ...LISTS.map((l) => `/${l}`), ...FORMS]);
  for (const list of LISTS) {
    const res = await fetch(`${site.baseUrl}/api/v1/${list}?pageSize=100&locale=en`);
    const body = (await res.json()) as { items: { url: string }[] };
    for (const item of body.items) found.add(item.url.replace(/^\/en(?=\/|$)/, ""));
  }
  paths = [...found];
}, 180_000);
afterAll(async () => site?.stop());

interface Finding {
  url: string;
  rule: string;
  impact: string | null;
  targets: string[];
}

async function audit(page: Page, url: string, spoil = false): Promise<Finding[]> {
  await page.goto(url);
  if (spoil) {
    // The audit's own check: an image without a text alternative and a nameless button must be found.
    await page.evaluate(() => {
      document.querySelector("main")?.insertAdjacentHTML("beforeend", '<img src="/x.png"><button></button>');
    });
  }
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  }, WCAG);
  return violations.map((v) => ({ url, rule: v.id, impact: v.impact, targets: v.targets }));
}

describe("accessibility (axe-core, WCAG 2.2 A and AA)", () => {
  it("the audit finds violations where there are some", async () => {
    const browser = await openBrowser({ js: true, bypassCSP: true });
    try {
      const page = await browser.context.newPage();
      const rules = (await audit(page, `${site.baseUrl}/ru/`, true)).map((f) => f.rule);
      expect(rules).toContain("image-alt");
      expect(rules).toContain("button-name");
    } finally {
      await browser.close();
    }
  });

  it("finds no violation on any public page or form (Russian), nor on the main pages in every language", async () => {
    const browser = await openBrowser({ js: true, bypassCSP: true });
    try {
      const page = await browser.context.newPage();
      const findings: Finding[] = [];
      const urls = [
        ...paths.map((p) => `/ru${p === "/" ? "/" : p}`),
        ...LOCALES.filter((l) => l !== "ru").flatMap((l) => [
          `/${l}/`,
          `/${l}/events/astana-2023`,
          `/${l}/sign-in`,
          `/${l}/search?q=Kosh`,
        ]),
      ];
      expect(urls.length).toBeGreaterThan(40);
      for (const u of urls) findings.push(...(await audit(page, `${site.baseUrl}${u}`)));
      expect(
        findings.map(
          (f) => `${f.rule} (${f.impact}) ${f.url.replace(site.baseUrl, "")}: ${f.targets.join(", ")}`,
        ),
      ).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("finds no violation on the signed-in forms: editing, account, profile, security", async () => {
    const database: Database = openDatabase({ url: "", dataDir: site.dataDir });
    const user = await secretariatMember(database, "a11y.secretariat@example.org");
    const event = await database.db
      .selectFrom("events")
      .select("id")
      .where("slug", "=", "astana-2023")
      .executeTakeFirstOrThrow();
    await database.close();
    const browser = await openBrowser({ js: true, bypassCSP: true });
    try {
      const page = await browser.context.newPage();
      const landed = await signInWithTotp(page, site.baseUrl, user);
      expect(landed.afterCode).not.toContain("/sign-in");
      const findings: Finding[] = [];
      for (const u of [
        "/en/edit",
        "/en/edit/events",
        "/en/edit/events/new",
        `/en/edit/events/${event.id}`,
        `/en/edit/sessions/new?event=${event.id}`,
        `/en/edit/statements/new?event=${event.id}`,
        "/en/edit/people/new",
        "/en/account",
        "/en/account/profile",
        "/en/account/security",
        "/ru/edit/events/new",
      ]) {
        findings.push(...(await audit(page, `${site.baseUrl}${u}`)));
        // Audited as signed in: no redirect to the sign-in page.
        const at = new URL(page.url());
        expect(at.pathname + at.search).toBe(u);
      }
      expect(
        findings.map(
          (f) => `${f.rule} (${f.impact}) ${f.url.replace(site.baseUrl, "")}: ${f.targets.join(", ")}`,
        ),
      ).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
