import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Secret, TOTP } from "otpauth";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/connection.ts";
import { Browser } from "../src/features/accounts/testkit.ts";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "dialogue-cli-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const cli = (args: string[], dataDir: string) =>
  run(process.execPath, ["bin/dialogue.js", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "silent", PUBLIC_URL: "" },
  });

describe("dialogue create-admin and users list", () => {
  it("describe themselves with --help", async () => {
    const dir = tmp();
    const top = await cli(["--help"], dir);
    expect(top.stdout).toContain("create-admin");
    expect(top.stdout).toContain("users");
    const create = await cli(["create-admin", "--help"], dir);
    for (const opt of ["--email", "--name", "--locale"]) expect(create.stdout).toContain(opt);
    const list = await cli(["users", "list", "--help"], dir);
    expect(list.stdout).toContain("List every user");
  });

  it("creates an admin with a one-time setup link where she sets her password and enrols TOTP", async () => {
    const dir = tmp();
    const out = await cli(
      ["create-admin", "--email", "Ops@Example.org", "--name", "Operator", "--locale", "ru"],
      dir,
    );
    expect(out.stdout).toContain("Admin created: ops@example.org");
    const link = /http:\/\/127\.0\.0\.1:3000(\/ru\/setup\/[\w-]+)/.exec(out.stdout)?.[1];
    expect(link).toBeTruthy();

    const before = await cli(["users", "list"], dir);
    const row = before.stdout.split("\n").find((l) => l.includes("ops@example.org")) ?? "";
    expect(before.stdout.split("\n")[0]).toMatch(/^id\s+email\s+name\s+roles\s+confirmed\s+disabled\s+2fa$/);
    expect(row).toMatch(/^1\s+ops@example\.org\s+Operator\s+admin\s+no\s+no\s+no$/);

    // Follow the link in the app, over the same database.
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: "silent" });
    const database = openDatabase({ url: "", dataDir: config.dataDir });
    const app = await buildApp({ config, database, logger: false });
    try {
      const b = new Browser(app, "10.8.0.1");
      const form = await b.get(link ?? "");
      expect(form.status).toBe(200);
      expect(form.text).toContain("ops@example.org");
      const set = await b.post(link ?? "", {
        password: "a long admin passphrase",
        password2: "a long admin passphrase",
      });
      expect(set.location).toBe("/ru/account/security");
      expect((await b.get(link ?? "")).status).toBe(404);
      await b.get("/ru/account/security");
      await b.post("/ru/account/security/totp/start", {});
      const key =
        /<code id="totp-key">([A-Z2-7 ]+)<\/code>/.exec((await b.get("/ru/account/security")).html)?.[1] ??
        "";
      const done = await b.post("/ru/account/security/totp/confirm", {
        code: TOTP.generate({ secret: Secret.fromBase32(key.replace(/ /g, "")) }),
      });
      expect(done.status).toBe(200);
      expect((await b.get("/ru/admin/audit")).status).toBe(200);
    } finally {
      await app.close();
      await database.close();
    }

    const after = await cli(["users", "list"], dir);
    expect(after.stdout.split("\n").find((l) => l.includes("ops@example.org"))).toMatch(
      /admin\s+yes\s+no\s+yes$/,
    );
  });

  it("upgrades an existing user and refuses a bad address", async () => {
    const dir = tmp();
    await cli(["create-admin", "--email", "first@example.org"], dir);
    const again = await cli(["create-admin", "--email", "first@example.org"], dir);
    expect(again.stdout).toContain("Admin role given to: first@example.org");
    const list = await cli(["users", "list"], dir);
    expect(list.stdout.split("\n").filter((l) => l.includes("first@example.org"))).toHaveLength(1);
    const bad = await cli(["create-admin", "--email", "not-an-address"], dir).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((bad as { code: number }).code).toBe(2);
    expect((bad as { stderr: string }).stderr).toContain("Not an e-mail address");
  });
});
