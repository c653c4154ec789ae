import { KeptValues } from "./kept-values.ts";

/**
 * Counts a list's rows for the request's filters, or answers what it counted before. `list` names what is
 * counted (a route may count more than one list); `count` runs the `count(*)` when the total is not known;
 * `also` names list tags beyond the route's that the count reads (a filter by topic slug: `list:topic`).
 */
export type TotalOf = (
  list: string,
  count: () => Promise<number>,
  also?: readonly string[],
) => Promise<number>;

/** Counts every time: for callers outside a public list route (tests, the CLI, signed-in tools). */
export const countEveryTime: TotalOf = (_list, count) => count();

/** Query keys that choose a page or a format, not which rows are in the list. */
const NOT_FILTERS = new Set(["page", "pageSize", "format", "locale"]);

/**
 * The key of a list's total: its name, the locale and every filter (sorted, empty ones left out), so that
 * a filter added later is part of the key without anyone remembering to add it.
 */
export function totalKey(list: string, locale: string, filters: object): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(filters).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (NOT_FILTERS.has(k) || v === undefined || v === null || v === "") continue;
    parts.push(`${k}=${JSON.stringify(v)}`);
  }
  return `${list}|${locale}|${parts.join("&")}`;
}

/**
 * The totals of public lists (how many rows a list has for its filters), kept so that a page of a list
 * costs what its page of rows costs, not a `count(*)` over the whole table. Each total is kept with the
 * list tags of its route (`list:event`…), and dropped with the render cache's invalidation: a write to
 * that kind (in this process, or in another one through PostgreSQL NOTIFY) drops it, so the next request
 * counts again. Kept even when the render cache is off. At most `max` totals, least recently used first out.
 */
export class ListTotals extends KeptValues<number> {}
