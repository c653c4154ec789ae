import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { bundle } from "../../scripts/bundle.mjs";

/**
 * End-to-end harness: the built server (what `npm start` runs) on a fresh data folder with the demo data,
 * and Debian's Chromium driven by playwright-core with a fresh profile.
 */

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
/** Where the e2e run leaves screenshots for people to look at (ignored by git). */
export const RESULTS = path.join(ROOT, "test-results");

/** Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) {
    throw new Error(
      "Chromium not found: the browser tests need Debian's chromium (apt-get install chromium) or CHROMIUM_PATH",
    );
  }
  return found;
}

/** The flags the browser tests launch Chromium with. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Site {
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("server did not start");
}

/** Bundles the server once per run and starts it on a free port with its own data folder. */
export async function startSite(): Promise<Site> {
  const out = path.join("dist", `e2e-${process.pid}`);
  await bundle({ server: "src/server.ts" }, out);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dialogue-e2e-"));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, out, "server.js")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitReady(baseUrl, child);
  return {
    baseUrl,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(path.join(ROOT, out), { recursive: true, force: true });
    },
  };
}

/** A fresh browser profile, JavaScript on or off. */
export async function openBrowser(opts: {
  js: boolean;
  /** Lets tests inject axe-core into pages whose CSP allows no inline script. */
  bypassCSP?: boolean;
}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "dialogue-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    javaScriptEnabled: opts.js,
    bypassCSP: opts.bypassCSP ?? false,
    viewport: { width: 1280, height: 800 },
    locale: "ru-RU",
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of the page at 1280 px and 360 px wide under test-results/. */
export async function screenshots(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS, { recursive: true });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    await page.screenshot({ path: path.join(RESULTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Submits a form by clicking (or pressing Enter on) its button, and waits until the answer page has loaded. */
export async function submitAndWait(page: Page, act: () => Promise<void>): Promise<void> {
  const navigated = page.waitForEvent("framenavigated", { predicate: (f) => f === page.mainFrame() });
  await act();
  await navigated;
  await page.waitForLoadState("load");
}
