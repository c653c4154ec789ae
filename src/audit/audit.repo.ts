import type { Insertable, Kysely } from "kysely";
import type { AuditLogTable, DB } from "../db/types.ts";

/** Appends one entry. The log is append-only: there is no update or delete here, and triggers refuse them. */
export async function insertAudit(db: Kysely<DB>, entry: Insertable<AuditLogTable>): Promise<void> {
  await db.insertInto("audit_log").values(entry).execute();
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: number;
  outcome?: "success" | "failure" | "denied";
  from?: string;
  to?: string;
}

/** One page of the log, newest first, filtered. */
export async function listAudit(db: Kysely<DB>, f: AuditFilter, limit: number, offset: number) {
  let q = db.selectFrom("audit_log");
  if (f.actor) q = q.where("actor_email", "=", f.actor.toLowerCase());
  if (f.action) q = q.where("action", "=", f.action);
  if (f.entity) q = q.where("entity", "=", f.entity);
  if (f.entityId !== undefined) q = q.where("entity_id", "=", f.entityId);
  if (f.outcome) q = q.where("outcome", "=", f.outcome);
  if (f.from) q = q.where("at", ">=", f.from);
  if (f.to) q = q.where("at", "<", f.to);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy("at", "desc").orderBy("id", "desc").limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
