import { type ChildProcess, execFile, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "dialogue-proc-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(port: number, child: ChildProcess): Promise<number> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      return res.status;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("server did not start");
}

describe("configuration", () => {
  it("lists every bad value at once", () => {
    try {
      loadConfig({ PORT: "70000", LOG_LEVEL: "loud", DATABASE_URL: "mysql://x" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as ConfigError).message;
      expect(msg).toContain("PORT");
      expect(msg).toContain("LOG_LEVEL");
      expect(msg).toContain("DATABASE_URL");
    }
  });

  it("uses the documented defaults", () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.HOST).toBe("127.0.0.1");
    expect(c.dataDir).toBe(path.resolve("./data"));
  });
});

describe("the server process", () => {
  it("stops at start with the list of problems when the configuration is bad", async () => {
    const err = await run(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "not-a-port", HOST: "", DATA_DIR: tmp(), DATABASE_URL: "" },
    }).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr).toContain("Invalid configuration");
    expect((err as { stderr: string }).stderr).toContain("PORT");
  });

  it("migrates, seeds, serves, answers /readyz, and exits cleanly on SIGTERM", async () => {
    const port = await freePort();
    const dataDir = tmp();
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout?.on("data", (b: Buffer) => {
      log += b.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    expect(await waitReady(port, child)).toBe(200);
    expect(fs.existsSync(path.join(dataDir, "dialogue.db"))).toBe(true);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(log).toContain("shutting down");
  });
});

describe("the build that npm start runs", () => {
  it("bundles the server into one file that migrates, seeds, serves every locale and precompressed assets", async () => {
    const out = path.join("dist", `test-${process.pid}`);
    dirs.push(path.join(ROOT, out));
    // The same function `npm run build` calls, into a folder of this test's own.
    const { bundle } = (await import(path.join(ROOT, "scripts", "bundle.mjs"))) as {
      bundle: (entries: Record<string, string>, outdir: string) => Promise<void>;
    };
    await bundle({ server: "src/server.ts" }, out);
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(out, "server.js")], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATA_DIR: tmp(), DATABASE_URL: "", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      expect(await waitReady(port, child)).toBe(200);
      for (const l of ["kk", "uz", "en"]) {
        const page = await fetch(`http://127.0.0.1:${port}/${l}/events/astana-2023`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain(`<html lang="${l}"`);
      }
      const html = await (await fetch(`http://127.0.0.1:${port}/ru/`)).text();
      const css = /href="(\/assets\/style\.[0-9a-f]{10}\.css)"/.exec(html)?.[1] ?? "";
      const asset = await fetch(`http://127.0.0.1:${port}${css}`, { headers: { "accept-encoding": "br" } });
      expect(asset.status).toBe(200);
      expect(asset.headers.get("content-encoding")).toBe("br");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 60_000);
});

describe("the dialogue CLI", () => {
  const cli = (args: string[], dataDir: string) =>
    run(process.execPath, ["bin/dialogue.js", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "silent" },
    });

  it("describes its commands with --help", async () => {
    const { stdout } = await cli(["--help"], tmp());
    for (const cmd of ["serve", "migrate", "seed"]) expect(stdout).toContain(cmd);
    const seed = await cli(["seed", "--help"], tmp());
    expect(seed.stdout).toContain("--demo");
  });

  it("migrates, and loads the demo data once", async () => {
    const dir = tmp();
    expect((await cli(["migrate"], dir)).stdout).toContain("Applied: 001_domain");
    expect((await cli(["migrate"], dir)).stdout).toContain("up to date");
    expect((await cli(["seed", "--demo"], dir)).stdout).toContain("Demo data loaded");
    expect((await cli(["seed", "--demo"], dir)).stdout).toContain("already present");
  });
});
