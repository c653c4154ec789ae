import type { ViewCtx } from "../../http/context.ts";
import type { Locale } from "../../i18n/locales.ts";
import { DateRange, DateText, Text } from "../../views/components.tsx";
import { safeHref } from "../../views/filters.tsx";
import type { ItemView, UpdateView } from "./plans.service.ts";

const percentFormats = new Map<Locale, Intl.NumberFormat>();
/** "45 %" in the reader's locale. */
export function percent(locale: Locale, value: number): string {
  let f = percentFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
    percentFormats.set(locale, f);
  }
  return f.format(value / 100);
}

/** A progress bar with its value as text (the text is what screen readers read). */
export function Progress({ ctx, value }: { ctx: ViewCtx; value: number | null }) {
  if (value === null) return <span>–</span>;
  const text = percent(ctx.locale, value);
  return (
    <span>
      <progress max={100} value={value} aria-hidden="true" /> {text}
    </span>
  );
}

/** An item's state, translated, with its `state-*` class. */
export function State({ ctx, state }: { ctx: ViewCtx; state: string }) {
  return <span class={`state-${state}`}>{ctx.t(`plans.state.${state}`)}</span>;
}

function Update({ ctx, u }: { ctx: ViewCtx; u: UpdateView }) {
  const { t } = ctx;
  const url = safeHref(u.url);
  const evidence = [
    u.event ? (
      <a key="e" href={u.event.url}>
        <Text ctx={ctx} value={u.event.title} />
      </a>
    ) : null,
    u.document ? (
      <a key="d" href={u.document.url}>
        <Text ctx={ctx} value={u.document.title} />
      </a>
    ) : null,
    url ? (
      <a key="u" href={url} rel="noopener">
        {url}
      </a>
    ) : null,
  ].filter((x) => x !== null);
  return (
    <li>
      <DateText ctx={ctx} iso={u.reportedOn} />: <State ctx={ctx} state={u.state} />,{" "}
      <Progress ctx={ctx} value={u.progress} />
      {u.reportedBy ? ` (${t("plans.update.reportedBy", { country: u.reportedBy.name })})` : null}
      {u.note ? <Text ctx={ctx} as="p" value={u.note} /> : null}
      {evidence.length > 0 ? (
        <p>
          {t("plans.update.evidence")}:{" "}
          {evidence.map((e, i) => (
            <span key={e.key}>
              {i > 0 ? "; " : null}
              {e}
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}

function Item({
  ctx,
  item,
  childrenOf,
  depth,
}: {
  ctx: ViewCtx;
  item: ItemView;
  childrenOf: Map<number, ItemView[]>;
  depth: number;
}) {
  const { t, locale } = ctx;
  const H = depth === 0 ? "h3" : depth === 1 ? "h4" : "h5";
  const kids = childrenOf.get(item.id) ?? [];
  const base = `/${locale}/plans/${item.year}`;
  return (
    <li id={`item-${item.id}`}>
      <H>
        {item.code ? `${item.code}. ` : null}
        <Text ctx={ctx} value={item.title} />
      </H>
      {item.description ? <Text ctx={ctx} as="p" value={item.description} /> : null}
      <p class="meta">
        <State ctx={ctx} state={item.state} /> · <Progress ctx={ctx} value={item.progress} />
        {item.dueFrom || item.dueTo ? (
          <>
            {" · "}
            {t("plans.field.due")}: <DateRange ctx={ctx} from={item.dueFrom ?? item.dueTo} to={item.dueTo} />
          </>
        ) : null}
      </p>
      {item.countries.length + item.organizations.length > 0 ? (
        <p class="meta">
          {t("plans.field.responsible")}:{" "}
          {item.countries.map((c, i) => (
            <span key={c.code}>
              {i > 0 ? ", " : null}
              <a href={`${base}?country=${c.code}`}>{c.name}</a>
            </span>
          ))}
          {item.organizations.map((o, i) => (
            <span key={o.slug}>
              {i > 0 || item.countries.length > 0 ? ", " : null}
              <a href={o.url}>
                <Text ctx={ctx} value={o.name} />
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {item.topics.length > 0 ? (
        <ul class="chips" aria-label={t("plans.field.topics")}>
          {item.topics.map((tp) => (
            <li key={tp.slug}>
              <Text ctx={ctx} value={tp.name} />
            </li>
          ))}
        </ul>
      ) : null}
      {item.updates.length > 0 ? (
        <details open>
          <summary>{t("plans.update.title", { count: item.updates.length })}</summary>
          <ol class="list">
            {item.updates.map((u) => (
              <Update key={u.id} ctx={ctx} u={u} />
            ))}
          </ol>
        </details>
      ) : null}
      {kids.length > 0 ? <ItemList ctx={ctx} items={kids} childrenOf={childrenOf} depth={depth + 1} /> : null}
    </li>
  );
}

function ItemList({
  ctx,
  items,
  childrenOf,
  depth,
}: {
  ctx: ViewCtx;
  items: ItemView[];
  childrenOf: Map<number, ItemView[]>;
  depth: number;
}) {
  return (
    <ul class="list">
      {items.map((i) => (
        <Item key={i.id} ctx={ctx} item={i} childrenOf={childrenOf} depth={depth} />
      ))}
    </ul>
  );
}

/**
 * The items as a tree: an item whose parent is shown nests under it; one whose parent is
 * filtered out (or missing) stands at the top level.
 */
export function PlanItemTree({ ctx, items }: { ctx: ViewCtx; items: ItemView[] }) {
  if (items.length === 0) return null;
  const shown = new Set(items.map((i) => i.id));
  const childrenOf = new Map<number, ItemView[]>();
  const roots: ItemView[] = [];
  for (const i of items) {
    if (i.parentId === null || !shown.has(i.parentId) || i.parentId === i.id) {
      roots.push(i);
      continue;
    }
    childrenOf.set(i.parentId, [...(childrenOf.get(i.parentId) ?? []), i]);
  }
  return <ItemList ctx={ctx} items={roots} childrenOf={childrenOf} depth={0} />;
}
