import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { FeatureDeps } from "../../app.ts";
import { actorOf, recordAudit } from "../../audit/audit.service.ts";
import { csrfToken } from "../../auth/auth.plugin.ts";
import type { CurrentUser } from "../../auth/current-user.ts";
import { nowIso } from "../../auth/tokens.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams } from "../../http/list.ts";
import { isLocale } from "../../i18n/locales.ts";
import { AccountPage, type AccountView } from "./account.views.tsx";
import { updateUser } from "./accounts.repo.ts";
import { bodyOf, type FieldErrors, line, nameProblem } from "./form.ts";
import { describeGrant } from "./roles.ts";
import { signedIn } from "./session.ts";

const AccountQuery = z.object({ notice: z.enum(["saved"]).optional().catch(undefined) });

function accountView(req: FastifyRequest, user: CurrentUser): AccountView {
  return {
    name: user.name,
    email: user.email,
    locale: user.locale,
    roles: user.allGrants.map((g) => describeGrant(req.t, req.locale, g)),
    totpEnabled: user.totpEnabled,
    hasProfile: user.personId !== null,
  };
}

/** Her account page and its settings (name, the language of her mails). */
export function accountRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const page = (
    req: FastifyRequest,
    reply: FastifyReply,
    user: CurrentUser,
    status: number,
    o: { form?: { name: string; locale: string }; errors?: FieldErrors; notice?: string },
  ) =>
    sendPage(
      reply.header("cache-control", "no-store"),
      AccountPage({
        ctx: viewCtx(req),
        csrf: csrfToken(reply),
        account: accountView(req, user),
        form: o.form ?? { name: user.name, locale: user.locale },
        errors: o.errors,
        message: o.notice ? { key: `accounts.account.notices.${o.notice}` } : null,
      }),
      status,
    );

  r.get(
    "/:locale/account",
    { schema: { hide: true, params: LocaleParams, querystring: AccountQuery } },
    async (req, reply) => {
      const { user, step } = signedIn(req);
      if (step) return reply.redirect(step, 303);
      return page(req, reply, user, 200, { notice: req.query.notice });
    },
  );

  r.post("/:locale/account", { schema: { hide: true, params: LocaleParams } }, async (req, reply) => {
    const { user, step } = signedIn(req);
    if (step) return reply.redirect(step, 303);
    const b = bodyOf(req.body);
    const form = { name: line(b, "name"), locale: line(b, "locale") };
    const errors: FieldErrors = {};
    const nameErr = nameProblem(form.name);
    if (nameErr) errors.name = nameErr;
    if (!isLocale(form.locale)) errors.locale = "accounts.form.invalidChoice";
    if (Object.keys(errors).length) return page(req, reply, user, 400, { form, errors });
    const at = nowIso();
    await updateUser(deps.database.db, user.id, { name: form.name, locale: form.locale }, at);
    await recordAudit(deps.database.db, actorOf(req), {
      action: "account_update",
      entity: "user",
      entityId: user.id,
      before: { name: user.name, locale: user.locale },
      after: form,
    });
    return reply.redirect(`/${req.params.locale}/account?notice=saved`, 303);
  });
}
