import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { noteChange } from "../cache/write-tags.ts";
import type { DB } from "../db/types.ts";
import { insertAudit } from "./audit.repo.ts";

/** Fields never written to the log, whatever the entity. */
const SECRET_FIELDS = new Set(["password_hash", "totp_secret", "code_hash", "password", "_csrf", "token"]);

export interface AuditEntry {
  action: string;
  entity?: string | null;
  entityId?: number | null;
  outcome?: "success" | "failure" | "denied";
  before?: unknown;
  after?: unknown;
}

/** Who did it and from where, from a request (or nobody: the CLI passes null). */
export interface AuditActor {
  userId: number | null;
  email: string | null;
  ip: string | null;
}

/** The actor of a request: the signed-in user, or an anonymous visitor with her IP. */
export function actorOf(req: FastifyRequest): AuditActor {
  return { userId: req.user?.id ?? null, email: req.user?.email ?? null, ip: req.ip ?? null };
}

/**
 * Appends an entry to the audit log, with secrets removed from the before/after snapshots. Time is UTC.
 * Every change goes through here, so a successful change is also where cached pages learn what it touched.
 */
export async function recordAudit(db: Kysely<DB>, actor: AuditActor, e: AuditEntry): Promise<void> {
  if ((e.outcome ?? "success") === "success" && (e.before !== undefined || e.after !== undefined)) {
    await noteChange(db, e.entity, e.entityId, e.before, e.after);
  }
  await insertAudit(db, {
    at: new Date().toISOString(),
    actor_user_id: actor.userId,
    actor_email: actor.email?.toLowerCase() ?? null,
    action: e.action,
    entity: e.entity ?? null,
    entity_id: e.entityId ?? null,
    outcome: e.outcome ?? "success",
    before_json: snapshot(e.before),
    after_json: snapshot(e.after),
    ip: actor.ip,
  });
}

function snapshot(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (k, v: unknown) => (SECRET_FIELDS.has(k) ? "[redacted]" : v));
}
