import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { FeatureDeps } from "../../app.ts";
import { actorOf, recordAudit } from "../../audit/audit.service.ts";
import { clearSessionCookie, csrfToken, UnauthorizedError } from "../../auth/auth.plugin.ts";
import { deleteSession } from "../../auth/auth.repo.ts";
import { secondFactorPending } from "../../auth/current-user.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams } from "../../http/list.ts";
import { bodyOf, type FieldErrors, line, normalEmail, safeNext, secret } from "./form.ts";
import { landing, startSession } from "./session.ts";
import { authenticate, verifySecondFactor } from "./sign-in.service.ts";
import { type Message, SecondFactorPage, SignInPage, SignOutPage } from "./sign-in.views.tsx";

const NOTICES = ["confirmed", "passwordChanged", "roleAdded", "signedOut", "passwordSet"] as const;

/** `?next=` and `?notice=` on the sign-in pages; anything odd is simply ignored. */
export const SignInQuery = z.object({
  next: z.string().max(2000).optional().catch(undefined),
  notice: z.enum(NOTICES).optional().catch(undefined),
});

/** A 429 page or form: the Retry-After header and the translated wait. */
export function throttledMessage(reply: FastifyReply, seconds: number): Message {
  reply.header("retry-after", String(seconds));
  return { key: "auth.throttled", values: { minutes: Math.max(1, Math.ceil(seconds / 60)) }, alert: true };
}

/** Sign-in (password, then the second factor when needed) and sign-out. */
export function signInRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get(
    "/:locale/sign-in",
    { schema: { hide: true, params: LocaleParams, querystring: SignInQuery } },
    async (req, reply) => {
      const message = req.query.notice ? { key: `auth.notices.${req.query.notice}` } : null;
      return sendPage(
        reply,
        SignInPage({
          ctx: viewCtx(req),
          csrf: csrfToken(reply),
          email: "",
          next: safeNext(req.query.next),
          message,
        }),
      );
    },
  );

  r.post("/:locale/sign-in", { schema: { hide: true, params: LocaleParams } }, async (req, reply) => {
    const b = bodyOf(req.body);
    const email = normalEmail(line(b, "email")).slice(0, 254);
    const password = secret(b, "password");
    const next = safeNext(b.next);
    const page = (status: number, o: { errors?: FieldErrors; message?: Message; unconfirmed?: boolean }) =>
      sendPage(reply, SignInPage({ ctx: viewCtx(req), csrf: csrfToken(reply), email, next, ...o }), status);
    const errors: FieldErrors = {};
    if (!email) errors.email = "auth.errors.emailRequired";
    if (!password) errors.password = "auth.errors.passwordRequired";
    if (Object.keys(errors).length) return page(400, { errors });

    const result = await authenticate(db, actorOf(req), email, password);
    if (result.kind === "throttled")
      return page(429, { message: throttledMessage(reply, result.retryAfter) });
    if (result.kind === "failed") return page(401, { message: { key: "auth.signIn.failed", alert: true } });
    if (result.kind === "unconfirmed") {
      return page(403, { message: { key: "auth.signIn.unconfirmed", alert: true }, unconfirmed: true });
    }
    await startSession(req, reply, deps, result.userId, result.step === "none");
    const { locale } = req.params;
    if (result.step === "totp") {
      return reply.redirect(`/${locale}/sign-in/totp${next ? `?next=${encodeURIComponent(next)}` : ""}`, 303);
    }
    if (result.step === "enrol") return reply.redirect(`/${locale}/account/security`, 303);
    return reply.redirect(landing(locale, next), 303);
  });

  r.get(
    "/:locale/sign-in/totp",
    { schema: { hide: true, params: LocaleParams, querystring: SignInQuery } },
    async (req, reply) => {
      const { locale } = req.params;
      const next = safeNext(req.query.next);
      const user = req.user;
      if (!user) return reply.redirect(`/${locale}/sign-in`, 303);
      if (!secondFactorPending(user)) return reply.redirect(landing(locale, next), 303);
      if (!user.totpEnabled) return reply.redirect(`/${locale}/account/security`, 303);
      return sendPage(reply, SecondFactorPage({ ctx: viewCtx(req), csrf: csrfToken(reply), next }));
    },
  );

  r.post("/:locale/sign-in/totp", { schema: { hide: true, params: LocaleParams } }, async (req, reply) => {
    const { locale } = req.params;
    const b = bodyOf(req.body);
    const next = safeNext(b.next);
    const user = req.user;
    if (!user) throw new UnauthorizedError();
    if (!secondFactorPending(user)) return reply.redirect(landing(locale, next), 303);
    if (!user.totpEnabled) return reply.redirect(`/${locale}/account/security`, 303);
    const page = (status: number, o: { errors?: FieldErrors; message?: Message }) =>
      sendPage(reply, SecondFactorPage({ ctx: viewCtx(req), csrf: csrfToken(reply), next, ...o }), status);
    const code = line(b, "code").slice(0, 40);
    if (!code) return page(400, { errors: { code: "auth.errors.codeRequired" } });
    const result = await verifySecondFactor(db, actorOf(req), user.id, code);
    if (result.kind === "throttled")
      return page(429, { message: throttledMessage(reply, result.retryAfter) });
    if (result.kind === "failed") return page(401, { errors: { code: "auth.totp.wrong" } });
    await startSession(req, reply, deps, user.id, true);
    return reply.redirect(landing(locale, next), 303);
  });

  r.get("/:locale/sign-out", { schema: { hide: true, params: LocaleParams } }, async (req, reply) =>
    sendPage(reply, SignOutPage({ ctx: viewCtx(req), csrf: csrfToken(reply), signedIn: !!req.user })),
  );

  r.post("/:locale/sign-out", { schema: { hide: true, params: LocaleParams } }, async (req, reply) => {
    if (req.user) {
      await deleteSession(db, req.user.sessionId);
      await recordAudit(db, actorOf(req), { action: "sign_out", entity: "user", entityId: req.user.id });
    }
    clearSessionCookie(reply, deps.config);
    return reply.redirect(`/${req.params.locale}/`, 303);
  });
}
