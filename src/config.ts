import path from "node:path";
import { z } from "zod";

/** Every setting the server reads, validated once at start. Documented in README.md. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .refine((v) => v === "" || /^(postgres|postgresql|sqlite):/.test(v), {
      message: "must start with postgres://, postgresql:// or sqlite:",
    })
    .default(""),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_URL: z.url().optional(),
  SEED_DEMO: z.enum(["auto", "never"]).default("auto"),
  RENDER_CACHE: z.enum(["on", "off"]).default("on"),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), { message: "must start with smtp:// or smtps://" })
    .optional(),
  MAIL_FROM: z.string().min(3).default("Dialogue <no-reply@dialogue.local>"),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
});

export type Config = z.infer<typeof ConfigSchema> & {
  dataDir: string;
  /** Cookies get `Secure` and the `__Host-` prefix when the public URL is HTTPS. */
  secureCookies: boolean;
  /** The base URL that links in mails point to. */
  baseUrl: string;
};

/** A configuration problem: the process stops and prints every one of them. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Reads and validates the configuration from an environment; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(Object.keys(ConfigSchema.shape).map((k) => [k, emptyToUndefined(env[k])]));
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const d = parsed.data;
  const baseUrl = (d.PUBLIC_URL ?? `http://${d.HOST === "0.0.0.0" ? "127.0.0.1" : d.HOST}:${d.PORT}`).replace(
    /\/$/,
    "",
  );
  return { ...d, dataDir: path.resolve(d.DATA_DIR), secureCookies: baseUrl.startsWith("https://"), baseUrl };
}

function emptyToUndefined(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === "" ? undefined : v;
}
