import { yearOfChairmanship, yearOfEvent, yearOfPlan } from "../engine/subjects.repo.ts";
import type { ResourceDef } from "../engine/types.ts";
import { STATUS, yearSubject } from "./common.ts";
import { DOCUMENT_KINDS } from "./values.ts";

/** News posts, linked to a chairmanship or an event. */
export const news: ResourceDef = {
  name: "news",
  table: "news",
  entity: "news",
  target: "news",
  content: true,
  fields: [
    { kind: "translated", name: "title", required: true },
    { kind: "translated", name: "summary", long: true, max: 2000 },
    { kind: "translated", name: "body", long: true, max: 50_000 },
    { kind: "slug", name: "slug", from: "title" },
    { kind: "date", name: "published_on", required: true },
    { kind: "ref", name: "chairmanship_id", target: "chairmanship" },
    { kind: "ref", name: "event_id", target: "event" },
    STATUS,
  ],
  columns: ["published_on", "status"],
  order: [["published_on", "desc"]],
  subject: async (db, row, meta) =>
    yearSubject(
      "news",
      (await yearOfChairmanship(db, row.chairmanship_id)) ?? (await yearOfEvent(db, row.event_id)),
      meta,
    ),
  publicPath: (row) => `/news/${row.slug}`,
};

/** Documents: action plans, declarations, outcome documents, reports — a link, an uploaded file, or both. */
export const documents: ResourceDef = {
  name: "documents",
  table: "documents",
  entity: "document",
  target: "document",
  content: true,
  multipart: true,
  fields: [
    { kind: "translated", name: "title", required: true },
    { kind: "translated", name: "description", long: true },
    { kind: "slug", name: "slug", from: "title" },
    { kind: "select", name: "kind", values: DOCUMENT_KINDS, labels: "document_kind", required: true },
    { kind: "date", name: "published_on" },
    { kind: "file", name: "file", hint: "edit.hints.file" },
    { kind: "text", name: "url", url: true },
    { kind: "ref", name: "event_id", target: "event" },
    { kind: "ref", name: "chairmanship_id", target: "chairmanship" },
    { kind: "ref", name: "plan_id", target: "plan" },
    STATUS,
  ],
  columns: ["kind", "published_on", "status"],
  order: [["published_on", "desc"]],
  subject: async (db, row, meta) =>
    yearSubject(
      "document",
      (await yearOfChairmanship(db, row.chairmanship_id)) ??
        (await yearOfEvent(db, row.event_id)) ??
        (await yearOfPlan(db, row.plan_id)),
      meta,
    ),
  publicPath: (row) => `/documents/${row.slug}`,
};
