import type { ViewCtx } from "../../http/context.ts";
import { countryName } from "../../i18n/format.ts";
import { listHref, PageHeader, Pagination, Text } from "../../views/components.tsx";
import { Layout } from "../../views/Layout.tsx";
import type { FacetName } from "./search.rank.ts";
import type { SearchQuery } from "./search.schema.ts";
import type { FacetValue, SearchHit, SearchResult } from "./search.service.ts";
import type { Segment } from "./search.snippet.ts";

/** Query parameters of a search page link. */
type Params = Record<string, string | number | undefined>;

function paramsOf(query: SearchQuery): Params {
  return { q: query.q, type: query.type, country: query.country, topic: query.topic, year: query.year };
}

/** The search form of the search page: a plain GET form that keeps the query. */
function SearchForm({ ctx, q }: { ctx: ViewCtx; q: string }) {
  return (
    <form class="filters" method="get" action={`/${ctx.locale}/search`}>
      <div>
        <label for="f-q">{ctx.t("search.form.label")}</label>
        <input type="search" id="f-q" name="q" value={q.slice(0, 200)} size={40} />
      </div>
      <button type="submit">{ctx.t("search.form.submit")}</button>
    </form>
  );
}

/** One facet: links with counts, the active one marked, and "All" to clear it. */
function Facet({
  ctx,
  name,
  values,
  base,
  exact,
}: {
  ctx: ViewCtx;
  name: FacetName;
  values: FacetValue[];
  base: Params;
  exact: boolean;
}) {
  if (values.length === 0) return null;
  const href = (v: string | undefined) =>
    listHref(`/${ctx.locale}/search`, { ...base, [name]: v, page: undefined });
  const active = values.some((v) => v.active);
  return (
    <nav aria-labelledby={`facet-${name}`}>
      <h2 id={`facet-${name}`}>{ctx.t(`search.facets.${name}`)}</h2>
      <ul>
        <li>
          <a href={href(undefined)} aria-current={active ? undefined : "true"}>
            {ctx.t("search.facets.all")}
          </a>
        </li>
        {values.map((v) => (
          <li key={v.value}>
            <a href={href(v.value)} aria-current={v.active ? "true" : undefined}>
              {v.label}
            </a>{" "}
            <span class="meta">({exact ? v.count : ctx.t("search.page.atLeast", { count: v.count })})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A snippet with its matched words in <mark>. */
function Snippet({ segments }: { segments: Segment[] }) {
  if (segments.length === 0) return null;
  return <p>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</p>;
}

function Hit({ ctx, hit }: { ctx: ViewCtx; hit: SearchHit }) {
  const meta = [hit.country ? countryName(ctx.locale, hit.country) : null, hit.year].filter(
    (x) => x !== null,
  );
  return (
    <li>
      <span class="meta">{ctx.t(`search.types.${hit.type}`)}</span>{" "}
      <a href={hit.url}>
        <Text ctx={ctx} value={hit.title} />
      </a>
      <Snippet segments={hit.segments} />
      {meta.length ? <p class="meta">{meta.join(" · ")}</p> : null}
    </li>
  );
}

/** The search page: the form; with a query, the count, facets, results and pages. */
export function SearchPage({
  ctx,
  query,
  result,
}: {
  ctx: ViewCtx;
  query: SearchQuery;
  result: SearchResult | null;
}) {
  const { t } = ctx;
  const q = result?.query ?? query.q.trim();
  const title = q ? t("search.page.titleWithQuery", { query: q.slice(0, 80) }) : t("search.page.title");
  const base = paramsOf({ ...query, q });
  return (
    <Layout ctx={ctx} title={title} description={t("search.page.hint")}>
      <PageHeader title={t("search.page.title")} sub={t("search.page.hint")} />
      <SearchForm ctx={ctx} q={q} />
      {result ? (
        <>
          <p role="status">
            {t(result.totalExact ? "search.page.count" : "search.page.countMore", {
              count: result.total,
              query: q.slice(0, 80),
            })}
          </p>
          {(["type", "country", "topic", "year"] as const).map((name) => (
            <Facet
              key={name}
              ctx={ctx}
              name={name}
              values={result.facets[name]}
              base={base}
              exact={result.facetsExact}
            />
          ))}
          {result.results.length ? (
            <>
              <h2>{t("search.page.results")}</h2>
              <ol class="list" start={(result.page - 1) * result.pageSize + 1}>
                {result.results.map((hit) => (
                  <Hit key={`${hit.type}-${hit.id}`} ctx={ctx} hit={hit} />
                ))}
              </ol>
            </>
          ) : null}
          <Pagination
            ctx={ctx}
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            hrefFor={(page) => listHref(`/${ctx.locale}/search`, { ...base, page })}
          />
          <p class="data">
            {t("common.openData")}:{" "}
            <a href={listHref("/api/v1/search", { ...base, page: result.page, locale: ctx.locale })}>JSON</a>
          </p>
        </>
      ) : null}
    </Layout>
  );
}
