import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

/** argon2id with OWASP's minimum: 19 MiB memory, 2 iterations, 1 lane. */
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

let common: Set<string> | undefined;
/** The common-password list (zxcvbn-ts), only the entries long enough to pass the length rule. */
function commonPasswords(): Set<string> {
  if (!common) {
    const list = (dictionary as Record<string, string[]>)["passwords-common"] ?? [];
    common = new Set(list.filter((p) => p.length >= PASSWORD_MIN).map((p) => p.toLowerCase()));
  }
  return common;
}

/**
 * Checks a new password against the policy: 8–128 characters, no composition rules, not a common
 * password. Returns the i18n key of the problem, or null when the password is acceptable.
 */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "auth.password.tooShort";
  if (length > PASSWORD_MAX) return "auth.password.tooLong";
  if (commonPasswords().has(password.toLowerCase())) return "auth.password.common";
  return null;
}

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** A hash of a random password, verified against when the account does not exist (equal timing). */
let dummy: Promise<string> | undefined;

/** Verifies a password; with no hash, spends the same time and answers false. */
export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!passwordHash) {
    dummy ??= hashPassword("no-such-account-placeholder");
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
