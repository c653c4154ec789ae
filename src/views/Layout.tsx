import type { ComponentChildren } from "preact";
import type { ViewCtx } from "../http/context.ts";
import { ENDONYMS, LOCALES } from "../i18n/locales.ts";

const NAV = [
  ["chairmanships", "nav.chairmanships"],
  ["events", "nav.events"],
  ["people", "nav.people"],
  ["organizations", "nav.organizations"],
  ["projects", "nav.projects"],
  ["plans", "nav.plans"],
  ["indicators", "nav.indicators"],
  ["news", "nav.news"],
  ["documents", "nav.documents"],
] as const;

export interface LayoutProps {
  ctx: ViewCtx;
  /** The page's own title; the site name is appended. */
  title: string;
  /** A short description for search engines and link previews. */
  description?: string;
  children: ComponentChildren;
}

/** The page shell: skip link, header with navigation and language switcher, main, footer. */
export function Layout({ ctx, title, description, children }: LayoutProps) {
  const { t, locale } = ctx;
  const section = ctx.path.split(/[/?]/)[1] ?? "";
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t("common.siteShort")}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href={ctx.cssHref} />
        <link rel="manifest" href={`/${locale}/manifest.webmanifest`} />
        <script src={ctx.suggestHref} defer />
        {LOCALES.map((l) => (
          <link key={l} rel="alternate" hrefLang={l} href={`/${l}${ctx.path}`} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          {t("common.skipToContent")}
        </a>
        <header class="site">
          <div class="bar">
            <a class="brand" href={`/${locale}/`}>
              {t("common.siteName")}
            </a>
            <search>
              <form method="get" action={`/${locale}/search`}>
                <label for="site-q">{t("search.box.label")}</label>
                <input type="search" id="site-q" name="q" />{" "}
                <button type="submit">{t("search.box.submit")}</button>
              </form>
            </search>
            <nav class="account" aria-label={t("nav.account")}>
              {ctx.user ? (
                <>
                  {ctx.user.staff ? <a href={`/${locale}/edit`}>{t("nav.edit")}</a> : null}{" "}
                  <a href={`/${locale}/account`}>{ctx.user.name}</a>{" "}
                  <a href={`/${locale}/sign-out`}>{t("nav.signOut")}</a>
                </>
              ) : (
                <a href={`/${locale}/sign-in`}>{t("nav.signIn")}</a>
              )}
            </nav>
          </div>
          <nav aria-label={t("nav.label")}>
            <ul>
              {NAV.map(([path, key]) => (
                <li key={path}>
                  <a href={`/${locale}/${path}`} aria-current={section === path ? "page" : undefined}>
                    {t(key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer class="site">
          <nav aria-label={t("common.languages")}>
            <ul class="langs">
              {LOCALES.map((l) => (
                <li key={l}>
                  <a
                    href={`/lang/${l}?next=${encodeURIComponent(ctx.path)}`}
                    lang={l}
                    hrefLang={l}
                    aria-current={l === locale ? "true" : undefined}
                  >
                    {ENDONYMS[l]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <p>{t("common.footer")}</p>
        </footer>
      </body>
    </html>
  );
}
