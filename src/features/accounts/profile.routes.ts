import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { FeatureDeps } from "../../app.ts";
import { actorOf } from "../../audit/audit.service.ts";
import { authorize, csrfToken } from "../../auth/auth.plugin.ts";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams } from "../../http/list.ts";
import { bodyOf, checked, int, line, many, para } from "./form.ts";
import { loadProfile, type ProfileForm, profileErrors, saveProfile } from "./profile.service.ts";
import { ProfilePage } from "./profile.views.tsx";
import { signedIn } from "./session.ts";

const ProfileQuery = z.object({ notice: z.enum(["saved"]).optional().catch(undefined) });

/** A member's own public profile: private until she opts in; her e-mail is never part of it. */
export function profileRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get(
    "/:locale/account/profile",
    { schema: { hide: true, params: LocaleParams, querystring: ProfileQuery } },
    async (req, reply) => {
      const { user, step } = signedIn(req);
      if (step) return reply.redirect(step, 303);
      const view = await loadProfile(db, user, req.locale);
      const message = req.query.notice ? { key: "accounts.profile.saved" } : null;
      return sendPage(
        reply.header("cache-control", "no-store"),
        ProfilePage({ ctx: viewCtx(req), csrf: csrfToken(reply), view, message }),
      );
    },
  );

  r.post("/:locale/account/profile", { schema: { hide: true, params: LocaleParams } }, async (req, reply) => {
    const { user, step } = signedIn(req);
    if (step) return reply.redirect(step, 303);
    const b = bodyOf(req.body);
    // The record the form was for: hers, or none yet. Anyone else's is refused by the policy (and audited).
    const personId = int(b, "person_id");
    if (personId === null) {
      await authorize(req, deps.database, user.personId === null ? "create" : "update", {
        type: "profile",
        personId: user.personId,
      });
    } else {
      await authorize(
        req,
        deps.database,
        "update",
        { type: "profile", personId },
        { name: "person", id: personId },
      );
    }
    const form: ProfileForm = {
      nameEn: line(b, "name_en"),
      nameRu: line(b, "name_ru"),
      country: line(b, "country").toUpperCase(),
      topics: [...new Set(many(b, "topics"))],
      bioEn: para(b, "bio_en"),
      bioRu: para(b, "bio_ru"),
      isPublic: checked(b, "is_public"),
    };
    const before = await loadProfile(db, user, req.locale);
    const errors = profileErrors(form, before.options);
    if (Object.keys(errors).length) {
      const view = { ...before, form };
      return sendPage(reply, ProfilePage({ ctx: viewCtx(req), csrf: csrfToken(reply), view, errors }), 400);
    }
    await saveProfile(db, actorOf(req), user, before, form);
    return reply.redirect(`/${req.params.locale}/account/profile?notice=saved`, 303);
  });
}
