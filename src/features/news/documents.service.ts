import type { Kysely } from "kysely";
import type { TotalOf } from "../../cache/totals.ts";
import { type Localized, loadTranslations, pick } from "../../db/translations.ts";
import type { DB } from "../../db/types.ts";
import { offsetOf, type Page, type PageQuery } from "../../http/list.ts";
import type { Locale } from "../../i18n/locales.ts";
import { plain } from "../reference/names.service.ts";
import { type DocumentRow, documentYears, findDocument, listDocuments, planRefs } from "./documents.repo.ts";
import type { DocumentKind } from "./documents.schema.ts";
import { type Block, blocks, type ChairRef, type EventRef, loadRelated, ref } from "./related.service.ts";

/** A link to an action plan. */
export interface PlanRef {
  year: number;
  title?: Localized;
  url: string;
}

/** A document as a reader sees it. */
export interface DocumentView {
  id: number;
  slug: string;
  url: string;
  kind: string;
  date: string | null;
  title: Localized;
  description?: Localized;
  descriptionBlocks: Block[];
  sourceUrl: string | null;
  /** The uploaded file, served as an attachment, when there is one. */
  file: { href: string; mimeType: string; bytes: number } | null;
  event?: EventRef;
  chairmanship?: ChairRef;
  plan?: PlanRef;
}

/** A document in the API. */
export interface DocumentItem {
  id: number;
  url: string;
  slug: string;
  kind: string;
  title: string;
  date: string | null;
  description: string | null;
  sourceUrl: string | null;
  event: string | null;
  chairmanship: number | null;
  plan: number | null;
}

/** The documents page's data: a page of documents, the active filters and the years to choose from. */
export interface DocumentsList extends Page<DocumentView> {
  filters: { kind?: DocumentKind; year?: number };
  years: number[];
}

async function views(db: Kysely<DB>, locale: Locale, rows: DocumentRow[]): Promise<DocumentView[]> {
  const ids = rows.map((d) => d.id);
  const [tr, rel, plans] = await Promise.all([
    loadTranslations(db, "document", ids),
    loadRelated(
      db,
      locale,
      rows.map((d) => d.event_id),
      rows.map((d) => d.chairmanship_id),
    ),
    planRefs(
      db,
      rows.map((d) => d.plan_id),
    ),
  ]);
  const planTr = await loadTranslations(
    db,
    "plan",
    plans.map((p) => p.id),
  );
  const planById = new Map<number, PlanRef>(
    plans.map((p) => [
      p.id,
      { year: p.year, title: pick(planTr.get(p.id), "title", locale), url: `/${locale}/plans/${p.year}` },
    ]),
  );
  return rows.map((d) => {
    const f = tr.get(d.id);
    const description = pick(f, "description", locale);
    return {
      id: d.id,
      slug: d.slug,
      url: `/${locale}/documents/${d.slug}`,
      kind: d.kind,
      date: d.published_on,
      title: pick(f, "title", locale) ?? plain(d.slug, locale),
      description,
      descriptionBlocks: description ? blocks(description.text) : [],
      sourceUrl: d.url,
      file:
        d.file_name && d.mime_type
          ? { href: `/${locale}/documents/${d.slug}/file`, mimeType: d.mime_type, bytes: d.byte_size ?? 0 }
          : null,
      event: ref(rel.events, d.event_id),
      chairmanship: ref(rel.chairs, d.chairmanship_id),
      plan: ref(planById, d.plan_id),
    };
  });
}

/** A page of documents, filtered by kind and year. */
export async function documentsPage(
  db: Kysely<DB>,
  locale: Locale,
  filters: { kind?: DocumentKind; year?: number },
  q: PageQuery,
  totalOf?: TotalOf,
): Promise<DocumentsList> {
  const [{ rows, total }, years] = await Promise.all([
    listDocuments(db, filters, { limit: q.pageSize, offset: offsetOf(q) }, totalOf),
    documentYears(db),
  ]);
  return { items: await views(db, locale, rows), total, page: q.page, pageSize: q.pageSize, filters, years };
}

/** One document; undefined when there is no such public document. */
export async function documentDetail(
  db: Kysely<DB>,
  locale: Locale,
  slug: string,
): Promise<DocumentView | undefined> {
  const row = await findDocument(db, slug);
  if (!row) return undefined;
  return (await views(db, locale, [row]))[0];
}

/** The API shape of a document. */
export function documentItem(d: DocumentView): DocumentItem {
  return {
    id: d.id,
    url: d.url,
    slug: d.slug,
    kind: d.kind,
    title: d.title.text,
    date: d.date,
    description: d.description?.text ?? null,
    sourceUrl: d.sourceUrl,
    event: d.event?.slug ?? null,
    chairmanship: d.chairmanship?.year ?? null,
    plan: d.plan?.year ?? null,
  };
}
