import { type ChildProcess, fork, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, "..", "..");

/** A server process under test. */
export interface Server {
  port: number;
  pid: number;
  /** Resident memory of the process now (bytes), from /proc. */
  rss(): number;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}

/** Polls /readyz until it answers 200; the milliseconds since `started`. */
export async function waitReady(port: number, child: ChildProcess, started: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Options of an app process: its data folder, and whether the render cache is on. */
export interface AppOptions {
  dataDir: string;
  cache: boolean;
  seed?: boolean;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

/**
 * Starts the built server (dist/server.js, what `npm start` runs) on a free port with its own data
 * folder; resolves once /readyz answers 200, with the time that took.
 */
export async function startApp(o: AppOptions): Promise<Server & { readyMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), path.join(ROOT, "dist", "server.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: o.dataDir,
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
      RENDER_CACHE: o.cache ? "on" : "off",
      SEED_DEMO: o.seed === false ? "never" : "auto",
      // As `npm start` sets it: two glibc malloc arenas instead of one per thread (about 25 MB less RSS).
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const readyMs = await waitReady(port, child, started);
  return { port, pid: child.pid ?? 0, readyMs, rss: () => rssOf(child.pid ?? 0), stop: stopper(child) };
}

/** Starts the bare node:http baseline (bare-server.mjs) in its own process. */
export async function startBare(): Promise<Server> {
  const port = await freePort();
  const child = fork(path.join(HERE, "bare-server.mjs"), [String(port)], { execArgv: [], stdio: "inherit" });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return { port, pid: child.pid ?? 0, rss: () => rssOf(child.pid ?? 0), stop: stopper(child) };
}

/** The compression ceiling (compress-server.ts) in its own process, with `hold` to hand it a page's body. */
export async function startCompressOnly(): Promise<
  Server & { hold(key: string, body: Buffer): Promise<void> }
> {
  const port = await freePort();
  const child = fork(path.join(HERE, "compress-server.ts"), [String(port)], {
    execArgv: ["--import", "tsx"],
    stdio: "inherit",
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`compress-only server exited with ${code}`)));
  });
  const hold = (key: string, body: Buffer) =>
    new Promise<void>((resolve) => {
      const held = (m: { key?: string }) => {
        if (m.key !== key) return;
        child.off("message", held);
        resolve();
      };
      child.on("message", held);
      child.send({ key, body: body.toString("base64") });
    });
  return { port, pid: child.pid ?? 0, hold, rss: () => rssOf(child.pid ?? 0), stop: stopper(child) };
}
