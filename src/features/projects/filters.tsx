import type { ComponentChildren } from "preact";
import type { ViewCtx } from "../../http/context.ts";

/** One choice of a filter select. */
export interface FilterOption {
  value: string;
  label: string;
}

/** A labelled select whose first option ("All") sends an empty value; the current value stays selected. */
export function FilterSelect({
  ctx,
  name,
  label,
  value,
  options,
}: {
  ctx: ViewCtx;
  name: string;
  label: string;
  value: string | undefined;
  options: FilterOption[];
}) {
  const id = `f-${name}`;
  return (
    <div>
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{ctx.t("common.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET filter form (works without JS): the selects, a submit button and, when filtered, a reset link. */
export function FilterForm({
  ctx,
  action,
  label,
  active,
  children,
}: {
  ctx: ViewCtx;
  action: string;
  label: string;
  active: boolean;
  children: ComponentChildren;
}) {
  return (
    <form class="filters" method="get" action={action} aria-label={label}>
      {children}
      <button type="submit">{ctx.t("common.filter")}</button>
      {active ? <a href={action}>{ctx.t("common.reset")}</a> : null}
    </form>
  );
}

/** True for links safe to render as external hrefs (http and https only). */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url);
}
