import type { ViewCtx } from "../../http/context.ts";
import { type Page, pageSizeParam } from "../../http/list.ts";
import { countryName } from "../../i18n/format.ts";
import { ENDONYMS } from "../../i18n/locales.ts";
import { DataLinks, DateText, listHref, PageHeader, Pagination, Text } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { NewsDetailView, NewsView } from "./news.service.ts";
import type { ChairRef, EventRef } from "./related.service.ts";

/** Links to what a post or document is about: its event and its chairmanship. */
export function RelatedLinks({ ctx, event, chair }: { ctx: ViewCtx; event?: EventRef; chair?: ChairRef }) {
  if (!event && !chair) return null;
  return (
    <ul class="chips">
      {event ? (
        <li>
          {ctx.t("news.related.event")}:{" "}
          <a href={event.url}>
            <Text ctx={ctx} value={event.title} />
          </a>
        </li>
      ) : null}
      {chair ? (
        <li>
          <a href={chair.url}>
            {ctx.t("news.related.chairmanship", {
              country: countryName(ctx.locale, chair.country),
              year: String(chair.year),
            })}
          </a>
        </li>
      ) : null}
    </ul>
  );
}

/** The news list: newest first, title, date and summary. */
export function NewsListPage({ ctx, page }: { ctx: ViewCtx; page: Page<NewsView> }) {
  const { t } = ctx;
  const base = `/${ctx.locale}/news`;
  return (
    <Layout ctx={ctx} title={t("news.list.title")}>
      <PageHeader title={t("news.list.title")} sub={t("common.count", { count: page.total })} />
      {page.items.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul class="cards">
          {page.items.map((n) => (
            <li key={n.id}>
              <h2>
                <a href={n.url}>
                  <Text ctx={ctx} value={n.title} />
                </a>
              </h2>
              <p class="meta">
                <DateText ctx={ctx} iso={n.date} />
              </p>
              <Text ctx={ctx} value={n.summary} as="p" />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        ctx={ctx}
        {...page}
        hrefFor={(p) => listHref(base, { page: p, pageSize: pageSizeParam(page.pageSize) })}
      />
      <DataLinks ctx={ctx} api="/api/v1/news" />
    </Layout>
  );
}

/** A body of plain blocks (all text escaped); when it is in another language, says so once. */
export function Body({ ctx, body }: { ctx: ViewCtx; body: NewsDetailView["body"] }) {
  if (!body) return null;
  return (
    <div lang={body.lang}>
      {body.fallback ? (
        <p class="fb" lang={ctx.locale}>
          {ctx.t("common.fallbackNote", { language: ENDONYMS[body.lang] })}
        </p>
      ) : null}
      {body.blocks.map((b, i) => {
        if (b.kind === "list") {
          return (
            <ul key={i}>
              {b.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          );
        }
        if (b.kind === "h") return <h2 key={i}>{b.text}</h2>;
        if (b.kind === "quote") {
          return (
            <blockquote key={i}>
              <p>{b.text}</p>
            </blockquote>
          );
        }
        return <p key={i}>{b.text}</p>;
      })}
    </div>
  );
}

/** One news post. */
export function NewsPage({ ctx, post }: { ctx: ViewCtx; post: NewsDetailView }) {
  return (
    <Layout ctx={ctx} title={post.title.text} description={post.summary?.text}>
      <article>
        <PageHeader
          title={<Text ctx={ctx} value={post.title} />}
          sub={<DateText ctx={ctx} iso={post.date} />}
        />
        <RelatedLinks ctx={ctx} event={post.event} chair={post.chairmanship} />
        <Body ctx={ctx} body={post.body} />
      </article>
      <p>
        <a href={`/${ctx.locale}/news`}>{ctx.t("news.detail.back")}</a>
      </p>
    </Layout>
  );
}
