import type { ViewCtx } from "../../http/context.ts";
import { pageSizeParam } from "../../http/list.ts";
import { DataLinks, DateText, listHref, PageHeader, Pagination, Text } from "../../views/components.tsx";
import { FilterForm, Select, safeHref } from "../../views/filters.tsx";
import { Layout } from "../../views/Layout.tsx";
import { DOCUMENT_KINDS } from "./documents.schema.ts";
import type { DocumentsList, DocumentView } from "./documents.service.ts";
import { Body, RelatedLinks } from "./news.views.tsx";

/** A document kind in the reader's language (an unknown kind shows as "other"). */
function kindLabel(ctx: ViewCtx, kind: string): string {
  return ctx.t(`documents.kind.${(DOCUMENT_KINDS as readonly string[]).includes(kind) ? kind : "other"}`);
}

function Filters({ ctx, list, base }: { ctx: ViewCtx; list: DocumentsList; base: string }) {
  const { t } = ctx;
  const { kind, year } = list.filters;
  return (
    <FilterForm ctx={ctx} action={base} active={Boolean(kind || year)}>
      <Select
        ctx={ctx}
        name="kind"
        label={t("documents.filter.kind")}
        value={kind}
        options={DOCUMENT_KINDS.map((k) => ({ value: k, label: kindLabel(ctx, k) }))}
      />
      <Select
        ctx={ctx}
        name="year"
        label={t("documents.filter.year")}
        value={year}
        options={list.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
    </FilterForm>
  );
}

/** The documents list: kind, date and what each is about, with filters by kind and year. */
export function DocumentsPage({ ctx, list }: { ctx: ViewCtx; list: DocumentsList }) {
  const { t } = ctx;
  const base = `/${ctx.locale}/documents`;
  const params = { kind: list.filters.kind, year: list.filters.year };
  const api = listHref("/api/v1/documents", params);
  return (
    <Layout ctx={ctx} title={t("documents.list.title")}>
      <PageHeader title={t("documents.list.title")} sub={t("common.count", { count: list.total })} />
      <Filters ctx={ctx} list={list} base={base} />
      {list.items.length === 0 ? (
        <p>{t("common.none")}</p>
      ) : (
        <ul class="cards">
          {list.items.map((d) => (
            <li key={d.id}>
              <h2>
                <a href={d.url}>
                  <Text ctx={ctx} value={d.title} />
                </a>
              </h2>
              <p class="meta">
                {kindLabel(ctx, d.kind)}
                {d.date ? " · " : null}
                <DateText ctx={ctx} iso={d.date} />
              </p>
              <RelatedLinks ctx={ctx} event={d.event} chair={d.chairmanship} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        ctx={ctx}
        {...list}
        hrefFor={(p) => listHref(base, { ...params, page: p, pageSize: pageSizeParam(list.pageSize) })}
      />
      <DataLinks ctx={ctx} api={api} />
    </Layout>
  );
}

/** One document: what it is, what it is about, and where to read it. */
export function DocumentPage({ ctx, doc }: { ctx: ViewCtx; doc: DocumentView }) {
  const { t } = ctx;
  const desc = doc.description;
  const source = safeHref(doc.sourceUrl);
  return (
    <Layout ctx={ctx} title={doc.title.text}>
      <PageHeader
        title={<Text ctx={ctx} value={doc.title} />}
        sub={
          <>
            {kindLabel(ctx, doc.kind)}
            {doc.date ? " · " : null}
            <DateText ctx={ctx} iso={doc.date} />
          </>
        }
      />
      <RelatedLinks ctx={ctx} event={doc.event} chair={doc.chairmanship} />
      {doc.plan ? (
        <p>
          {t("documents.related.plan")}:{" "}
          <a href={doc.plan.url}>
            {doc.plan.title ? (
              <Text ctx={ctx} value={doc.plan.title} />
            ) : (
              t("documents.planOf", { year: String(doc.plan.year) })
            )}
          </a>
        </p>
      ) : null}
      <Body
        ctx={ctx}
        body={desc ? { lang: desc.lang, fallback: desc.fallback, blocks: doc.descriptionBlocks } : undefined}
      />
      {doc.file ? (
        <p>
          <a href={doc.file.href} download>
            {t("documents.download", {
              type: doc.file.mimeType.split("/")[1]?.toUpperCase() ?? "",
              kb: Math.max(1, Math.round(doc.file.bytes / 1024)),
            })}
          </a>
        </p>
      ) : null}
      {source ? (
        <p>
          {t("documents.source")}: <a href={source}>{source}</a>
        </p>
      ) : null}
      <p>
        <a href={`/${ctx.locale}/documents`}>{t("documents.detail.back")}</a>
      </p>
    </Layout>
  );
}
