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
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
});

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string };

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
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
}

function emptyToUndefined(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === "" ? undefined : v;
}
