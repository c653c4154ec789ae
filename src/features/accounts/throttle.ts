import type { Kysely } from "kysely";
import { hashSecret } from "../../auth/tokens.ts";
import type { DB } from "../../db/types.ts";
import { bumpThrottle, clearThrottle, readThrottle } from "./accounts.repo.ts";

const MINUTE = 60_000;

/** Every throttle, in one place: how many attempts in which window. */
export const LIMITS = {
  /** Wrong passwords for one e-mail address (known or not). */
  signInAccount: { max: 5, windowMs: 15 * MINUTE },
  /** Wrong passwords from one IP address, whatever the account. */
  signInIp: { max: 20, windowMs: 15 * MINUTE },
  /** Wrong second-factor codes for one user. */
  secondFactor: { max: 5, windowMs: 15 * MINUTE },
  /** Mails (confirmation, reset) sent to one address; beyond it, nothing is sent (the answer stays the same). */
  mailPerAddress: { max: 5, windowMs: 60 * MINUTE },
  /** Sign-up, reset and resend forms posted from one IP address. */
  formsPerIp: { max: 30, windowMs: 15 * MINUTE },
} as const;

export type LimitName = keyof typeof LIMITS;

/** The throttle key of a subject (an e-mail, an IP, a user id): hashed, so no address is stored in clear. */
export function throttleKey(limit: LimitName, subject: string | number): string {
  return `${limit}:${hashSecret(String(subject).toLowerCase())}`;
}

/**
 * Seconds to wait before trying again when any of the given limits is used up, else 0.
 * Reading never counts an attempt.
 */
export async function retryAfter(db: Kysely<DB>, checks: [LimitName, string | number][]): Promise<number> {
  let wait = 0;
  const now = Date.now();
  for (const [limit, subject] of checks) {
    const { max, windowMs } = LIMITS[limit];
    const row = await readThrottle(db, throttleKey(limit, subject));
    if (!row) continue;
    const ends = Date.parse(row.window_start) + windowMs;
    if (ends > now && row.count >= max) wait = Math.max(wait, Math.ceil((ends - now) / 1000));
  }
  return wait;
}

/** Counts one attempt against each given limit. */
export async function countAttempt(db: Kysely<DB>, checks: [LimitName, string | number][]): Promise<void> {
  for (const [limit, subject] of checks) {
    const now = Date.now();
    await bumpThrottle(
      db,
      throttleKey(limit, subject),
      new Date(now).toISOString(),
      new Date(now - LIMITS[limit].windowMs).toISOString(),
    );
  }
}

/** Forgets the attempts counted against a limit (after a success). */
export async function clearAttempts(
  db: Kysely<DB>,
  limit: LimitName,
  subject: string | number,
): Promise<void> {
  await clearThrottle(db, throttleKey(limit, subject));
}

/**
 * Counts one use of a limited resource and says whether it was still allowed (true) or over the limit.
 */
export async function spend(db: Kysely<DB>, limit: LimitName, subject: string | number): Promise<boolean> {
  if ((await retryAfter(db, [[limit, subject]])) > 0) return false;
  await countAttempt(db, [[limit, subject]]);
  return true;
}
