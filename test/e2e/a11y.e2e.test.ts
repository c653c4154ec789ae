import fs from "node:fs";
import { createRequire } from "node:module";
import { sql } from "kysely";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/connection.ts";
import { RESOURCES, resourceByName } from "../../src/features/edit/resources/index.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { openBrowser, type Site, startSite, submitAndWait } from "./harness.ts";
import { signInWithTotp, staffMember } from "./staff.ts";

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

/** Audits a page: `url` is opened first, unless it is already the page shown (a form's answer). */
async function audit(page: Page, url: string, spoil = false, open = true): Promise<Finding[]> {
  if (open) await page.goto(url);
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

  it("finds no violation on the signed-in forms: every editing resource's list, new and edit forms, account, profile, security", async () => {
    const database: Database = openDatabase({ url: "", dataDir: site.dataDir });
    const admin = await staffMember(database, "a11y.admin@example.org", [
      { role: "member" },
      { role: "admin" },
    ]);
    const firstId = async (table: string) =>
      (await sql<{ id: number | null }>`select min(id) as id from ${sql.table(table)}`.execute(database.db))
        .rows[0]?.id ?? null;
    const urls: string[] = ["/en/edit"];
    for (const def of RESOURCES) {
      const parent = def.parent ? resourceByName(def.parent.resource) : undefined;
      const parentId = parent ? await firstId(parent.table) : null;
      const id = await firstId(def.table);
      expect(def.parent ? parentId : 0, `a ${def.parent?.resource} row to add ${def.name} to`).not.toBeNull();
      expect(id, `a ${def.name} row to edit`).not.toBeNull();
      urls.push(
        `/en/edit/${def.name}`,
        `/en/edit/${def.name}/new${def.parent ? `?${def.parent.param}=${parentId}` : ""}`,
        `/en/edit/${def.name}/${id}`,
      );
    }
    await database.close();
    urls.push("/en/account", "/en/account/profile", "/en/account/security", "/ru/edit/events/new");
    expect(urls.length).toBe(RESOURCES.length * 3 + 5);
    const browser = await openBrowser({ js: true, bypassCSP: true });
    try {
      const page = await browser.context.newPage();
      const landed = await signInWithTotp(page, site.baseUrl, admin);
      expect(landed.afterCode).not.toContain("/sign-in");
      const findings: Finding[] = [];
      for (const u of urls) {
        findings.push(...(await audit(page, `${site.baseUrl}${u}`)));
        // Audited as signed in, and the form itself: no redirect to the sign-in page or elsewhere.
        const at = new URL(page.url());
        expect(at.pathname + at.search).toBe(u);
        if (u !== "/en/edit" && !u.startsWith("/en/account") && /\/(new|\d+)(\?|$)/.test(u)) {
          expect(await page.locator('main form[method="post"]').count(), u).toBeGreaterThan(0);
        }
        if (/^\/en\/edit\/[\w-]+\/new/.test(u)) {
          // The same form sent empty: its error summary and invalid fields are audited too.
          await submitAndWait(page, () =>
            page.locator('main form[method="post"] button[type="submit"]').last().click(),
          );
          expect(await page.locator('main .errors[role="alert"]').count(), `${u} sent empty`).toBe(1);
          findings.push(...(await audit(page, `${u} (sent empty)`, false, false)));
        }
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
