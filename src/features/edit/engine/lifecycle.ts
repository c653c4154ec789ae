import type { Kysely } from "kysely";
import { actorOf, recordAudit } from "../../../audit/audit.service.ts";
import { saveTranslations } from "../../../db/translations.ts";
import type { DB } from "../../../db/types.ts";
import { AppError, NotFoundError } from "../../../errors.ts";
import { reindexEntity } from "../../search/search.indexer.ts";
import { deletedSnapshot } from "./list.repo.ts";
import {
  findRow,
  hardDelete,
  reinsertRow,
  replaceJoins,
  replaceLinks,
  setDeleted,
  snapshotOf,
} from "./repo.ts";
import { authorizeRow, type EditEnv, isConstraintError, metaOf, requireSnapshot } from "./service.ts";
import { existingKeys } from "./targets.repo.ts";
import type { ResourceDef } from "./types.ts";

/** 409: the write clashes with the data as it is now (e.g. restoring a row whose parent is gone). */
export class EditConflictError extends AppError {
  constructor() {
    super(409, "conflict", "conflict");
  }
}

async function run(env: EditEnv, work: (trx: Kysely<DB>) => Promise<void>): Promise<void> {
  try {
    await env.database.db.transaction().execute(work);
  } catch (e) {
    if (isConstraintError(e)) throw new EditConflictError();
    throw e;
  }
}

/**
 * Deletes a row after the policy allows it: content is soft-deleted (`deleted_at`, hidden from public
 * pages); other rows are removed, with a full snapshot in the audit log so an admin can restore them.
 */
export async function deleteRowById(env: EditEnv, def: ResourceDef, id: number): Promise<void> {
  const { db } = env.database;
  const before = await requireSnapshot(db, def, id);
  const meta = metaOf(def, before.row);
  await authorizeRow(env, def, "delete", before.row, meta, id);
  if (meta.deleted) return;
  await run(env, async (trx) => {
    if (def.content) await setDeleted(trx, def, id, new Date().toISOString());
    else await hardDelete(trx, def, id);
    await reindexEntity(trx, def.target, id, before.row);
    const after = def.content ? await snapshotOf(trx, def, id) : null;
    await recordAudit(trx, actorOf(env.req), {
      action: "delete",
      entity: def.target,
      entityId: id,
      before,
      after,
    });
  });
}

/**
 * Restores a deleted row (the policy allows it to admins only): content gets `deleted_at` cleared; a
 * removed row is re-inserted from its delete snapshot, with its texts and the links whose targets remain.
 */
export async function restoreRowById(env: EditEnv, def: ResourceDef, id: number): Promise<void> {
  const { db } = env.database;
  const current = await findRow(db, def, id);
  if (current || def.content) {
    if (!current) throw new NotFoundError(def.target);
    const meta = metaOf(def, current);
    await authorizeRow(env, def, "restore", current, meta, id);
    if (!meta.deleted) return;
    const before = await snapshotOf(db, def, id);
    await run(env, async (trx) => {
      await setDeleted(trx, def, id, null);
      await reindexEntity(trx, def.target, id);
      const after = await snapshotOf(trx, def, id);
      await recordAudit(trx, actorOf(env.req), {
        action: "restore",
        entity: def.target,
        entityId: id,
        before,
        after,
      });
    });
    return;
  }
  const snap = await deletedSnapshot(db, def.target, id);
  if (!snap) throw new NotFoundError(def.target);
  await authorizeRow(env, def, "restore", snap.row, { published: true, deleted: true }, id);
  const joins: Record<string, (string | number)[]> = {};
  for (const f of def.fields) {
    if (f.kind !== "multi") continue;
    const list = snap.joins[f.name] ?? [];
    const alive = await existingKeys(db, f.target, list);
    joins[f.name] = list.filter((k) => alive.has(String(k)));
  }
  await run(env, async (trx) => {
    await reinsertRow(trx, def, snap.row);
    if (def.entity) await saveTranslations(trx, def.entity, id, snap.translations);
    await replaceJoins(trx, def, id, joins);
    await replaceLinks(trx, def, id, snap.links);
    await reindexEntity(trx, def.target, id);
    const after = await snapshotOf(trx, def, id);
    await recordAudit(trx, actorOf(env.req), {
      action: "restore",
      entity: def.target,
      entityId: id,
      before: null,
      after,
    });
  });
}
