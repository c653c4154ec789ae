import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { FeatureDeps } from "../../app.ts";
import { handleCreate, handleDelete, handleHandover, handleRestore, handleUpdate } from "./edit.handlers.ts";
import {
  ApiHandoverParams,
  ApiQuery,
  ApiResourceParams,
  ApiRowParams,
  WriteBody,
  WriteError,
  WriteResult,
} from "./edit.schema.ts";

const errors = { 400: WriteError, 401: WriteError, 403: WriteError, 404: WriteError, 409: WriteError };
const security =
  "Needs a signed-in session (cookie) and a CSRF token in `x-csrf-token` (GET /api/v1/csrf-token). " +
  "Every write is authorized by policy first (403 otherwise), validated (400 with `fields`), done in one " +
  "transaction and written to the audit log.";

/**
 * The JSON write endpoints (documented in OpenAPI under "edit"): the same handlers, schema and policies as
 * the form routes under /:locale/edit, answering JSON.
 */
export function registerEditApi(app: FastifyInstance, deps: FeatureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/edit/:resource",
    {
      schema: {
        tags: ["edit"],
        summary: "Create a row of an editable resource (a child resource takes its parent in the query)",
        description: security,
        params: ApiResourceParams,
        querystring: ApiQuery,
        body: WriteBody,
        response: { 201: WriteResult, ...errors },
      },
    },
    async (req, reply) => {
      await handleCreate(deps, req, reply, req.params.resource, req.query);
    },
  );

  r.post(
    "/api/v1/edit/:resource/:id",
    {
      schema: {
        tags: ["edit"],
        summary: "Update a row (fields left out keep their values)",
        description: security,
        params: ApiRowParams,
        querystring: ApiQuery,
        body: WriteBody,
        response: { 200: WriteResult, ...errors },
      },
    },
    async (req, reply) => {
      await handleUpdate(deps, req, reply, req.params.resource, req.params.id);
    },
  );

  r.post(
    "/api/v1/edit/:resource/:id/delete",
    {
      schema: {
        tags: ["edit"],
        summary:
          "Delete a row (content is soft-deleted and hidden from public pages; an admin can restore it)",
        description: security,
        params: ApiRowParams,
        querystring: ApiQuery,
        response: { 200: WriteResult, ...errors },
      },
    },
    async (req, reply) => {
      await handleDelete(deps, req, reply, req.params.resource, req.params.id);
    },
  );

  r.post(
    "/api/v1/edit/:resource/:id/restore",
    {
      schema: {
        tags: ["edit"],
        summary: "Restore a deleted row (admins)",
        description: security,
        params: ApiRowParams,
        querystring: ApiQuery,
        response: { 200: WriteResult, ...errors },
      },
    },
    async (req, reply) => {
      await handleRestore(deps, req, reply, req.params.resource, req.params.id);
    },
  );

  r.post(
    "/api/v1/edit/chairmanships/:id/handover",
    {
      schema: {
        tags: ["edit"],
        summary: "Hand a chairmanship year over to the next chair (that year's secretariat, or an admin)",
        description: security,
        params: ApiHandoverParams,
        querystring: ApiQuery,
        response: { 200: WriteResult, ...errors },
      },
    },
    async (req, reply) => {
      await handleHandover(deps, req, reply, req.params.id);
    },
  );
}
