import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { FeatureDeps } from "../../app.ts";
import { authorize, csrfToken } from "../../auth/auth.plugin.ts";
import type { CurrentUser } from "../../auth/current-user.ts";
import { can } from "../../auth/policies.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { envOf, resourceOr404 } from "./edit.handlers.ts";
import type { ListQuery, ParentQuery } from "./edit.schema.ts";
import { editFormModel, newFormModel, parentFromQuery } from "./edit.service.ts";
import { listPage, rowLabel } from "./engine/present.ts";
import { authorizeRow, type EditEnv, metaOf, requireRow } from "./engine/service.ts";
import type { ResourceDef } from "./engine/types.ts";
import { RESOURCES } from "./resources/index.ts";
import { EditFormPage } from "./views/form.views.tsx";
import { type DashboardEntry, DashboardPage, DeleteConfirmPage, ListPage } from "./views/pages.views.tsx";

type ListQueryT = z.infer<typeof ListQuery>;

const OPEN = { published: true, deleted: false };
const NEW = { published: false, deleted: false };

/** Rows to try when asking "may she create one at all?": no scope, and each country she is focal point of. */
function probes(user: CurrentUser | null): Record<string, unknown>[] {
  const countries = (user?.grants ?? [])
    .filter((g) => g.role === "focal_point" && g.country)
    .map((g) => g.country);
  return [{}, ...countries.map((c) => ({ country_code: c }))];
}

async function mayCreateSomewhere(env: EditEnv, def: ResourceDef): Promise<boolean> {
  for (const row of probes(env.req.user)) {
    if (can(env.req.user, "create", await def.subject(env.database.db, row, NEW))) return true;
  }
  return false;
}

/** GET /:locale/edit — the resources she may edit, with "add" links where she may create. */
export async function dashboard(deps: FeatureDeps, req: FastifyRequest, reply: FastifyReply) {
  const env = envOf(req, deps);
  await authorize(req, deps.database, "list", { type: "global", kind: "topic", ...OPEN });
  const entries: DashboardEntry[] = [];
  for (const def of RESOURCES) {
    const subject = await def.subject(deps.database.db, {}, OPEN);
    if (!can(req.user, "list", subject)) continue;
    const creatable = !def.parent && (await mayCreateSomewhere(env, def));
    entries.push({ name: def.name, newHref: creatable ? `/${req.locale}/edit/${def.name}/new` : null });
  }
  return sendPage(reply, DashboardPage({ ctx: viewCtx(req), entries }));
}

/** GET /:locale/edit/:resource — every row she may read, drafts included; deleted ones for admins. */
export async function list(
  deps: FeatureDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  q: ListQueryT,
) {
  const env = envOf(req, deps);
  const def = resourceOr404(name);
  const parent =
    def.parent && q[def.parent.param as keyof ParentQuery] ? await parentFromQuery(env, def, q) : null;
  const scope = parent ? { [parent.ref.column]: parent.ref.id } : {};
  const probe = await authorizeRow(env, def, "list", scope, OPEN);
  if (q.status === "deleted") await authorizeRow(env, def, "read", scope, { published: true, deleted: true });
  const admin = can(req.user, "read", { ...probe, deleted: true } as typeof probe);
  const { rows, total } = await listPage(
    deps.database.db,
    def,
    { parent: parent?.ref, status: q.status, includeDeleted: admin, page: q.page, pageSize: q.pageSize },
    req.locale,
    req.t,
  );
  // Only rows she may read (read rules depend on published/deleted, which the rows carry).
  const visible = rows.filter((r) =>
    can(req.user, "read", { ...probe, published: r.status !== "draft", deleted: r.deleted } as typeof probe),
  );
  const mayCreate = parent
    ? can(req.user, "create", await def.subject(deps.database.db, scope, NEW))
    : !def.parent && (await mayCreateSomewhere(env, def));
  const newHref = mayCreate
    ? `/${req.locale}/edit/${def.name}/new${parent && def.parent ? `?${def.parent.param}=${parent.ref.id}` : ""}`
    : null;
  const m = {
    def,
    rows: visible,
    total,
    page: q.page,
    pageSize: q.pageSize,
    status: q.status,
    parent:
      parent && def.parent
        ? { param: def.parent.param, id: parent.ref.id, label: parent.label, href: parent.href }
        : null,
    newHref,
    admin,
    csrf: csrfToken(reply),
  };
  return sendPage(reply, ListPage({ ctx: viewCtx(req), m }));
}

/** GET /:locale/edit/:resource/new — the empty form (a child resource needs its parent in the query). */
export async function newForm(
  deps: FeatureDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  q: ParentQuery,
) {
  const env = envOf(req, deps);
  const def = resourceOr404(name);
  const parent = await parentFromQuery(env, def, q);
  const scope: Record<string, unknown> = parent ? { [parent.ref.column]: parent.ref.id } : {};
  for (const [k, v] of Object.entries(q)) if (k.endsWith("_id") && v !== undefined) scope[k] = v;
  await authorizeRow(env, def, "create", scope, NEW);
  const m = await newFormModel(env, def, q, parent, { csrf: csrfToken(reply) });
  return sendPage(reply, EditFormPage({ ctx: viewCtx(req), m }));
}

/** GET /:locale/edit/:resource/:id — the edit form; read-only for staff who may read but not change it. */
export async function editForm(
  deps: FeatureDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  id: number,
  saved: boolean,
) {
  const env = envOf(req, deps);
  const def = resourceOr404(name);
  const row = await requireRow(deps.database.db, def, id);
  const meta = metaOf(def, row);
  await authorizeRow(env, def, "list", row, meta, id);
  const subject = await def.subject(deps.database.db, row, meta);
  if (!can(req.user, "update", subject)) await authorizeRow(env, def, "read", row, meta, id);
  const m = await editFormModel(env, def, id, { csrf: csrfToken(reply), saved });
  return sendPage(reply, EditFormPage({ ctx: viewCtx(req), m }));
}

/** GET /:locale/edit/:resource/:id/delete — "delete this?" (nothing changes on GET). */
export async function deleteConfirm(
  deps: FeatureDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  id: number,
) {
  const env = envOf(req, deps);
  const def = resourceOr404(name);
  const row = await requireRow(deps.database.db, def, id);
  await authorizeRow(env, def, "delete", row, metaOf(def, row), id);
  const label = await rowLabel(deps.database.db, def, id, req.locale, req.t);
  return sendPage(reply, DeleteConfirmPage({ ctx: viewCtx(req), def, id, label, csrf: csrfToken(reply) }));
}
