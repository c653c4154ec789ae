import { loose } from "./targets.repo.ts";
import type { HookContext } from "./types.ts";

/**
 * Changes some columns of another row inside a write's transaction, with its own audit entry (before and
 * after). Used when a progress update moves its item's state and progress.
 */
export async function recordAuditRowChange(
  ctx: HookContext,
  table: string,
  entity: string,
  id: number,
  changes: Record<string, unknown>,
): Promise<void> {
  const db = loose(ctx.trx);
  const before = await db.selectFrom(table).selectAll().where("id", "=", id).executeTakeFirst();
  if (!before) return;
  await db
    .updateTable(table)
    .set({ ...changes, ...("updated_at" in before ? { updated_at: new Date().toISOString() } : {}) })
    .where("id", "=", id)
    .execute();
  const after = await db.selectFrom(table).selectAll().where("id", "=", id).executeTakeFirst();
  await ctx.audit({ action: "update", entity, entityId: id, before: { row: before }, after: { row: after } });
}
