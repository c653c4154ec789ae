import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Config } from "../config.ts";
import { NotFoundError } from "../errors.ts";
import { isLocale, LOCALES, negotiateLocale } from "../i18n/locales.ts";

/** The cookie that remembers the language a reader chose with the switcher. */
export const LOCALE_COOKIE = "dialogue_locale";

const ChoiceQuery = z.object({
  // A path on this site only: no scheme, no host, no protocol-relative "//".
  next: z
    .string()
    .max(2000)
    .regex(/^\/(?![/\\])[^\s]*$/)
    .default("/"),
});

/**
 * Language choice. `/` sends a reader to her language: the one she chose before (cookie), else the best
 * match of her browser's Accept-Language, else Russian. `/lang/:locale?next=/path` is where the language
 * switcher links: it remembers the choice for a year and shows the same page in that language.
 */
export function registerLocaleChoice(app: FastifyInstance, config: Config): void {
  app.get("/", { schema: { hide: true } }, async (req, reply) => {
    const chosen = req.cookies[LOCALE_COOKIE];
    const locale = isLocale(chosen) ? chosen : negotiateLocale(req.headers["accept-language"]);
    return reply
      .header("vary", "accept-language, cookie")
      .header("cache-control", "private, no-cache")
      .redirect(`/${locale}/`, 302);
  });

  app.get<{ Params: { locale: string }; Querystring: z.infer<typeof ChoiceQuery> }>(
    "/lang/:locale",
    { schema: { hide: true, querystring: ChoiceQuery } },
    async (req, reply) => {
      const { locale } = req.params;
      if (!isLocale(locale)) throw new NotFoundError();
      const rest = req.query.next.replace(new RegExp(`^/(${LOCALES.join("|")})(?=/|$|\\?)`), "");
      reply.setCookie(LOCALE_COOKIE, locale, {
        path: "/",
        maxAge: 365 * 24 * 3600,
        sameSite: "lax",
        httpOnly: true,
        secure: config.secureCookies,
      });
      return reply
        .header("cache-control", "no-store")
        .redirect(`/${locale}${rest.startsWith("/") ? rest : `/${rest}`}`, 303);
    },
  );
}
