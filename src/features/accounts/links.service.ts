import type { Kysely } from "kysely";
import { hashSecret, newSecret, nowIso } from "../../auth/tokens.ts";
import type { DB, RoleName, TokenKind } from "../../db/types.ts";
import { findLiveToken, insertToken, retireTokens, useToken } from "./accounts.repo.ts";

const HOUR = 3_600_000;

/** How long each kind of one-time link lives. */
export const LINK_TTL_MS: Record<TokenKind, number> = {
  confirm: 24 * HOUR,
  reset: 1 * HOUR,
  invite: 7 * 24 * HOUR,
  setup: 24 * HOUR,
};

/** What an invitation carries: the role to grant, its scope, the mail's language and who sent it. */
export interface InviteData {
  role: RoleName;
  country: string | null;
  year: number | null;
  callId: number | null;
  locale: string;
  invitedBy: number | null;
}

/** A live link as the services see it. */
export interface LiveLink {
  id: string;
  kind: TokenKind;
  userId: number | null;
  email: string;
  data: string | null;
}

/** The URL path of a link of each kind (the secret goes in it; only its hash is stored). */
export function linkPath(kind: TokenKind, locale: string, secret: string): string {
  const s = encodeURIComponent(secret);
  if (kind === "confirm") return `/${locale}/confirm?token=${s}`;
  if (kind === "reset") return `/${locale}/password-reset/${s}`;
  if (kind === "invite") return `/${locale}/invitation/${s}`;
  return `/${locale}/setup/${s}`;
}

/**
 * Issues a one-time link and returns its secret. Reset and setup links replace any earlier live one
 * for the same address.
 */
export async function issueLink(
  db: Kysely<DB>,
  o: { kind: TokenKind; email: string; userId: number | null; data?: unknown },
): Promise<string> {
  const at = nowIso();
  if (o.kind === "reset" || o.kind === "setup") await retireTokens(db, o.kind, o.email, at);
  const secret = newSecret();
  await insertToken(db, {
    id: hashSecret(secret),
    kind: o.kind,
    userId: o.userId,
    email: o.email,
    data: o.data === undefined ? null : JSON.stringify(o.data),
    at,
    expiresAt: nowIso(LINK_TTL_MS[o.kind]),
  });
  return secret;
}

/** The live (unused, unexpired) link a secret names, or null. Reading never uses it up. */
export async function findLink(db: Kysely<DB>, kind: TokenKind, secret: string): Promise<LiveLink | null> {
  if (!secret || secret.length > 100) return null;
  const row = await findLiveToken(db, kind, hashSecret(secret), nowIso());
  return row ? { id: row.id, kind: row.kind, userId: row.user_id, email: row.email, data: row.data } : null;
}

/** Uses a link up; returns it when this call was the one that used it, else null (single use). */
export async function consumeLink(db: Kysely<DB>, kind: TokenKind, secret: string): Promise<LiveLink | null> {
  const link = await findLink(db, kind, secret);
  if (!link) return null;
  return (await useToken(db, kind, link.id, nowIso())) ? link : null;
}

/** Reads an invitation's data; null when it is not well formed. */
export function inviteData(link: Pick<LiveLink, "data">): InviteData | null {
  try {
    const d = JSON.parse(link.data ?? "null") as Partial<InviteData> | null;
    if (!d || typeof d.role !== "string") return null;
    return {
      role: d.role,
      country: d.country ?? null,
      year: d.year ?? null,
      callId: d.callId ?? null,
      locale: d.locale ?? "ru",
      invitedBy: d.invitedBy ?? null,
    };
  } catch {
    return null;
  }
}
