import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { FeatureDeps } from "../../app.ts";
import { actorOf } from "../../audit/audit.service.ts";
import { csrfToken } from "../../auth/auth.plugin.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { bodyOf, type FieldErrors, line, nameProblem, newPasswordErrors, secret } from "./form.ts";
import { findLink } from "./links.service.ts";
import { acceptInvitation, completeSetup, readInvitation } from "./onboarding.service.ts";
import { AcceptPage } from "./onboarding.views.tsx";
import { TokenParams } from "./reset.routes.ts";
import { SetPasswordPage } from "./reset.views.tsx";
import { describeGrant } from "./roles.ts";
import { startSession } from "./session.ts";
import { DeadLinkPage } from "./sign-up.views.tsx";

/** The CLI's setup link for an admin, and the invitation link. */
export function onboardingRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const dead = (req: FastifyRequest, reply: FastifyReply) =>
    sendPage(reply, DeadLinkPage({ ctx: viewCtx(req) }), 404);

  const setupForm = (
    req: FastifyRequest,
    reply: FastifyReply,
    token: string,
    email: string,
    errors?: FieldErrors,
  ) => {
    const ctx = viewCtx(req);
    return SetPasswordPage({
      ctx,
      csrf: csrfToken(reply),
      action: `/${ctx.locale}/setup/${encodeURIComponent(token)}`,
      title: ctx.t("accounts.setup.title"),
      intro: ctx.t("accounts.setup.intro"),
      email,
      errors,
    });
  };

  r.get("/:locale/setup/:token", { schema: { hide: true, params: TokenParams } }, async (req, reply) => {
    const link = await findLink(db, "setup", req.params.token);
    if (!link) return dead(req, reply);
    return sendPage(reply, setupForm(req, reply, req.params.token, link.email));
  });

  r.post("/:locale/setup/:token", { schema: { hide: true, params: TokenParams } }, async (req, reply) => {
    const { token, locale } = req.params;
    const link = await findLink(db, "setup", token);
    if (!link) return dead(req, reply);
    const b = bodyOf(req.body);
    const password = secret(b, "password");
    const errors = newPasswordErrors(password, secret(b, "password2"));
    if (Object.keys(errors).length)
      return sendPage(reply, setupForm(req, reply, token, link.email, errors), 400);
    const userId = await completeSetup(deps, actorOf(req), token, password);
    if (userId === null) return dead(req, reply);
    // Signed in, but her role needs TOTP: enrolment comes next.
    await startSession(req, reply, deps, userId, false);
    return reply.redirect(`/${locale}/account/security`, 303);
  });

  const inviteForm = (
    req: FastifyRequest,
    reply: FastifyReply,
    token: string,
    email: string,
    role: string,
    name: string,
    errors?: FieldErrors,
  ) => {
    const ctx = viewCtx(req);
    return SetPasswordPage({
      ctx,
      csrf: csrfToken(reply),
      action: `/${ctx.locale}/invitation/${encodeURIComponent(token)}`,
      title: ctx.t("accounts.invitation.title"),
      intro: ctx.t("accounts.invitation.intro", { role }),
      email,
      name: { value: name },
      errors,
    });
  };

  r.get("/:locale/invitation/:token", { schema: { hide: true, params: TokenParams } }, async (req, reply) => {
    const { token, locale } = req.params;
    const link = await findLink(db, "invite", token);
    const invitation = link ? await readInvitation(deps, link) : null;
    if (!link || !invitation) return dead(req, reply);
    const role = describeGrant(req.t, req.locale, { ...invitation.data });
    if (invitation.existing) {
      return sendPage(
        reply,
        AcceptPage({
          ctx: viewCtx(req),
          csrf: csrfToken(reply),
          action: `/${locale}/invitation/${encodeURIComponent(token)}`,
          role,
        }),
      );
    }
    return sendPage(reply, inviteForm(req, reply, token, link.email, role, ""));
  });

  r.post(
    "/:locale/invitation/:token",
    { schema: { hide: true, params: TokenParams } },
    async (req, reply) => {
      const { token, locale } = req.params;
      const link = await findLink(db, "invite", token);
      const invitation = link ? await readInvitation(deps, link) : null;
      if (!link || !invitation) return dead(req, reply);
      let newcomer: { name: string; password: string; locale: string } | null = null;
      if (!invitation.existing) {
        const b = bodyOf(req.body);
        const name = line(b, "name");
        const password = secret(b, "password");
        const errors: FieldErrors = {};
        const nameErr = nameProblem(name);
        if (nameErr) errors.name = nameErr;
        Object.assign(errors, newPasswordErrors(password, secret(b, "password2")));
        if (Object.keys(errors).length) {
          const role = describeGrant(req.t, req.locale, { ...invitation.data });
          return sendPage(reply, inviteForm(req, reply, token, link.email, role, name, errors), 400);
        }
        newcomer = { name, password, locale };
      }
      const result = await acceptInvitation(deps, actorOf(req), token, newcomer);
      if (!result) return dead(req, reply);
      if (result.created) {
        await startSession(req, reply, deps, result.userId, !result.privileged);
        return reply.redirect(result.privileged ? `/${locale}/account/security` : `/${locale}/account`, 303);
      }
      if (req.user?.id === result.userId) return reply.redirect(`/${locale}/account`, 303);
      return reply.redirect(`/${locale}/sign-in?notice=roleAdded`, 303);
    },
  );
}
