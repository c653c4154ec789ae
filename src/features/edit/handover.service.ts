import { actorOf, recordAudit } from "../../audit/audit.service.ts";
import { authorize } from "../../auth/auth.plugin.ts";
import { NotFoundError } from "../../errors.ts";
import type { EditEnv } from "./engine/service.ts";
import { findChairmanship, markHandedOver } from "./handover.repo.ts";

/**
 * Hands a chairmanship year over to the next chair: that year's secretariat (or an admin) sets
 * `handed_over_at`. From then on the outgoing secretariat can no longer edit the year's content, but it can
 * still report progress on its plan; the next year's secretariat edits its own year.
 */
export async function handOver(env: EditEnv, id: number): Promise<void> {
  const { db } = env.database;
  const row = await findChairmanship(db, id);
  if (!row) throw new NotFoundError("chairmanship");
  const subject = { type: "handover" as const, year: row.year, handedOver: row.handed_over_at !== null };
  await authorize(env.req, env.database, "update", subject, { name: "chairmanship", id });
  if (row.handed_over_at !== null) return;
  await db.transaction().execute(async (trx) => {
    await markHandedOver(trx, id, new Date().toISOString());
    const after = await findChairmanship(trx, id);
    await recordAudit(trx, actorOf(env.req), {
      action: "handover",
      entity: "chairmanship",
      entityId: id,
      before: { row },
      after: { row: after },
    });
  });
}
