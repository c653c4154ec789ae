import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { FeatureDeps } from "../../app.ts";
import { actorOf, recordAudit } from "../../audit/audit.service.ts";
import { csrfToken, requireUser } from "../../auth/auth.plugin.ts";
import { type CurrentUser, secondFactorPending } from "../../auth/current-user.ts";
import { ForbiddenError } from "../../errors.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams } from "../../http/list.ts";
import { bodyOf, type FieldErrors, line, newPasswordErrors, secret } from "./form.ts";
import { changePassword } from "./password.service.ts";
import {
  confirmEnrolment,
  disableTotp,
  regenerateCodes,
  securityView,
  startEnrolment,
} from "./security.service.ts";
import { RecoveryCodesPage, SecurityPage } from "./security.views.tsx";
import { pendingStep, signedIn, startSession } from "./session.ts";
import { throttledMessage } from "./sign-in.routes.ts";
import type { Message } from "./sign-in.views.tsx";

const SecurityQuery = z.object({
  notice: z.enum(["passwordChanged", "totpDisabled"]).optional().catch(undefined),
});

/** Her second factor (enrolment, recovery codes, turning it off) and her password. */
export function securityRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const base = (req: FastifyRequest) => `/${req.locale}/account/security`;

  /** Her session, allowed here while she still has to enrol (not while she owes a TOTP code). */
  const enrolling = (req: FastifyRequest): { user: CurrentUser; step: string | null } => {
    const user = requireUser(req);
    const owesCode = secondFactorPending(user) && user.totpEnabled;
    return { user, step: owesCode ? pendingStep(user, req.locale, base(req)) : null };
  };
  const page = async (
    req: FastifyRequest,
    reply: FastifyReply,
    user: CurrentUser,
    status: number,
    o: { errors?: FieldErrors; message?: Message | null } = {},
  ) =>
    sendPage(
      reply.header("cache-control", "no-store"),
      SecurityPage({ ctx: viewCtx(req), csrf: csrfToken(reply), view: await securityView(db, user), ...o }),
      status,
    );
  const codesPage = (req: FastifyRequest, reply: FastifyReply, codes: string[]) =>
    sendPage(reply.header("cache-control", "no-store"), RecoveryCodesPage({ ctx: viewCtx(req), codes }));

  r.get(
    "/:locale/account/security",
    { schema: { hide: true, params: LocaleParams, querystring: SecurityQuery } },
    async (req, reply) => {
      const { user, step } = enrolling(req);
      if (step) return reply.redirect(step, 303);
      const message = req.query.notice ? { key: `accounts.security.notices.${req.query.notice}` } : null;
      return page(req, reply, user, 200, { message });
    },
  );

  r.post(
    "/:locale/account/security/totp/start",
    { schema: { hide: true, params: LocaleParams } },
    async (req, reply) => {
      const { user, step } = enrolling(req);
      if (step) return reply.redirect(step, 303);
      await startEnrolment(db, user.id);
      return reply.redirect(base(req), 303);
    },
  );

  r.post(
    "/:locale/account/security/totp/confirm",
    { schema: { hide: true, params: LocaleParams } },
    async (req, reply) => {
      const { user, step } = enrolling(req);
      if (step) return reply.redirect(step, 303);
      const code = line(bodyOf(req.body), "code").slice(0, 20);
      if (!code) return page(req, reply, user, 400, { errors: { code: "auth.errors.codeRequired" } });
      const result = await confirmEnrolment(db, actorOf(req), user.id, code);
      if (result === "failed") return page(req, reply, user, 400, { errors: { code: "auth.totp.wrong" } });
      if ("retryAfter" in result)
        return page(req, reply, user, 429, { message: throttledMessage(reply, result.retryAfter) });
      // She has just proved the second factor: a new session id, with it passed.
      await startSession(req, reply, deps, user.id, true);
      return codesPage(req, reply, result.codes);
    },
  );

  r.post(
    "/:locale/account/security/recovery-codes",
    { schema: { hide: true, params: LocaleParams } },
    async (req, reply) => {
      const { user, step } = signedIn(req);
      if (step) return reply.redirect(step, 303);
      if (!user.totpEnabled) return reply.redirect(base(req), 303);
      return codesPage(req, reply, await regenerateCodes(db, actorOf(req), user.id));
    },
  );

  r.post(
    "/:locale/account/security/totp/disable",
    { schema: { hide: true, params: LocaleParams } },
    async (req, reply) => {
      const { user, step } = signedIn(req);
      if (step) return reply.redirect(step, 303);
      const result = await disableTotp(db, actorOf(req), user, secret(bodyOf(req.body), "disable_password"));
      if (result === "forbidden") {
        await recordAudit(db, actorOf(req), {
          action: "totp_disable",
          entity: "user",
          entityId: user.id,
          outcome: "denied",
        });
        throw new ForbiddenError();
      }
      if (result === "failed") {
        return page(req, reply, user, 400, {
          errors: { disable_password: "accounts.security.wrongPassword" },
        });
      }
      return reply.redirect(`${base(req)}?notice=totpDisabled`, 303);
    },
  );

  r.post(
    "/:locale/account/password",
    { schema: { hide: true, params: LocaleParams } },
    async (req, reply) => {
      const { user, step } = signedIn(req);
      if (step) return reply.redirect(step, 303);
      const b = bodyOf(req.body);
      const current = secret(b, "current");
      const password = secret(b, "password");
      const errors: FieldErrors = current ? {} : { current: "auth.errors.passwordRequired" };
      Object.assign(errors, newPasswordErrors(password, secret(b, "password2")));
      if (Object.keys(errors).length) return page(req, reply, user, 400, { errors });
      const result = await changePassword(
        deps,
        req.log,
        actorOf(req),
        user.id,
        user.sessionId,
        current,
        password,
      );
      if (result === "failed")
        return page(req, reply, user, 400, { errors: { current: "accounts.security.wrongPassword" } });
      if (typeof result === "object")
        return page(req, reply, user, 429, { message: throttledMessage(reply, result.retryAfter) });
      await startSession(req, reply, deps, user.id, user.secondFactor);
      return reply.redirect(`${base(req)}?notice=passwordChanged`, 303);
    },
  );
}
