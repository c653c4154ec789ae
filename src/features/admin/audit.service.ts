import type { Kysely } from "kysely";
import { listAudit } from "../../audit/audit.repo.ts";
import type { DB } from "../../db/types.ts";
import { offsetOf, type Page } from "../../http/list.ts";
import type { AuditItem, AuditQuery } from "./audit.schema.ts";

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

/** The day after an ISO date (the `to` filter includes its whole day). */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
}

/** One page of the audit log, newest first, filtered. */
export async function auditPage(db: Kysely<DB>, q: AuditQuery): Promise<Page<AuditItem>> {
  const { rows, total } = await listAudit(
    db,
    {
      actor: q.actor,
      action: q.action,
      entity: q.entity,
      outcome: q.outcome,
      from: q.from ? new Date(`${q.from}T00:00:00Z`).toISOString() : undefined,
      to: q.to ? nextDay(q.to) : undefined,
    },
    q.pageSize,
    offsetOf(q),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorUserId: r.actor_user_id,
      actorEmail: r.actor_email,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      outcome: r.outcome,
      before: parse(r.before_json),
      after: parse(r.after_json),
      ip: r.ip,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
