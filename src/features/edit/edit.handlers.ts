import type { FastifyReply, FastifyRequest } from "fastify";
import type { FeatureDeps } from "../../app.ts";
import { csrfToken, requireUser } from "../../auth/auth.plugin.ts";
import { AppError, NotFoundError } from "../../errors.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import type { Translate } from "../../i18n/messages.ts";
import type { ParentQuery } from "./edit.schema.ts";
import { editFormModel, newFormModel, parentFromQuery } from "./edit.service.ts";
import { deleteRowById, EditConflictError, restoreRowById } from "./engine/lifecycle.ts";
import { findRow } from "./engine/repo.ts";
import { createRow, type EditEnv, updateRowFrom } from "./engine/service.ts";
import type { FieldError, ResourceDef } from "./engine/types.ts";
import { handOver } from "./handover.service.ts";
import { resourceByName } from "./resources/index.ts";
import { EditFormPage } from "./views/form.views.tsx";
import { ConflictPage } from "./views/pages.views.tsx";

/** How a write answers: with pages and redirects, or with JSON. */
export type Mode = "html" | "json";

/** A page route's body is JSON when it says so; the API twins always answer JSON. */
export function modeOf(req: FastifyRequest): Mode {
  return req.url.startsWith("/api/") || (req.headers["content-type"] ?? "").includes("application/json")
    ? "json"
    : "html";
}

/** The environment of a write, for a signed-in user (401 otherwise). */
export function envOf(req: FastifyRequest, deps: FeatureDeps): EditEnv {
  requireUser(req);
  return { req, database: deps.database, config: deps.config };
}

/** The resource a URL names, or 404. */
export function resourceOr404(name: string): ResourceDef {
  const def = resourceByName(name);
  if (!def) throw new NotFoundError("resource");
  return def;
}

/** The JSON body of a refused write: every field with its message in the reader's language. */
export function jsonFieldErrors(t: Translate, errors: FieldError[]) {
  return {
    error: "invalid_request",
    message: t("errors.invalid_request"),
    fields: errors.map((e) => ({ path: e.field, message: t(`edit.errors.${e.key}`, e.values) })),
  };
}

/** Runs a handler; in JSON mode a 4xx becomes `{error, message}`; a conflict becomes a 409 page or JSON. */
export async function answer(
  mode: Mode,
  req: FastifyRequest,
  reply: FastifyReply,
  work: () => Promise<FastifyReply>,
): Promise<FastifyReply> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof AppError) || e.status >= 500) throw e;
    const conflict = e instanceof EditConflictError;
    if (mode === "json") {
      const message = req.t(conflict ? "edit.errors.conflict" : `errors.${e.id}`);
      return reply.code(e.status).send({ error: e.id, message });
    }
    if (conflict) return sendPage(reply, ConflictPage({ ctx: viewCtx(req) }), 409);
    throw e;
  }
}

const editUrl = (req: FastifyRequest, def: ResourceDef, id: number) =>
  `/${req.locale}/edit/${def.name}/${id}`;

/** POST create: 303 to the new row's page (HTML) or 201 {id, url}; a 400 shows the form again with everything typed. */
export async function handleCreate(
  deps: FeatureDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  q: ParentQuery,
): Promise<FastifyReply> {
  const mode = modeOf(req);
  return answer(mode, req, reply, async () => {
    const env = envOf(req, deps);
    const def = resourceOr404(name);
    const parent = await parentFromQuery(env, def, q);
    const out = await createRow(env, def, req.body, parent?.ref ?? null);
    if (out.ok) {
      const url = editUrl(req, def, out.id);
      return mode === "json"
        ? reply.code(201).send({ id: out.id, url })
        : reply.redirect(`${url}?saved=1`, 303);
    }
    if (mode === "json") return reply.code(400).send(jsonFieldErrors(req.t, out.errors));
    const m = await newFormModel(env, def, q, parent, {
      csrf: csrfToken(reply),
      raw: out.raw,
      errors: out.errors,
    });
    return sendPage(reply, EditFormPage({ ctx: viewCtx(req), m }), 400);
  });
}

/** POST update: 303 back to the page (HTML) or 200 {id, url}; a JSON body may send only some fields. */
export async function handleUpdate(
  deps: FeatureDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  id: number,
): Promise<FastifyReply> {
  const mode = modeOf(req);
  return answer(mode, req, reply, async () => {
    const env = envOf(req, deps);
    const def = resourceOr404(name);
    const out = await updateRowFrom(env, def, id, req.body, mode === "json");
    if (out.ok) {
      const url = editUrl(req, def, id);
      return mode === "json" ? reply.code(200).send({ id, url }) : reply.redirect(`${url}?saved=1`, 303);
    }
    if (mode === "json") return reply.code(400).send(jsonFieldErrors(req.t, out.errors));
    const m = await editFormModel(env, def, id, { csrf: csrfToken(reply), raw: out.raw, errors: out.errors });
    return sendPage(reply, EditFormPage({ ctx: viewCtx(req), m }), 400);
  });
}

/** POST delete (after the confirmation page): soft delete, or removal with a restorable snapshot. */
export async function handleDelete(
  deps: FeatureDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  id: number,
): Promise<FastifyReply> {
  const mode = modeOf(req);
  return answer(mode, req, reply, async () => {
    const env = envOf(req, deps);
    const def = resourceOr404(name);
    const parentId = def.parent ? await parentIdOf(env, def, id) : null;
    await deleteRowById(env, def, id);
    const back =
      def.parent && parentId !== null
        ? `/${req.locale}/edit/${def.parent.resource}/${parentId}`
        : `/${req.locale}/edit/${def.name}`;
    return mode === "json" ? reply.code(200).send({ id, url: back }) : reply.redirect(back, 303);
  });
}

async function parentIdOf(env: EditEnv, def: ResourceDef, id: number): Promise<number | null> {
  const row = await findRow(env.database.db, def, id);
  const v = def.parent ? row?.[def.parent.column] : null;
  return typeof v === "number" ? v : null;
}

/** POST restore (admins): brings a deleted row back. */
export async function handleRestore(
  deps: FeatureDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  id: number,
): Promise<FastifyReply> {
  const mode = modeOf(req);
  return answer(mode, req, reply, async () => {
    const env = envOf(req, deps);
    const def = resourceOr404(name);
    await restoreRowById(env, def, id);
    const url = editUrl(req, def, id);
    return mode === "json" ? reply.code(200).send({ id, url }) : reply.redirect(`${url}?saved=1`, 303);
  });
}

/** POST handover of a chairmanship year. */
export async function handleHandover(
  deps: FeatureDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  id: number,
): Promise<FastifyReply> {
  const mode = modeOf(req);
  return answer(mode, req, reply, async () => {
    await handOver(envOf(req, deps), id);
    const url = `/${req.locale}/edit/chairmanships/${id}`;
    return mode === "json" ? reply.code(200).send({ id, url }) : reply.redirect(`${url}?saved=1`, 303);
  });
}
