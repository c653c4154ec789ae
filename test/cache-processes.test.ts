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
let tdb: TestDb | undefined;
afterAll(async () => {
  for (const c of children) c.kill("SIGTERM");
  await tdb?.close();
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer(url: string): Promise<string> {
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

describe.skipIf(!PG_URL)("several app processes on one PostgreSQL", () => {
  it("a write through one process is visible at once through the other (LISTEN/NOTIFY)", async () => {
    tdb = await createTestDb();
    const schema = (
      await tdb.database.db
        .selectNoFrom((eb) => eb.fn<string>("current_schema", []).as("s"))
        .executeTakeFirstOrThrow()
    ).s;
    const url = `${PG_URL}${PG_URL?.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const [a, b] = await Promise.all([startServer(url), startServer(url)]);

    // Process B renders the event page once and then answers it from its cache.
    await fetch(`${b}/en/events/astana-2023`);
    const cached = await fetch(`${b}/en/events/astana-2023`);
    expect(cached.headers.get("x-cache")).toBe("hit");

    // The 2023 secretariat renames the event through process A.
    const user = await buildUser(tdb.database, {
      email: "mp@example.org",
      grants: [{ role: "secretariat", year: 2023 }],
    });
    const secret = await createSession(tdb.database.db, loadConfig({}), user.id, {
      secondFactor: true,
      ip: null,
      userAgent: null,
    });
    const tokenRes = await fetch(`${a}/api/v1/csrf-token`, { headers: { cookie: `sid=${secret}` } });
    const csrfCookie = (tokenRes.headers.get("set-cookie") ?? "").split(";")[0];
    const { token } = (await tokenRes.json()) as { token: string };
    const event = await tdb.database.db
      .selectFrom("events")
      .select("id")
      .where("slug", "=", "astana-2023")
      .executeTakeFirstOrThrow();
    const write = await fetch(`${a}/api/v1/edit/events/${event.id}`, {
      method: "POST",
      headers: {
        cookie: `sid=${secret}; ${csrfCookie}`,
        "x-csrf-token": token,
        "content-type": "application/json",
        accept: "application/json",
      },
      body: JSON.stringify({ title: { en: "Renamed through process A" } }),
    });
    expect(write.status).toBe(200);

    // Process B heard the NOTIFY: its next answer is fresh. (Delivery is asynchronous; allow it a moment.)
    let html = "";
    for (let i = 0; i < 50 && !html.includes("Renamed through process A"); i++) {
      html = await (await fetch(`${b}/en/events/astana-2023`)).text();
      if (!html.includes("Renamed through process A")) await new Promise((r) => setTimeout(r, 20));
    }
    expect(html).toContain("Renamed through process A");
  });
});
