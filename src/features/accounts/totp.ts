import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { hashSecret } from "../../auth/tokens.ts";

const ISSUER = "Dialogue";
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A new TOTP secret (160 bits), base32 as authenticator apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: 6,
    period: 30,
  });
}

/** The otpauth:// URI an authenticator app scans. */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The secret grouped by four for typing it by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/**
 * The 30-second time step a 6-digit code belongs to (one step of clock drift either way), or null when the
 * code is not valid now. Callers claim the step (`claimTotpStep`) so that each code works only once.
 */
export function totpStep(secret: string, code: string): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  try {
    const delta = totp(secret, "x").validate({ token, window: 1 });
    return delta === null ? null : Math.floor(Date.now() / 30_000) + delta;
  } catch {
    return null;
  }
}

/** A recovery code as typed, normalized: lower case, no spaces or dashes. */
export function normalRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, "");
}

/** True when the input looks like a recovery code rather than a 6-digit TOTP code. */
export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{16}$/.test(normalRecoveryCode(code));
}

/** The stored form of a recovery code. */
export function hashRecoveryCode(code: string): string {
  return hashSecret(`recovery:${normalRecoveryCode(code)}`);
}

/** Ten new recovery codes (80 bits each, shown once as xxxx-xxxx-xxxx-xxxx) and their hashes. */
export function newRecoveryCodes(n = 10): { codes: string[]; hashes: string[] } {
  const codes: string[] = [];
  for (let i = 0; i < n; i++) {
    const bytes = randomBytes(16);
    const raw = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
    codes.push(raw.replace(/(.{4})(?=.)/g, "$1-"));
  }
  return { codes, hashes: codes.map(hashRecoveryCode) };
}
