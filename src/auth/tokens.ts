import { createHash, randomBytes } from "node:crypto";

/** A random, URL-safe secret of 160 bits (what the user holds: a cookie value or a link's token). */
export function newSecret(): string {
  return randomBytes(20).toString("base64url");
}

/** The stored form of a secret: its SHA-256, so a database leak does not leak live sessions or links. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The current time as ISO 8601 UTC; `plusMs` shifts it. */
export function nowIso(plusMs = 0): string {
  return new Date(Date.now() + plusMs).toISOString();
}
