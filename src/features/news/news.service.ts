import type { Kysely } from "kysely";
import type { TotalOf } from "../../cache/totals.ts";
import { type Localized, loadTranslations, pick } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { offsetOf, type Page, type PageQuery } from "../../http/list.ts";
import type { Locale } from "../../i18n/locales.ts";
import { plain } from "../reference/names.service.ts";
import { findNews, listNews, type NewsRow } from "./news.repo.ts";
import { type Block, blocks, type ChairRef, type EventRef, loadRelated, ref } from "./related.service.ts";

/** A news post as a reader sees it. */
export interface NewsView {
  id: number;
  slug: string;
  url: string;
  date: string;
  title: Localized;
  summary?: Localized;
  event?: EventRef;
  chairmanship?: ChairRef;
}

/** A news post with its body split into paragraphs (all in the body's language). */
export interface NewsDetailView extends NewsView {
  body?: { lang: Locale; fallback: boolean; blocks: Block[] };
  bodyText: string | null;
}

/** A news post in the API. */
export interface NewsItem {
  id: number;
  url: string;
  slug: string;
  title: string;
  date: string;
  summary: string | null;
  event: string | null;
  chairmanship: number | null;
}

async function views(db: Kysely<DB>, locale: Locale, rows: NewsRow[]): Promise<NewsDetailView[]> {
  const [tr, rel] = await Promise.all([
    loadTranslations(
      db,
      "news",
      rows.map((n) => n.id),
    ),
    loadRelated(
      db,
      locale,
      rows.map((n) => n.event_id),
      rows.map((n) => n.chairmanship_id),
    ),
  ]);
  return rows.map((n) => {
    const f = tr.get(n.id);
    const body = pick(f, "body", locale);
    return {
      id: n.id,
      slug: n.slug,
      url: `/${locale}/news/${n.slug}`,
      date: n.published_on,
      title: pick(f, "title", locale) ?? plain(n.slug, locale),
      summary: pick(f, "summary", locale),
      event: ref(rel.events, n.event_id),
      chairmanship: ref(rel.chairs, n.chairmanship_id),
      body: body ? { lang: body.lang, fallback: body.fallback, blocks: blocks(body.text) } : undefined,
      bodyText: body?.text ?? null,
    };
  });
}

/** A page of news, newest first. */
export async function newsPage(
  db: Kysely<DB>,
  locale: Locale,
  q: PageQuery,
  totalOf?: TotalOf,
): Promise<Page<NewsView>> {
  const { rows, total } = await listNews(db, { limit: q.pageSize, offset: offsetOf(q) }, totalOf);
  return { items: await views(db, locale, rows), total, page: q.page, pageSize: q.pageSize };
}

/** One news post; undefined when there is no such public post. */
export async function newsDetail(
  db: Kysely<DB>,
  locale: Locale,
  slug: string,
): Promise<NewsDetailView | undefined> {
  const row = await findNews(db, slug);
  if (!row) return undefined;
  return (await views(db, locale, [row]))[0];
}

/** The API shape of a news post. */
export function newsItem(n: NewsView): NewsItem {
  return {
    id: n.id,
    url: n.url,
    slug: n.slug,
    title: n.title.text,
    date: n.date,
    summary: n.summary?.text ?? null,
    event: n.event?.slug ?? null,
    chairmanship: n.chairmanship?.year ?? null,
  };
}
