import type { RoleName } from "../db/types.ts";
import { type CurrentUser, type Grant, secondFactorPending } from "./current-user.ts";

/**
 * Who may do what. Every permission is a call to `can(user, action, subject)`; it is deny by default,
 * and an action that no policy for that subject decides throws UndecidedPolicyError (an error, never an allow).
 * Admins may do everything (their grant is only in force once the session passed the second factor).
 */

/** Content that belongs to a chairmanship year: its secretariat edits it while the year is not handed over. */
export type YearKind =
  | "chairmanship"
  | "event"
  | "session"
  | "participation"
  | "statement"
  | "plan"
  | "plan_item"
  | "block"
  | "project"
  | "call"
  | "news"
  | "document";
/** Content of a country: its focal point edits it, as does any secretariat in office. */
export type CountryKind = "person" | "organization" | "position";
/** Shared reference content: every secretariat in office may edit it. */
export type GlobalKind = "topic" | "indicator" | "observation";

export type Subject =
  | { type: "year"; kind: YearKind; year: number | null; published: boolean; deleted: boolean }
  | { type: "country"; kind: CountryKind; country: string | null; published: boolean; deleted: boolean }
  | { type: "global"; kind: GlobalKind; published: boolean; deleted: boolean }
  /** A progress update on an action-plan item: the year's secretariat (even after handover) and the responsible countries' focal points. */
  | { type: "plan_update"; year: number; countries: string[]; published?: boolean; deleted?: boolean }
  /** A member's own profile (a person record linked to her account). */
  | { type: "profile"; personId: number | null }
  | { type: "users" }
  /** Inviting someone into a role (a secretariat invites secretariat staff for her own year only). */
  | { type: "invitation"; role: RoleName; year: number | null }
  | { type: "audit" }
  | { type: "handover"; year: number; handedOver: boolean }
  | { type: "submission"; callId: number };

export type Action =
  | "read"
  | "create"
  | "update"
  | "delete"
  | "restore"
  | "publish"
  | "list"
  | "invite"
  | "manage";

/** Raised when code asks a question no policy answers: a programming error, never an allow. */
export class UndecidedPolicyError extends Error {
  constructor(action: string, subject: string) {
    super(`No policy decides "${action}" on "${subject}"`);
  }
}

type Rule = (user: CurrentUser | null, subject: never) => boolean;
type Rules = {
  [S in Subject["type"]]: Partial<
    Record<Action, (user: CurrentUser | null, subject: Extract<Subject, { type: S }>) => boolean>
  >;
};

const grants = (u: CurrentUser | null, role: Grant["role"]) =>
  (u?.grants ?? []).filter((g) => g.role === role);
/** A secretariat in office: of a year not yet handed over. */
const secretariatInOffice = (u: CurrentUser | null) => grants(u, "secretariat").some((g) => g.active);
/** The secretariat of that year, in office. */
const secretariatOf = (u: CurrentUser | null, year: number | null) =>
  year === null ? secretariatInOffice(u) : grants(u, "secretariat").some((g) => g.active && g.year === year);
const focalPointOf = (u: CurrentUser | null, country: string | null) =>
  country !== null && grants(u, "focal_point").some((g) => g.country === country);
const staff = (u: CurrentUser | null) =>
  grants(u, "secretariat").length > 0 || grants(u, "focal_point").length > 0;

/** Who reports progress on an item: the year's secretariat (even after handover), the responsible focal points. */
const reporterOf = (u: CurrentUser | null, s: { year: number; countries: string[] }) =>
  grants(u, "secretariat").some((g) => g.year === s.year) || s.countries.some((c) => focalPointOf(u, c));

/** Published, not deleted content is public; drafts are for staff; deleted rows only for admins. */
const readContent = (u: CurrentUser | null, s: { published: boolean; deleted: boolean }) =>
  !s.deleted && (s.published || staff(u));

const RULES: Rules = {
  year: {
    read: (u, s) => readContent(u, s),
    list: (u) => staff(u),
    create: (u, s) => secretariatOf(u, s.year),
    update: (u, s) => !s.deleted && secretariatOf(u, s.year),
    publish: (u, s) => !s.deleted && secretariatOf(u, s.year),
    delete: (u, s) => !s.deleted && secretariatOf(u, s.year),
    restore: () => false,
  },
  country: {
    read: (u, s) => readContent(u, s),
    list: (u) => staff(u),
    create: (u, s) => secretariatInOffice(u) || focalPointOf(u, s.country),
    update: (u, s) => !s.deleted && (secretariatInOffice(u) || focalPointOf(u, s.country)),
    publish: (u, s) => !s.deleted && (secretariatInOffice(u) || focalPointOf(u, s.country)),
    delete: (u, s) => !s.deleted && (secretariatInOffice(u) || focalPointOf(u, s.country)),
    restore: () => false,
  },
  global: {
    read: (u, s) => readContent(u, s),
    list: (u) => staff(u),
    create: (u) => secretariatInOffice(u),
    update: (u, s) => !s.deleted && secretariatInOffice(u),
    publish: (u, s) => !s.deleted && secretariatInOffice(u),
    delete: (u, s) => !s.deleted && secretariatInOffice(u),
    restore: () => false,
  },
  plan_update: {
    create: (u, s) => reporterOf(u, s),
    read: (u, s) => readContent(u, { published: s.published ?? true, deleted: s.deleted ?? false }),
    list: (u) => staff(u),
    update: (u, s) => !s.deleted && reporterOf(u, s),
    publish: (u, s) => !s.deleted && reporterOf(u, s),
    delete: (u, s) => !s.deleted && reporterOf(u, s),
    restore: () => false,
  },
  profile: {
    create: (u) => !!u && !secondFactorPending(u) && u.personId === null,
    update: (u, s) => !!u && !secondFactorPending(u) && s.personId !== null && u.personId === s.personId,
  },
  users: {
    invite: (u) => secretariatInOffice(u),
    manage: () => false,
    list: () => false,
  },
  invitation: {
    create: (u, s) =>
      secretariatInOffice(u) &&
      (s.role === "secretariat"
        ? s.year !== null && secretariatOf(u, s.year)
        : s.role === "member" || s.role === "focal_point" || s.role === "reviewer"),
  },
  audit: { list: () => false },
  handover: { update: (u, s) => !s.handedOver && secretariatOf(u, s.year) },
  submission: { update: (u, s) => grants(u, "reviewer").some((g) => g.callId === s.callId) },
};

/** Decides whether a user (null for a visitor) may do an action on a subject. Deny by default. */
export function can(user: CurrentUser | null, action: Action, subject: Subject): boolean {
  const rule = (RULES[subject.type] as Partial<Record<Action, Rule>>)[action];
  if (!rule) throw new UndecidedPolicyError(action, subject.type);
  if (user?.grants.some((g) => g.role === "admin")) return true;
  return rule(user, subject as never);
}
