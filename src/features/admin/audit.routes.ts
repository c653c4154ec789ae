import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { FeatureDeps } from "../../app.ts";
import { authorize } from "../../auth/auth.plugin.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams } from "../../http/list.ts";
import { signedIn } from "../accounts/session.ts";
import { AuditPage, AuditQuery } from "./audit.schema.ts";
import { auditPage } from "./audit.service.ts";
import { AuditLogPage } from "./audit.views.tsx";

/** The audit log for admins: a page with filters, and its JSON twin. */
export function auditRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/:locale/admin/audit",
    { schema: { hide: true, params: LocaleParams, querystring: AuditQuery } },
    async (req, reply) => {
      const { step } = signedIn(req);
      if (step) return reply.redirect(step, 303);
      await authorize(req, deps.database, "list", { type: "audit" });
      const page = await auditPage(deps.database.db, req.query);
      return sendPage(
        reply.header("cache-control", "no-store"),
        AuditLogPage({ ctx: viewCtx(req), q: req.query, items: page.items, total: page.total }),
      );
    },
  );

  r.get(
    "/api/v1/admin/audit",
    {
      schema: {
        tags: ["admin"],
        summary: "The audit log, newest first (admins only)",
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (req, reply) => {
      await authorize(req, deps.database, "list", { type: "audit" });
      reply.header("cache-control", "no-store");
      return auditPage(deps.database.db, req.query);
    },
  );
}
