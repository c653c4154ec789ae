import type { ResourceDef } from "../engine/types.ts";
import { STATUS } from "./common.ts";

/** Indicators: what is measured, in which unit, from which source. */
export const indicators: ResourceDef = {
  name: "indicators",
  table: "indicators",
  entity: "indicator",
  target: "indicator",
  content: true,
  fields: [
    {
      kind: "text",
      name: "code",
      required: true,
      max: 80,
      pattern: /^[a-z0-9][a-z0-9-]*$/,
      hint: "edit.hints.code",
    },
    { kind: "translated", name: "name", required: true },
    { kind: "text", name: "unit", required: true, max: 40 },
    { kind: "translated", name: "unit_label" },
    { kind: "translated", name: "source" },
    { kind: "ref", name: "source_organization_id", target: "organization" },
    { kind: "text", name: "source_url", url: true },
    STATUS,
  ],
  columns: ["code", "unit", "status"],
  order: [["code", "asc"]],
  unique: [["code"]],
  children: [{ resource: "observations", column: "indicator_id" }],
  subject: async (_db, _row, meta) => ({ type: "global", kind: "indicator", ...meta }),
  publicPath: (row) => `/indicators/${row.code}`,
};

/** Observations: an indicator's value for a country (or a region) in a year. */
export const observations: ResourceDef = {
  name: "observations",
  table: "observations",
  entity: "observation",
  target: "observation",
  content: false,
  fields: [
    { kind: "integer", name: "year", required: true, min: 1900, max: 2100 },
    { kind: "number", name: "value", required: true },
    { kind: "ref", name: "country_code", target: "country" },
    { kind: "text", name: "region", max: 20, pattern: /^[A-Z0-9-]{2,20}$/, hint: "edit.hints.region" },
    { kind: "ref", name: "event_id", target: "event" },
    { kind: "translated", name: "note", long: true },
  ],
  columns: ["year", "country_code", "region", "value"],
  order: [["year", "desc"]],
  parent: { param: "indicator", column: "indicator_id", resource: "indicators" },
  unique: [["year", "indicator_id", "country_code", "region"]],
  check: (v) =>
    (v.country_code === null) === (v.region === null) ? [{ field: "country_code", key: "area" }] : [],
  subject: async (_db, _row, meta) => ({ type: "global", kind: "observation", ...meta }),
};
