import type { RoleName } from "../db/types.ts";

/** One role a user holds, with its scope: a country (focal point), a year (secretariat) or a call (reviewer). */
export interface Grant {
  role: RoleName;
  country: string | null;
  year: number | null;
  callId: number | null;
  /** Secretariat only: false once that year's chairmanship has been handed over. Always true for other roles. */
  active: boolean;
}

/** The signed-in user, as policies and views see her. */
export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  locale: string;
  personId: number | null;
  /** The grants in force: privileged ones (secretariat, admin) only once the session passed the second factor. */
  grants: Grant[];
  /** Every grant she holds, whether or not the session passed the second factor. */
  allGrants: Grant[];
  secondFactor: boolean;
  totpEnabled: boolean;
  sessionId: string;
}

export const PRIVILEGED: readonly RoleName[] = ["secretariat", "admin"];

/** True when she holds a role that needs a second factor. */
export function needsSecondFactor(grants: readonly Grant[]): boolean {
  return grants.some((g) => PRIVILEGED.includes(g.role));
}

/**
 * True while a session still owes its second factor: she has TOTP enabled, or holds a privileged role, and
 * has not passed it yet. Such a session has no grants in force (see loadSession).
 */
export function secondFactorPending(
  user: Pick<CurrentUser, "secondFactor" | "totpEnabled" | "allGrants"> | null,
): boolean {
  return !!user && !user.secondFactor && (user.totpEnabled || needsSecondFactor(user.allGrants));
}

/** True when a grant of this role (optionally matching a predicate) is in force. */
export function hasRole(
  user: CurrentUser | null,
  role: RoleName,
  match: (g: Grant) => boolean = () => true,
): boolean {
  return !!user?.grants.some((g) => g.role === role && match(g));
}
