import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { LocaleParams } from "../../http/list.ts";
import type { Feature } from "../types.ts";
import { registerEditApi } from "./edit.api.ts";
import { handleCreate, handleDelete, handleHandover, handleRestore, handleUpdate } from "./edit.handlers.ts";
import { dashboard, deleteConfirm, editForm, list, newForm } from "./edit.pages.ts";
import {
  FormQuery,
  HandoverParams,
  ListQuery,
  ParentQuery,
  ResourceParams,
  RowParams,
} from "./edit.schema.ts";

/**
 * The editing UI for every entity of the domain, built from resource definitions: a dashboard, lists
 * (drafts included; deleted rows and Restore for admins), create/edit forms, delete with confirmation,
 * restore, and the chairmanship handover. The POST routes also take JSON (answered in JSON); their
 * documented twins live under /api/v1/edit.
 */
export const editRoutes: Feature = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hide = { hide: true } as const;

  r.get("/:locale/edit", { schema: { ...hide, params: LocaleParams } }, (req, reply) =>
    dashboard(deps, req, reply),
  );

  r.get(
    "/:locale/edit/:resource",
    { schema: { ...hide, params: ResourceParams, querystring: ListQuery } },
    (req, reply) => list(deps, req, reply, req.params.resource, req.query),
  );

  r.get(
    "/:locale/edit/:resource/new",
    { schema: { ...hide, params: ResourceParams, querystring: ParentQuery } },
    (req, reply) => newForm(deps, req, reply, req.params.resource, req.query),
  );

  r.post(
    "/:locale/edit/:resource/new",
    { schema: { ...hide, params: ResourceParams, querystring: ParentQuery } },
    (req, reply) => handleCreate(deps, req, reply, req.params.resource, req.query),
  );

  r.get(
    "/:locale/edit/:resource/:id",
    { schema: { ...hide, params: RowParams, querystring: FormQuery } },
    (req, reply) => editForm(deps, req, reply, req.params.resource, req.params.id, req.query.saved === "1"),
  );

  r.post("/:locale/edit/:resource/:id", { schema: { ...hide, params: RowParams } }, (req, reply) =>
    handleUpdate(deps, req, reply, req.params.resource, req.params.id),
  );

  r.get("/:locale/edit/:resource/:id/delete", { schema: { ...hide, params: RowParams } }, (req, reply) =>
    deleteConfirm(deps, req, reply, req.params.resource, req.params.id),
  );

  r.post("/:locale/edit/:resource/:id/delete", { schema: { ...hide, params: RowParams } }, (req, reply) =>
    handleDelete(deps, req, reply, req.params.resource, req.params.id),
  );

  r.post("/:locale/edit/:resource/:id/restore", { schema: { ...hide, params: RowParams } }, (req, reply) =>
    handleRestore(deps, req, reply, req.params.resource, req.params.id),
  );

  r.post(
    "/:locale/edit/chairmanships/:id/handover",
    { schema: { ...hide, params: HandoverParams } },
    (req, reply) => handleHandover(deps, req, reply, req.params.id),
  );

  registerEditApi(app, deps);
};
