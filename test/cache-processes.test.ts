import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSession } from "../src/auth/sessions.ts";
import { loadConfig } from "../src/config.ts";
import { createTestDb, PG_URL, type TestDb } from "./app.ts";
import { buildUser } from "./auth.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const children: ChildProcess[] = [];
const dbs: TestDb[] = [];
afterAll(async () => {
  for (const c of children) c.kill("SIGTERM");
  for (const d of dbs) await d.close();
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer(url: string, env: Record<string, string> = {}): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: url,
      SEED_DEMO: "never",
      LOG_LEVEL: "warn",
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "dialogue-mp-")),
      ...env,
    },
    stdio: "ignore",
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).status === 200) return base;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not start");
}

/** A fresh database, and the URL that points a server process at its schema. */
/** The demo event Astana 2023. */
const astana = (tdb: TestDb) =>
  tdb.database.db
    .selectFrom("events")
    .select("id")
    .where("slug", "=", "astana-2023")
    .executeTakeFirstOrThrow();

async function freshDb(): Promise<{ tdb: TestDb; url: string }> {
  const tdb = await createTestDb();
  dbs.push(tdb);
  const schema = (
    await tdb.database.db
      .selectNoFrom((eb) => eb.fn<string>("current_schema", []).as("s"))
      .executeTakeFirstOrThrow()
  ).s;
  const url = `${PG_URL}${PG_URL?.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return { tdb, url };
}

/** A signed-in 2023 secretariat member's POST of JSON through one server process. */
async function writeAs(
  tdb: TestDb,
  base: string,
  email: string,
  url: string,
  body: unknown,
): Promise<number> {
  const user = await buildUser(tdb.database, { email, grants: [{ role: "secretariat", year: 2023 }] });
  const secret = await createSession(tdb.database.db, loadConfig({}), user.id, {
    secondFactor: true,
    ip: null,
    userAgent: null,
  });
  const tokenRes = await fetch(`${base}/api/v1/csrf-token`, { headers: { cookie: `sid=${secret}` } });
  const csrfCookie = (tokenRes.headers.get("set-cookie") ?? "").split(";")[0];
  const { token } = (await tokenRes.json()) as { token: string };
  const res = await fetch(`${base}${url}`, {
    method: "POST",
    headers: {
      cookie: `sid=${secret}; ${csrfCookie}`,
      "x-csrf-token": token,
      "content-type": "application/json",
      accept: "application/json",
    },
    body: JSON.stringify(body),
  });
  return res.status;
}

describe.skipIf(!PG_URL)("several app processes on one PostgreSQL", () => {
  it("a list total kept by one process (render cache off) follows a write through the other", async () => {
    const { tdb, url } = await freshDb();
    const [a, b] = await Promise.all([startServer(url), startServer(url, { RENDER_CACHE: "off" })]);
    const total = async () =>
      ((await (await fetch(`${b}/api/v1/events?country=KZ`)).json()) as { total: number }).total;
    const before = await total();
    expect(await total()).toBe(before);
    const event = await astana(tdb);
    expect(
      await writeAs(tdb, a, "mp-total@example.org", `/api/v1/edit/events/${event.id}`, { status: "draft" }),
    ).toBe(200);
    let after = before;
    for (let i = 0; i < 50 && after === before; i++) {
      after = await total();
      if (after === before) await new Promise((r) => setTimeout(r, 20));
    }
    expect(after).toBe(before - 1);
  });

  it("a text kept by one process's translation cache (render cache off) follows a write through the other", async () => {
    const { tdb, url } = await freshDb();
    const [a, b] = await Promise.all([startServer(url), startServer(url, { RENDER_CACHE: "off" })]);
    const page = async () => (await fetch(`${b}/en/events/astana-2023`)).text();
    // Process B reads the event's texts once and keeps them.
    expect(await page()).not.toContain("Renamed for the text cache of B");
    expect(await page()).not.toContain("Renamed for the text cache of B");
    const event = await astana(tdb);
    expect(
      await writeAs(tdb, a, "mp-text@example.org", `/api/v1/edit/events/${event.id}`, {
        title: { en: "Renamed for the text cache of B" },
      }),
    ).toBe(200);
    let html = "";
    for (let i = 0; i < 50 && !html.includes("Renamed for the text cache of B"); i++) {
      html = await page();
      if (!html.includes("Renamed for the text cache of B")) await new Promise((r) => setTimeout(r, 20));
    }
    expect(html).toContain("Renamed for the text cache of B");
  });

  it("a write through one process is visible at once through the other (LISTEN/NOTIFY)", async () => {
    const { tdb, url } = await freshDb();
    const [a, b] = await Promise.all([startServer(url), startServer(url)]);

    // Process B renders the event page once and then answers it from its cache.
    await fetch(`${b}/en/events/astana-2023`);
    const cached = await fetch(`${b}/en/events/astana-2023`);
    expect(cached.headers.get("x-cache")).toBe("hit");

    // The 2023 secretariat renames the event through process A.
    const event = await astana(tdb);
    const status = await writeAs(tdb, a, "mp@example.org", `/api/v1/edit/events/${event.id}`, {
      title: { en: "Renamed through process A" },
    });
    expect(status).toBe(200);

    // Process B heard the NOTIFY: its next answer is fresh. (Delivery is asynchronous; allow it a moment.)
    let html = "";
    for (let i = 0; i < 50 && !html.includes("Renamed through process A"); i++) {
      html = await (await fetch(`${b}/en/events/astana-2023`)).text();
      if (!html.includes("Renamed through process A")) await new Promise((r) => setTimeout(r, 20));
    }
    expect(html).toContain("Renamed through process A");
  });
});
