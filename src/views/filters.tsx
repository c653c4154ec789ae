import type { ComponentChildren } from "preact";
import type { ViewCtx } from "../http/context.ts";

/** One choice of a filter select: the value sent and the label shown. */
export interface Option {
  value: string;
  label: string;
}

/**
 * A labelled select (`<label for="f-{name}">`, `<select id="f-{name}" name="{name}">`) whose first
 * option ("All") sends an empty value, i.e. no filter; the current value stays selected.
 */
export function Select({
  ctx,
  name,
  label,
  value,
  options,
}: {
  ctx: ViewCtx;
  name: string;
  label: string;
  value: string | number | undefined;
  options: readonly Option[];
}) {
  const id = `f-${name}`;
  const current = value === undefined ? undefined : String(value);
  return (
    <div>
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{ctx.t("common.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A list's filter form: a plain GET form (works without JS) with its selects, a submit button
 * and, while any filter is active, a link back to the unfiltered list.
 */
export function FilterForm({
  ctx,
  action,
  label,
  active,
  children,
}: {
  ctx: ViewCtx;
  action: string;
  /** An accessible name for the form, when the page has several. */
  label?: string;
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

/** The URL when it is safe to render as an external link (http or https, no white space); else undefined. */
export function safeHref(url: string | null | undefined): string | undefined {
  return typeof url === "string" && /^https?:\/\/\S+$/i.test(url) ? url : undefined;
}
