import { refreshPersonSortKeys } from "../../people/sort-keys.repo.ts";
import { countryOfPerson } from "../engine/subjects.repo.ts";
import type { ResourceDef, Values } from "../engine/types.ts";
import { countryOf, datesInOrder, SORT, STATUS } from "./common.ts";
import { ORG_KINDS } from "./values.ts";

/** Topics: the priority taxonomy (shared reference content). */
export const topics: ResourceDef = {
  name: "topics",
  table: "topics",
  entity: "topic",
  target: "topic",
  content: false,
  fields: [
    { kind: "translated", name: "name", required: true },
    { kind: "slug", name: "slug", from: "name" },
    { ...SORT, fallback: 100 },
  ],
  columns: ["slug", "sort_order"],
  order: [["sort_order", "asc"]],
  subject: async (_db, _row, meta) => ({ type: "global", kind: "topic", ...meta }),
};

/** Organizations: parliaments, state bodies, international organizations, NGOs… */
export const organizations: ResourceDef = {
  name: "organizations",
  table: "organizations",
  entity: "organization",
  target: "organization",
  content: true,
  fields: [
    { kind: "translated", name: "name", required: true },
    { kind: "translated", name: "short_name" },
    { kind: "slug", name: "slug", from: "name" },
    { kind: "select", name: "kind", values: ORG_KINDS, labels: "org_kind", required: true },
    { kind: "ref", name: "country_code", target: "country" },
    { kind: "ref", name: "parent_id", target: "organization" },
    { kind: "text", name: "website", url: true },
    STATUS,
  ],
  columns: ["kind", "country_code", "status"],
  order: [["slug", "asc"]],
  subject: async (_db, row, meta) => ({
    type: "country",
    kind: "organization",
    country: countryOf(row.country_code),
    ...meta,
  }),
  publicPath: (row) => `/organizations/${row.slug}`,
};

function sortNameFrom(v: Values): void {
  if (typeof v.sort_name === "string" && v.sort_name !== "") return;
  const names = (v.name ?? {}) as Record<string, string | undefined>;
  const name = names.en || names.ru || Object.values(names).find((n) => n) || "";
  const parts = name.trim().split(/\s+/);
  v.sort_name = parts.length > 1 ? `${parts.at(-1)}, ${parts.slice(0, -1).join(" ")}` : name.trim();
}

/** People: names in several scripts, country, expertise, and whether the profile is public. */
export const people: ResourceDef = {
  name: "people",
  table: "people",
  entity: "person",
  target: "person",
  content: true,
  fields: [
    { kind: "translated", name: "name", required: true },
    { kind: "slug", name: "slug", from: "name" },
    { kind: "text", name: "sort_name", max: 200, hint: "edit.hints.sort_name" },
    { kind: "ref", name: "country_code", target: "country" },
    { kind: "boolean", name: "is_public", initial: "1" },
    {
      kind: "multi",
      name: "topics",
      target: "topic",
      join: { table: "person_topics", owner: "owner_id", value: "topic_id" },
    },
    STATUS,
  ],
  columns: ["country_code", "is_public", "status"],
  order: [["sort_name", "asc"]],
  children: [{ resource: "positions", column: "person_id" }],
  prepare: sortNameFrom,
  afterWrite: (trx, id) => refreshPersonSortKeys(trx, [id]),
  subject: async (_db, row, meta) => ({
    type: "country",
    kind: "person",
    country: countryOf(row.country_code),
    ...meta,
  }),
  publicPath: (row) => `/people/${row.slug}`,
};

/** Positions: a person's title at an organization over a period. */
export const positions: ResourceDef = {
  name: "positions",
  table: "positions",
  entity: "position",
  target: "position",
  content: false,
  fields: [
    { kind: "translated", name: "title", required: true },
    { kind: "ref", name: "organization_id", target: "organization" },
    { kind: "date", name: "starts_on" },
    { kind: "date", name: "ends_on" },
    SORT,
  ],
  columns: ["organization_id", "starts_on", "ends_on"],
  order: [
    ["sort_order", "asc"],
    ["starts_on", "asc"],
  ],
  parent: { param: "person", column: "person_id", resource: "people" },
  check: datesInOrder("starts_on", "ends_on"),
  subject: async (db, row, meta) => ({
    type: "country",
    kind: "position",
    country: await countryOfPerson(db, row.person_id),
    ...meta,
  }),
};
