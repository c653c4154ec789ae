import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { FeatureDeps } from "../../app.ts";
import { actorOf } from "../../audit/audit.service.ts";
import { authorize, csrfToken } from "../../auth/auth.plugin.ts";
import type { CurrentUser } from "../../auth/current-user.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams } from "../../http/list.ts";
import { isLocale } from "../../i18n/locales.ts";
import { bodyOf, type FieldErrors, isEmail, line, normalEmail } from "../accounts/form.ts";
import { signedIn } from "../accounts/session.ts";
import { grantChoices, parseGrant, readGrant } from "./grant-form.ts";
import { listInvitations, sendInvitation } from "./invitations.service.ts";
import { InvitationsPage, type InviteForm } from "./invitations.views.tsx";

const NoticeQuery = z.object({ notice: z.enum(["sent"]).optional().catch(undefined) });

/** Invitations by e-mail, with a chosen role: secretariat in office and admins. */
export function invitationRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const empty = (locale: string): InviteForm => ({
    email: "",
    role: "member",
    country: "",
    year: "",
    call: "",
    locale,
  });

  const page = async (
    req: FastifyRequest,
    reply: FastifyReply,
    user: CurrentUser,
    status: number,
    o: { form?: InviteForm; errors?: FieldErrors; sent?: boolean },
  ) =>
    sendPage(
      reply.header("cache-control", "no-store"),
      InvitationsPage({
        ctx: viewCtx(req),
        csrf: csrfToken(reply),
        choices: await grantChoices(deps.database.db, user, req.t, req.locale),
        form: o.form ?? empty(req.locale),
        rows: await listInvitations(deps, user, req.t, req.locale),
        errors: o.errors,
        message: o.sent ? { key: "admin.invitations.notice" } : null,
      }),
      status,
    );

  r.get(
    "/:locale/admin/invitations",
    { schema: { hide: true, params: LocaleParams, querystring: NoticeQuery } },
    async (req, reply) => {
      const { user, step } = signedIn(req);
      if (step) return reply.redirect(step, 303);
      await authorize(req, deps.database, "invite", { type: "users" });
      return page(req, reply, user, 200, { sent: req.query.notice === "sent" });
    },
  );

  r.post(
    "/:locale/admin/invitations",
    { schema: { hide: true, params: LocaleParams } },
    async (req, reply) => {
      await authorize(req, deps.database, "invite", { type: "users" });
      const user = req.user as CurrentUser;
      const b = bodyOf(req.body);
      const form: InviteForm = {
        ...readGrant(b),
        email: normalEmail(line(b, "email")),
        locale: line(b, "locale"),
      };
      const errors: FieldErrors = {};
      if (!form.email) errors.email = "auth.errors.emailRequired";
      else if (!isEmail(form.email)) errors.email = "auth.errors.emailInvalid";
      if (!isLocale(form.locale)) errors.locale = "accounts.form.invalidChoice";
      const choices = await grantChoices(deps.database.db, user, req.t, req.locale);
      const parsed = parseGrant(form, choices);
      if ("errors" in parsed) Object.assign(errors, parsed.errors);
      if (Object.keys(errors).length || !("grant" in parsed))
        return page(req, reply, user, 400, { form, errors });
      const { grant } = parsed;
      await authorize(
        req,
        deps.database,
        "create",
        { type: "invitation", role: grant.role, year: grant.year },
        { name: "user" },
      );
      await sendInvitation(deps, req.log, actorOf(req), user, {
        email: form.email,
        grant,
        locale: form.locale,
      });
      return reply.redirect(`/${req.params.locale}/admin/invitations?notice=sent`, 303);
    },
  );
}
