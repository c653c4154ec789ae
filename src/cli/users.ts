import type { Command } from "commander";
import type { Config } from "../config.ts";
import { openDatabase } from "../db/connection.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { CliInputError, createAdmin, userTable } from "../features/admin/cli.service.ts";
import { isLocale, LOCALES } from "../i18n/locales.ts";

const HEADERS = ["id", "email", "name", "roles", "confirmed", "disabled", "2fa"];

/** Lays rows out as a plain text table with aligned columns. */
export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** Adds `create-admin` and `users list` to the CLI. */
export function registerUserCommands(program: Command, config: () => Config): void {
  program
    .command("create-admin")
    .description(
      "Create an admin (or make an existing user one) and print a one-time link (24 h) to set her password and second factor.",
    )
    .requiredOption("--email <email>", "her e-mail address")
    .option("--name <name>", "her name (default: the part of the address before @)")
    .option("--locale <locale>", `the language of the setup page (${LOCALES.join(", ")})`, "en")
    .action(async (opts: { email: string; name?: string; locale: string }) => {
      if (!isLocale(opts.locale)) {
        console.error(`Unknown locale "${opts.locale}"; use one of: ${LOCALES.join(", ")}`);
        process.exit(2);
      }
      const c = config();
      const d = openDatabase({ url: c.DATABASE_URL, dataDir: c.dataDir });
      try {
        await migrateToLatest(d.db);
        const { link, created } = await createAdmin(d.db, c.baseUrl, {
          email: opts.email,
          name: opts.name,
          locale: opts.locale,
        });
        console.log(
          created
            ? `Admin created: ${opts.email.toLowerCase()}`
            : `Admin role given to: ${opts.email.toLowerCase()}`,
        );
        console.log("Open this one-time link within 24 hours to set the password and the second factor:");
        console.log(link);
      } catch (e) {
        if (!(e instanceof CliInputError)) throw e;
        console.error(e.message);
        process.exitCode = 2;
      } finally {
        await d.close();
      }
    });

  const users = program.command("users").description("Look after user accounts.");
  users
    .command("list")
    .description("List every user: id, e-mail, name, roles with their scopes, confirmed, disabled, 2FA.")
    .action(async () => {
      const c = config();
      const d = openDatabase({ url: c.DATABASE_URL, dataDir: c.dataDir });
      try {
        await migrateToLatest(d.db);
        console.log(formatTable(HEADERS, await userTable(d.db)));
      } finally {
        await d.close();
      }
    });
}
