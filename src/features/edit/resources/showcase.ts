import { yearOfBlock, yearOfEvent } from "../engine/subjects.repo.ts";
import type { ResourceDef } from "../engine/types.ts";
import { SORT, STATUS, yearSubject } from "./common.ts";
import { PROJECT_STAGES } from "./values.ts";

/** Showcase blocks: the thematic groups of projects presented at an event's session. */
export const blocks: ResourceDef = {
  name: "blocks",
  table: "showcase_blocks",
  entity: "block",
  target: "block",
  content: true,
  fields: [
    { kind: "translated", name: "title", required: true },
    { kind: "slug", name: "slug", from: "title" },
    { kind: "ref", name: "event_id", target: "event" },
    { kind: "ref", name: "session_id", target: "session", scope: { column: "event_id", from: "event_id" } },
    SORT,
    STATUS,
  ],
  columns: ["event_id", "status"],
  order: [["sort_order", "asc"]],
  children: [{ resource: "projects", column: "block_id" }],
  subject: async (db, row, meta) => yearSubject("block", await yearOfEvent(db, row.event_id), meta),
  publicPath: (row) => `/projects?block=${row.slug}`,
};

/** Projects of women innovators: presenters, country, block, topics, stage, links. */
export const projects: ResourceDef = {
  name: "projects",
  table: "projects",
  entity: "project",
  target: "project",
  content: true,
  fields: [
    { kind: "translated", name: "title", required: true },
    { kind: "translated", name: "summary", long: true },
    { kind: "slug", name: "slug", from: "title" },
    { kind: "ref", name: "block_id", target: "block" },
    { kind: "ref", name: "country_code", target: "country" },
    {
      kind: "select",
      name: "stage",
      values: PROJECT_STAGES,
      labels: "project_stage",
      required: true,
      initial: "presented",
    },
    { kind: "text", name: "website", url: true },
    {
      kind: "multi",
      name: "presenters",
      target: "person",
      join: { table: "project_presenters", owner: "project_id", value: "person_id", ordered: true },
    },
    {
      kind: "multi",
      name: "topics",
      target: "topic",
      join: { table: "project_topics", owner: "owner_id", value: "topic_id" },
    },
    { kind: "links", name: "links", table: "project_links", owner: "project_id", hint: "edit.hints.links" },
    SORT,
    STATUS,
  ],
  columns: ["country_code", "block_id", "status"],
  order: [["sort_order", "asc"]],
  subject: async (db, row, meta) => yearSubject("project", await yearOfBlock(db, row.block_id), meta),
  publicPath: (row) => `/projects/${row.slug}`,
};
