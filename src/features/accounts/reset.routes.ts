import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { FeatureDeps } from "../../app.ts";
import { actorOf } from "../../audit/audit.service.ts";
import { csrfToken } from "../../auth/auth.plugin.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams } from "../../http/list.ts";
import { bodyOf, type FieldErrors, isEmail, line, newPasswordErrors, normalEmail, secret } from "./form.ts";
import { findLink } from "./links.service.ts";
import { requestReset, resetPassword } from "./password.service.ts";
import { ResetRequestPage, SetPasswordPage } from "./reset.views.tsx";
import { ipLimited } from "./sign-up.routes.ts";
import { DeadLinkPage, MailSentPage } from "./sign-up.views.tsx";

/** `:token` in a link's path: a bounded string (checked against the database, never trusted). */
export const TokenParams = LocaleParams.extend({ token: z.string().min(1).max(100) });

/** Password reset by mail: ask for a link, then set a new password with it. */
export function resetRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get("/:locale/password-reset", { schema: { hide: true, params: LocaleParams } }, async (req, reply) =>
    sendPage(reply, ResetRequestPage({ ctx: viewCtx(req), csrf: csrfToken(reply), email: "" })),
  );

  r.post("/:locale/password-reset", { schema: { hide: true, params: LocaleParams } }, async (req, reply) => {
    const email = normalEmail(line(bodyOf(req.body), "email"));
    const form = (
      status: number,
      errors?: FieldErrors,
      message?: Parameters<typeof ResetRequestPage>[0]["message"],
    ) =>
      sendPage(
        reply,
        ResetRequestPage({ ctx: viewCtx(req), csrf: csrfToken(reply), email, errors, message }),
        status,
      );
    if (!email) return form(400, { email: "auth.errors.emailRequired" });
    if (!isEmail(email)) return form(400, { email: "auth.errors.emailInvalid" });
    if (await ipLimited(deps, req, reply, (m) => form(429, undefined, m))) return reply;
    await requestReset(deps, req.log, actorOf(req), email);
    return reply.redirect(`/${req.params.locale}/password-reset/sent`, 303);
  });

  r.get(
    "/:locale/password-reset/sent",
    { schema: { hide: true, params: LocaleParams } },
    async (req, reply) =>
      sendPage(
        reply,
        MailSentPage({ ctx: viewCtx(req), titleKey: "auth.reset.sentTitle", textKey: "auth.reset.sent" }),
      ),
  );

  const dead = (req: Parameters<typeof viewCtx>[0]) => {
    const ctx = viewCtx(req);
    return DeadLinkPage({
      ctx,
      again: { href: `/${ctx.locale}/password-reset`, label: ctx.t("auth.reset.again") },
    });
  };
  const form = (req: Parameters<typeof viewCtx>[0], csrf: string, token: string, errors?: FieldErrors) => {
    const ctx = viewCtx(req);
    return SetPasswordPage({
      ctx,
      csrf,
      action: `/${ctx.locale}/password-reset/${encodeURIComponent(token)}`,
      title: ctx.t("auth.reset.setTitle"),
      errors,
    });
  };

  r.get(
    "/:locale/password-reset/:token",
    { schema: { hide: true, params: TokenParams } },
    async (req, reply) => {
      if (!(await findLink(db, "reset", req.params.token))) return sendPage(reply, dead(req), 404);
      return sendPage(reply, form(req, csrfToken(reply), req.params.token));
    },
  );

  r.post(
    "/:locale/password-reset/:token",
    { schema: { hide: true, params: TokenParams } },
    async (req, reply) => {
      const { token, locale } = req.params;
      if (!(await findLink(db, "reset", token))) return sendPage(reply, dead(req), 404);
      const b = bodyOf(req.body);
      const password = secret(b, "password");
      const errors = newPasswordErrors(password, secret(b, "password2"));
      if (Object.keys(errors).length) return sendPage(reply, form(req, csrfToken(reply), token, errors), 400);
      if (!(await resetPassword(deps, req.log, actorOf(req), token, password)))
        return sendPage(reply, dead(req), 404);
      return reply.redirect(`/${locale}/sign-in?notice=passwordChanged`, 303);
    },
  );
}
