import type { TranslatableEntity } from "../../../db/types.ts";
import { countryName } from "../../../i18n/format.ts";
import type { Locale } from "../../../i18n/locales.ts";
import type { Translate } from "../../../i18n/messages.ts";
import type { RefTarget } from "./types.ts";

/** What a label is made from: the row, its translated text, the label of a related row, the locale. */
export interface LabelInput {
  row: Record<string, unknown>;
  text: string | undefined;
  via: string | undefined;
  locale: Locale;
  /** The reader's translator, when the caller has one (for fixed values such as a role). */
  t?: Translate;
}

/** How to find, order and label the rows of a target. */
export interface TargetSpec {
  table: string;
  key: "id" | "code";
  /** Label text from this translation field. */
  entity?: TranslatableEntity;
  field?: string;
  /** Label prefix from a related target (e.g. a position's person). */
  via?: { column: string; target: RefTarget };
  columns: string[];
  order: [string, "asc" | "desc"][];
  content: boolean;
  compose?: (i: LabelInput) => string;
}

/** A stored value as text ("" for null). */
export const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const joinLabel = (...parts: (string | undefined)[]) => parts.filter((p) => p).join(" · ");
const excerpt = (s: string | undefined) => (s && s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Every target: its table, key, label source and order. */
export const SPECS: Record<RefTarget, TargetSpec> = {
  chairmanship: {
    table: "chairmanships",
    key: "id",
    columns: ["year", "country_code"],
    order: [["year", "desc"]],
    content: true,
    compose: ({ row, locale }) => `${str(row.year)} · ${countryName(locale, str(row.country_code))}`,
  },
  topic: {
    table: "topics",
    key: "id",
    entity: "topic",
    field: "name",
    columns: ["slug"],
    order: [["sort_order", "asc"]],
    content: false,
  },
  country: {
    table: "countries",
    key: "code",
    columns: ["code"],
    order: [
      ["sort_order", "asc"],
      ["code", "asc"],
    ],
    content: false,
    compose: ({ row, locale }) => countryName(locale, str(row.code)),
  },
  organization: {
    table: "organizations",
    key: "id",
    entity: "organization",
    field: "name",
    columns: ["slug"],
    order: [["slug", "asc"]],
    content: true,
  },
  person: {
    table: "people",
    key: "id",
    entity: "person",
    field: "name",
    columns: ["slug"],
    order: [["sort_name", "asc"]],
    content: true,
  },
  position: {
    table: "positions",
    key: "id",
    entity: "position",
    field: "title",
    via: { column: "person_id", target: "person" },
    columns: ["person_id"],
    order: [
      ["person_id", "asc"],
      ["sort_order", "asc"],
    ],
    content: false,
    compose: ({ via, text }) => joinLabel(via, excerpt(text)),
  },
  event: {
    table: "events",
    key: "id",
    entity: "event",
    field: "title",
    columns: ["starts_on", "slug"],
    order: [["starts_on", "desc"]],
    content: true,
  },
  session: {
    table: "sessions",
    key: "id",
    entity: "session",
    field: "title",
    columns: ["sort_order"],
    order: [["sort_order", "asc"]],
    content: false,
  },
  participation: {
    table: "participations",
    key: "id",
    via: { column: "person_id", target: "person" },
    columns: ["person_id", "role"],
    order: [
      ["sort_order", "asc"],
      ["id", "asc"],
    ],
    content: false,
    compose: ({ via, row, t }) =>
      joinLabel(via, t ? t(`edit.values.participation_role.${str(row.role)}`) : str(row.role)),
  },
  statement: {
    table: "statements",
    key: "id",
    entity: "statement",
    field: "text",
    via: { column: "person_id", target: "person" },
    columns: ["person_id"],
    order: [
      ["sort_order", "asc"],
      ["id", "asc"],
    ],
    content: true,
    compose: ({ via, text }) => joinLabel(via, excerpt(text)),
  },
  plan: {
    table: "action_plans",
    key: "id",
    entity: "plan",
    field: "title",
    via: { column: "chairmanship_id", target: "chairmanship" },
    columns: ["chairmanship_id"],
    order: [["id", "desc"]],
    content: true,
    compose: ({ via, text }) => text ?? via ?? "",
  },
  plan_item: {
    table: "plan_items",
    key: "id",
    entity: "plan_item",
    field: "title",
    columns: ["code"],
    order: [
      ["sort_order", "asc"],
      ["id", "asc"],
    ],
    content: true,
    compose: ({ row, text }) => joinLabel(str(row.code), excerpt(text)),
  },
  plan_update: {
    table: "plan_updates",
    key: "id",
    entity: "plan_update",
    field: "note",
    columns: ["reported_on", "state", "progress"],
    order: [["reported_on", "desc"]],
    content: true,
    compose: ({ row, text }) => joinLabel(str(row.reported_on), `${str(row.progress)}%`, excerpt(text)),
  },
  block: {
    table: "showcase_blocks",
    key: "id",
    entity: "block",
    field: "title",
    columns: ["slug"],
    order: [["sort_order", "asc"]],
    content: true,
  },
  project: {
    table: "projects",
    key: "id",
    entity: "project",
    field: "title",
    columns: ["slug"],
    order: [
      ["sort_order", "asc"],
      ["id", "asc"],
    ],
    content: true,
  },
  indicator: {
    table: "indicators",
    key: "id",
    entity: "indicator",
    field: "name",
    columns: ["code"],
    order: [["code", "asc"]],
    content: true,
  },
  observation: {
    table: "observations",
    key: "id",
    columns: ["year", "country_code", "region", "value"],
    order: [
      ["year", "desc"],
      ["id", "asc"],
    ],
    content: false,
    compose: ({ row, locale }) =>
      joinLabel(
        str(row.year),
        row.country_code ? countryName(locale, str(row.country_code)) : str(row.region),
        str(row.value),
      ),
  },
  news: {
    table: "news",
    key: "id",
    entity: "news",
    field: "title",
    columns: ["published_on"],
    order: [["published_on", "desc"]],
    content: true,
  },
  document: {
    table: "documents",
    key: "id",
    entity: "document",
    field: "title",
    columns: ["slug"],
    order: [["published_on", "desc"]],
    content: true,
  },
};
