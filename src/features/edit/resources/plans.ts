import { recordAuditRowChange } from "../engine/hooks.ts";
import {
  countriesOfItem,
  planOfItem,
  toId,
  yearOfChairmanship,
  yearOfPlan,
} from "../engine/subjects.repo.ts";
import type { ResourceDef } from "../engine/types.ts";
import { datesInOrder, SORT, STATUS, yearSubject } from "./common.ts";
import { ITEM_STATES } from "./values.ts";

/** Chairmanships: one per year, with its country, chair, theme, priorities and handover notes. */
export const chairmanships: ResourceDef = {
  name: "chairmanships",
  table: "chairmanships",
  entity: "chairmanship",
  target: "chairmanship",
  content: true,
  fields: [
    { kind: "integer", name: "year", required: true, min: 2000, max: 2100 },
    { kind: "ref", name: "country_code", target: "country", required: true },
    { kind: "ref", name: "chair_person_id", target: "person" },
    { kind: "date", name: "starts_on" },
    { kind: "date", name: "ends_on" },
    { kind: "translated", name: "theme" },
    { kind: "translated", name: "handover_notes", long: true },
    {
      kind: "multi",
      name: "topics",
      target: "topic",
      join: { table: "chairmanship_topics", owner: "chairmanship_id", value: "topic_id", ordered: true },
    },
    STATUS,
  ],
  columns: ["country_code", "handed_over_at", "status"],
  order: [["year", "desc"]],
  unique: [["year"]],
  children: [
    { resource: "plans", column: "chairmanship_id" },
    { resource: "news", column: "chairmanship_id" },
    { resource: "documents", column: "chairmanship_id" },
  ],
  check: datesInOrder("starts_on", "ends_on"),
  subject: async (_db, row, meta) => {
    const year = toId(row.year);
    return yearSubject("chairmanship", year, meta);
  },
  publicPath: (row) => `/chairmanships/${row.year}`,
};

/** Action plans: one per chairmanship year, adopted at an event. */
export const plans: ResourceDef = {
  name: "plans",
  table: "action_plans",
  entity: "plan",
  target: "plan",
  content: true,
  fields: [
    { kind: "ref", name: "chairmanship_id", target: "chairmanship", required: true },
    { kind: "translated", name: "title" },
    { kind: "ref", name: "adopted_event_id", target: "event" },
    { kind: "date", name: "adopted_on" },
    STATUS,
  ],
  columns: ["chairmanship_id", "adopted_on", "status"],
  order: [["id", "desc"]],
  unique: [["chairmanship_id"]],
  children: [
    { resource: "plan-items", column: "plan_id" },
    { resource: "documents", column: "plan_id" },
  ],
  subject: async (db, row, meta) =>
    yearSubject("plan", await yearOfChairmanship(db, row.chairmanship_id), meta),
};

/** Items of an action plan: what, who is responsible, by when, how far. */
export const planItems: ResourceDef = {
  name: "plan-items",
  table: "plan_items",
  entity: "plan_item",
  target: "plan_item",
  content: true,
  fields: [
    { kind: "text", name: "code", max: 20 },
    { kind: "translated", name: "title", required: true },
    { kind: "translated", name: "description", long: true },
    { kind: "ref", name: "parent_id", target: "plan_item", scope: { column: "plan_id", from: "plan_id" } },
    {
      kind: "select",
      name: "state",
      values: ITEM_STATES,
      labels: "item_state",
      required: true,
      initial: "planned",
    },
    { kind: "integer", name: "progress", min: 0, max: 100, fallback: 0 },
    { kind: "date", name: "due_from" },
    { kind: "date", name: "due_to" },
    {
      kind: "multi",
      name: "countries",
      target: "country",
      join: { table: "plan_item_countries", owner: "item_id", value: "country_code" },
    },
    {
      kind: "multi",
      name: "organizations",
      target: "organization",
      join: { table: "plan_item_organizations", owner: "item_id", value: "organization_id" },
    },
    {
      kind: "multi",
      name: "topics",
      target: "topic",
      join: { table: "plan_item_topics", owner: "owner_id", value: "topic_id" },
    },
    SORT,
    STATUS,
  ],
  columns: ["state", "progress", "status"],
  order: [["sort_order", "asc"]],
  parent: { param: "plan", column: "plan_id", resource: "plans" },
  children: [{ resource: "plan-updates", column: "item_id" }],
  check: datesInOrder("due_from", "due_to"),
  subject: async (db, row, meta) => yearSubject("plan_item", await yearOfPlan(db, row.plan_id), meta),
};

/** Progress updates on an item, with evidence; a new one also moves the item's state and progress. */
export const planUpdates: ResourceDef = {
  name: "plan-updates",
  table: "plan_updates",
  entity: "plan_update",
  target: "plan_update",
  content: true,
  fields: [
    { kind: "date", name: "reported_on", required: true },
    {
      kind: "select",
      name: "state",
      values: ITEM_STATES,
      labels: "item_state",
      required: true,
      initial: "in_progress",
    },
    { kind: "integer", name: "progress", min: 0, max: 100, required: true },
    { kind: "translated", name: "note", long: true },
    { kind: "ref", name: "reported_by_country", target: "country" },
    { kind: "ref", name: "evidence_event_id", target: "event" },
    { kind: "ref", name: "evidence_document_id", target: "document" },
    { kind: "text", name: "evidence_url", url: true },
    STATUS,
  ],
  columns: ["reported_on", "state", "progress", "status"],
  order: [["reported_on", "desc"]],
  parent: { param: "item", column: "item_id", resource: "plan-items" },
  subject: async (db, row, meta) => ({
    type: "plan_update",
    year: (await yearOfPlan(db, await planOfItem(db, row.item_id))) ?? -1,
    countries: await countriesOfItem(db, row.item_id),
    ...meta,
  }),
  afterCreate: async (ctx) =>
    recordAuditRowChange(ctx, "plan_items", "plan_item", Number(ctx.row.item_id), {
      state: ctx.values.state,
      progress: ctx.values.progress,
    }),
};
