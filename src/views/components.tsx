import type { ComponentChildren } from "preact";
import type { Localized } from "../db/translations.ts";
import type { ViewCtx } from "../http/context.ts";
import { countryName, formatDate } from "../i18n/format.ts";
import { ENDONYMS } from "../i18n/locales.ts";

/**
 * A translated content text. When it is shown in another language than the reader's,
 * it carries that `lang` and a visible note saying which language it is in.
 */
export function Text({
  ctx,
  value,
  as: Tag = "span",
}: {
  ctx: ViewCtx;
  value: Localized | undefined;
  as?: "span" | "p" | "div";
}) {
  if (!value) return null;
  if (!value.fallback) return <Tag>{value.text}</Tag>;
  return (
    <Tag lang={value.lang}>
      {value.text}{" "}
      <small class="fb" lang={ctx.locale}>
        {ctx.t("common.fallbackNote", { language: ENDONYMS[value.lang] })}
      </small>
    </Tag>
  );
}

/** A date in the reader's locale, in a <time> element; "approximately" when the sources disagree. */
export function DateText({
  ctx,
  iso,
  approximate,
}: {
  ctx: ViewCtx;
  iso: string | null | undefined;
  approximate?: boolean;
}) {
  if (!iso) return null;
  const text = formatDate(ctx.locale, iso);
  return <time dateTime={iso}>{approximate ? ctx.t("common.approximately", { date: text }) : text}</time>;
}

/** A date range; one date when start and end are the same day. */
export function DateRange({
  ctx,
  from,
  to,
  approximate,
}: {
  ctx: ViewCtx;
  from: string | null;
  to: string | null;
  approximate?: boolean;
}) {
  if (!from) return null;
  if (!to || to === from) return <DateText ctx={ctx} iso={from} approximate={approximate} />;
  return (
    <span>
      <DateText ctx={ctx} iso={from} approximate={approximate} /> – <DateText ctx={ctx} iso={to} />
    </span>
  );
}

/** A country's name in the reader's language (`countryName`: the same name on every page), linking to nothing. */
export function Country({ ctx, code }: { ctx: ViewCtx; code: string | null | undefined }) {
  if (!code) return null;
  return <span class="country">{countryName(ctx.locale, code)}</span>;
}

/**
 * Previous/next links and "page X of Y" for any list. `hrefFor(page)` builds each link. A list's
 * `Page` carries the numbers it needs: `<Pagination ctx={ctx} {...page} hrefFor={…} />`.
 */
export function Pagination({
  ctx,
  page,
  pageSize,
  total,
  hrefFor,
}: {
  ctx: ViewCtx;
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={ctx.t("common.pagination")}>
      {page > 1 ? (
        <a rel="prev" href={hrefFor(page - 1)}>
          {ctx.t("common.previous")}
        </a>
      ) : null}
      <span>{ctx.t("common.pageOf", { page, pages })}</span>
      {page < pages ? (
        <a rel="next" href={hrefFor(page + 1)}>
          {ctx.t("common.next")}
        </a>
      ) : null}
    </nav>
  );
}

/** Builds a list URL that keeps the current filters and changes only what is given. */
export function listHref(base: string, params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "" || (k === "page" && v === 1)) continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

/** A page heading with an optional line under it. */
export function PageHeader({
  title,
  sub,
  children,
}: {
  title: ComponentChildren;
  sub?: ComponentChildren;
  children?: ComponentChildren;
}) {
  return (
    <div class="ph">
      <h1>{title}</h1>
      {sub ? <p class="sub">{sub}</p> : null}
      {children}
    </div>
  );
}

/** Links to a list's JSON and CSV twins. */
export function DataLinks({ ctx, api }: { ctx: ViewCtx; api: string }) {
  const [path, query] = api.split("?");
  const sep = query ? `?${query}` : "";
  return (
    <p class="data">
      {ctx.t("common.openData")}: <a href={`${path}${sep}`}>JSON</a> · <a href={`${path}.csv${sep}`}>CSV</a>
    </p>
  );
}
