import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { FeatureDeps } from "../../app.ts";
import { actorOf } from "../../audit/audit.service.ts";
import { authorize, csrfToken } from "../../auth/auth.plugin.ts";
import type { CurrentUser } from "../../auth/current-user.ts";
import { NotFoundError, ValidationError } from "../../errors.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams, offsetOf, PageQuery } from "../../http/list.ts";
import { bodyOf, type FieldErrors } from "../accounts/form.ts";
import { ROLES, roleName } from "../accounts/roles.ts";
import { signedIn } from "../accounts/session.ts";
import { type GrantInput, grantChoices, parseGrant, readGrant } from "./grant-form.ts";
import {
  grantRole,
  resetSecondFactor,
  revokeRole,
  setDisabled,
  userSummary,
  usersPage,
} from "./users.service.ts";
import { UserPage, UsersPage } from "./users.views.tsx";

const UsersQuery = PageQuery.extend({
  role: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(["member", "focal_point", "secretariat", "reviewer", "admin"]).optional(),
  ),
});
const UserParams = LocaleParams.extend({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const GrantParams = UserParams.extend({ grantId: z.coerce.number().int().min(1).max(2_147_483_647) });
const UserQuery = z.object({ notice: z.enum(["saved"]).optional().catch(undefined) });

/** Admin: the users, disabling and enabling them, giving and taking roles. Every change is audited. */
export function userRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const manage = (req: FastifyRequest, id?: number) =>
    authorize(req, deps.database, "manage", { type: "users" }, { name: "user", id: id ?? null });

  const userPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    id: number,
    status: number,
    o: { form?: GrantInput; errors?: FieldErrors; saved?: boolean } = {},
  ) => {
    const user = await userSummary(db, req.t, req.locale, id);
    if (!user) throw new NotFoundError();
    const me = req.user as CurrentUser;
    return sendPage(
      reply.header("cache-control", "no-store"),
      UserPage({
        ctx: viewCtx(req),
        csrf: csrfToken(reply),
        user,
        self: me.id === id,
        choices: await grantChoices(db, me, req.t, req.locale),
        form: o.form ?? { role: "member", country: "", year: "", call: "" },
        errors: o.errors,
        message: o.saved ? { key: "admin.users.saved" } : null,
      }),
      status,
    );
  };

  r.get(
    "/:locale/admin/users",
    { schema: { hide: true, params: LocaleParams, querystring: UsersQuery } },
    async (req, reply) => {
      const { step } = signedIn(req);
      if (step) return reply.redirect(step, 303);
      await authorize(req, deps.database, "list", { type: "users" });
      const q = req.query;
      const { items, total } = await usersPage(db, req.t, req.locale, q.role, q.pageSize, offsetOf(q));
      const roles = ROLES.map((x) => ({ value: x, label: roleName(req.t, x) }));
      return sendPage(
        reply.header("cache-control", "no-store"),
        UsersPage({
          ctx: viewCtx(req),
          items,
          total,
          page: q.page,
          pageSize: q.pageSize,
          role: q.role,
          roles,
        }),
      );
    },
  );

  r.get(
    "/:locale/admin/users/:id",
    { schema: { hide: true, params: UserParams, querystring: UserQuery } },
    async (req, reply) => {
      const { step } = signedIn(req);
      if (step) return reply.redirect(step, 303);
      await manage(req, req.params.id);
      return userPage(req, reply, req.params.id, 200, { saved: req.query.notice === "saved" });
    },
  );

  const done = (params: { locale: string; id: number }, reply: FastifyReply) =>
    reply.redirect(`/${params.locale}/admin/users/${params.id}?notice=saved`, 303);

  for (const action of ["disable", "enable"] as const) {
    r.post(
      `/:locale/admin/users/:id/${action}`,
      { schema: { hide: true, params: UserParams } },
      async (req, reply) => {
        await manage(req, req.params.id);
        if (!(await userSummary(db, req.t, req.locale, req.params.id))) throw new NotFoundError();
        // An admin cannot lock herself out.
        if (req.user?.id === req.params.id) throw new ValidationError([{ path: "id", message: "custom" }]);
        await setDisabled(db, actorOf(req), req.params.id, action === "disable");
        return done(req.params, reply);
      },
    );
  }

  r.post(
    "/:locale/admin/users/:id/reset-totp",
    { schema: { hide: true, params: UserParams } },
    async (req, reply) => {
      await manage(req, req.params.id);
      if (!(await userSummary(db, req.t, req.locale, req.params.id))) throw new NotFoundError();
      await resetSecondFactor(db, actorOf(req), req.params.id);
      return done(req.params, reply);
    },
  );

  r.post(
    "/:locale/admin/users/:id/grants",
    { schema: { hide: true, params: UserParams } },
    async (req, reply) => {
      await manage(req, req.params.id);
      if (!(await userSummary(db, req.t, req.locale, req.params.id))) throw new NotFoundError();
      const form = readGrant(bodyOf(req.body));
      const parsed = parseGrant(form, await grantChoices(db, req.user as CurrentUser, req.t, req.locale));
      if ("errors" in parsed)
        return userPage(req, reply, req.params.id, 400, { form, errors: parsed.errors });
      await grantRole(db, actorOf(req), req.params.id, parsed.grant);
      return done(req.params, reply);
    },
  );

  r.post(
    "/:locale/admin/users/:id/grants/:grantId/revoke",
    { schema: { hide: true, params: GrantParams } },
    async (req, reply) => {
      await manage(req, req.params.id);
      if (!(await revokeRole(db, actorOf(req), req.params.id, req.params.grantId))) throw new NotFoundError();
      return done(req.params, reply);
    },
  );
}
