import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sendPage, viewCtx } from "../../http/context.ts";
import { LocaleParams } from "../../http/list.ts";
import type { Feature } from "../types.ts";
import { homeData } from "./home.service.ts";
import { HomePage } from "./home.views.tsx";

/** Routes of the home feature: `/:locale/` (the app ignores the trailing slash). */
export const homeRoutes: Feature = async (app, { deps }) => {
  const { db } = deps.database;
  app
    .withTypeProvider<ZodTypeProvider>()
    .get("/:locale", { schema: { hide: true, params: LocaleParams } }, async (req, reply) => {
      const data = await homeData(db, req.locale);
      return sendPage(reply, HomePage({ ctx: viewCtx(req), data }));
    });
};
