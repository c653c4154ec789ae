import { yearOfChairmanship, yearOfEvent } from "../engine/subjects.repo.ts";
import type { ResourceDef } from "../engine/types.ts";
import { datesInOrder, SORT, STATUS, yearSubject } from "./common.ts";
import { EVENT_KINDS, PARTICIPATION_ROLES, SESSION_KINDS, STATEMENT_KINDS } from "./values.ts";

const orgRole = (name: string, role: string) =>
  ({
    kind: "multi",
    name,
    target: "organization",
    join: {
      table: "event_organizations",
      owner: "event_id",
      value: "organization_id",
      extra: { role },
      ordered: true,
    },
  }) as const;

/** Events: meetings, conferences, thematic sessions, webinars, forums of a chairmanship year. */
export const events: ResourceDef = {
  name: "events",
  table: "events",
  entity: "event",
  target: "event",
  content: true,
  fields: [
    { kind: "translated", name: "title", required: true },
    { kind: "translated", name: "theme" },
    { kind: "translated", name: "city" },
    { kind: "translated", name: "summary", long: true },
    { kind: "slug", name: "slug", from: "title" },
    {
      kind: "select",
      name: "kind",
      values: EVENT_KINDS,
      labels: "event_kind",
      required: true,
      initial: "meeting",
    },
    { kind: "date", name: "starts_on", required: true },
    { kind: "date", name: "ends_on" },
    { kind: "boolean", name: "date_approximate" },
    { kind: "boolean", name: "is_online" },
    { kind: "ref", name: "country_code", target: "country" },
    { kind: "ref", name: "chairmanship_id", target: "chairmanship" },
    {
      kind: "multi",
      name: "topics",
      target: "topic",
      join: { table: "event_topics", owner: "owner_id", value: "topic_id" },
    },
    orgRole("organizers", "organizer"),
    orgRole("supporters", "supporter"),
    orgRole("partners", "partner"),
    {
      kind: "multi",
      name: "countries",
      target: "country",
      join: { table: "event_countries", owner: "event_id", value: "country_code" },
    },
    STATUS,
  ],
  columns: ["starts_on", "kind", "status"],
  order: [["starts_on", "desc"]],
  children: [
    { resource: "sessions", column: "event_id" },
    { resource: "participations", column: "event_id" },
    { resource: "statements", column: "event_id" },
    { resource: "documents", column: "event_id" },
    { resource: "blocks", column: "event_id" },
  ],
  check: datesInOrder("starts_on", "ends_on"),
  subject: async (db, row, meta) =>
    yearSubject("event", await yearOfChairmanship(db, row.chairmanship_id), meta),
  publicPath: (row) => `/events/${row.slug}`,
};

const EVENT_PARENT = { param: "event", column: "event_id", resource: "events" };
const SESSION_OF_EVENT = { column: "event_id", from: "event_id" };

/** Sessions of an event's agenda. */
export const sessions: ResourceDef = {
  name: "sessions",
  table: "sessions",
  entity: "session",
  target: "session",
  content: false,
  fields: [
    { kind: "translated", name: "title", required: true },
    {
      kind: "select",
      name: "kind",
      values: SESSION_KINDS,
      labels: "session_kind",
      required: true,
      initial: "plenary",
    },
    {
      kind: "text",
      name: "starts_at",
      max: 16,
      pattern: /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/,
      hint: "edit.hints.starts_at",
    },
    SORT,
  ],
  columns: ["kind", "sort_order"],
  order: [["sort_order", "asc"]],
  parent: EVENT_PARENT,
  subject: async (db, row, meta) => yearSubject("session", await yearOfEvent(db, row.event_id), meta),
};

/** Who took part in an event, in which role, and the position she held then. */
export const participations: ResourceDef = {
  name: "participations",
  table: "participations",
  target: "participation",
  content: false,
  fields: [
    { kind: "ref", name: "person_id", target: "person", required: true },
    {
      kind: "select",
      name: "role",
      values: PARTICIPATION_ROLES,
      labels: "participation_role",
      required: true,
    },
    {
      kind: "ref",
      name: "position_id",
      target: "position",
      scope: { column: "person_id", from: "person_id" },
    },
    { kind: "ref", name: "session_id", target: "session", scope: SESSION_OF_EVENT },
    SORT,
  ],
  columns: ["role", "session_id"],
  order: [["sort_order", "asc"]],
  parent: EVENT_PARENT,
  subject: async (db, row, meta) => yearSubject("participation", await yearOfEvent(db, row.event_id), meta),
};

/** What a person said at an event, with topics. */
export const statements: ResourceDef = {
  name: "statements",
  table: "statements",
  entity: "statement",
  target: "statement",
  content: true,
  fields: [
    { kind: "ref", name: "person_id", target: "person", required: true },
    { kind: "select", name: "kind", values: STATEMENT_KINDS, labels: "statement_kind", required: true },
    { kind: "translated", name: "text", long: true, required: true },
    { kind: "ref", name: "session_id", target: "session", scope: SESSION_OF_EVENT },
    {
      kind: "multi",
      name: "topics",
      target: "topic",
      join: { table: "statement_topics", owner: "owner_id", value: "topic_id" },
    },
    SORT,
    STATUS,
  ],
  columns: ["kind", "status"],
  order: [["sort_order", "asc"]],
  parent: EVENT_PARENT,
  subject: async (db, row, meta) => yearSubject("statement", await yearOfEvent(db, row.event_id), meta),
};
