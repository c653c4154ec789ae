import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { FeatureDeps } from "../../app.ts";
import { actorOf } from "../../audit/audit.service.ts";
import { csrfToken } from "../../auth/auth.plugin.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams } from "../../http/list.ts";
import {
  bodyOf,
  type FieldErrors,
  isEmail,
  line,
  nameProblem,
  newPasswordErrors,
  normalEmail,
  secret,
} from "./form.ts";
import { findLink } from "./links.service.ts";
import { throttledMessage } from "./sign-in.routes.ts";
import { confirmEmail, resendConfirmation, signUp } from "./sign-up.service.ts";
import { ConfirmPage, DeadLinkPage, MailSentPage, SignUpPage } from "./sign-up.views.tsx";
import { retryAfter, spend } from "./throttle.ts";

const TokenQuery = z.object({ token: z.string().max(100).optional().catch(undefined) });

/**
 * Counts a mail-triggering form against the per-IP limit; over it, answers 429 (Retry-After) with the page
 * `render` builds and returns true.
 */
export async function ipLimited(
  deps: FeatureDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  render: (message: ReturnType<typeof throttledMessage>) => unknown,
): Promise<boolean> {
  const ip = req.ip ?? "unknown";
  if (await spend(deps.database.db, "formsPerIp", ip)) return false;
  const wait = await retryAfter(deps.database.db, [["formsPerIp", ip]]);
  await render(throttledMessage(reply, wait));
  return true;
}

/** Member sign-up, the confirmation link, and sending it again. */
export function signUpRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/:locale/sign-up", { schema: { hide: true, params: LocaleParams } }, async (req, reply) =>
    sendPage(reply, SignUpPage({ ctx: viewCtx(req), csrf: csrfToken(reply), name: "", email: "" })),
  );

  r.post("/:locale/sign-up", { schema: { hide: true, params: LocaleParams } }, async (req, reply) => {
    const b = bodyOf(req.body);
    const name = line(b, "name");
    const email = normalEmail(line(b, "email"));
    const password = secret(b, "password");
    const form = (status: number, errors?: FieldErrors, message?: ReturnType<typeof throttledMessage>) =>
      sendPage(
        reply,
        SignUpPage({ ctx: viewCtx(req), csrf: csrfToken(reply), name, email, errors, message }),
        status,
      );
    const errors: FieldErrors = {};
    const nameErr = nameProblem(name);
    if (nameErr) errors.name = nameErr;
    if (!email) errors.email = "auth.errors.emailRequired";
    else if (!isEmail(email)) errors.email = "auth.errors.emailInvalid";
    Object.assign(errors, newPasswordErrors(password, secret(b, "password2")));
    if (Object.keys(errors).length) return form(400, errors);
    if (await ipLimited(deps, req, reply, (m) => form(429, undefined, m))) return reply;
    await signUp(deps, req.log, actorOf(req), { name, email, password, locale: req.params.locale });
    return reply.redirect(`/${req.params.locale}/sign-up/sent`, 303);
  });

  r.get("/:locale/sign-up/sent", { schema: { hide: true, params: LocaleParams } }, async (req, reply) =>
    sendPage(
      reply,
      MailSentPage({ ctx: viewCtx(req), titleKey: "auth.signUp.sentTitle", textKey: "auth.signUp.sent" }),
    ),
  );

  r.get(
    "/:locale/confirm",
    { schema: { hide: true, params: LocaleParams, querystring: TokenQuery } },
    async (req, reply) => {
      const token = req.query.token ?? "";
      const link = await findLink(deps.database.db, "confirm", token);
      const ctx = viewCtx(req);
      if (!link) {
        return sendPage(
          reply,
          DeadLinkPage({ ctx, again: { href: `/${ctx.locale}/sign-in`, label: ctx.t("auth.signIn.title") } }),
          404,
        );
      }
      return sendPage(reply, ConfirmPage({ ctx, csrf: csrfToken(reply), token }));
    },
  );

  r.post("/:locale/confirm", { schema: { hide: true, params: LocaleParams } }, async (req, reply) => {
    const token = line(bodyOf(req.body), "token");
    if (!(await confirmEmail(deps, actorOf(req), token))) {
      const ctx = viewCtx(req);
      return sendPage(
        reply,
        DeadLinkPage({ ctx, again: { href: `/${ctx.locale}/sign-in`, label: ctx.t("auth.signIn.title") } }),
        404,
      );
    }
    return reply.redirect(`/${req.params.locale}/sign-in?notice=confirmed`, 303);
  });

  r.post("/:locale/confirm/resend", { schema: { hide: true, params: LocaleParams } }, async (req, reply) => {
    const email = normalEmail(line(bodyOf(req.body), "email")).slice(0, 254);
    const ctx = viewCtx(req);
    const sent = () =>
      MailSentPage({ ctx, titleKey: "auth.confirm.resentTitle", textKey: "auth.confirm.resent" });
    if (await ipLimited(deps, req, reply, () => sendPage(reply, sent(), 429))) return reply;
    await resendConfirmation(deps, req.log, email);
    return sendPage(reply, sent());
  });
}
