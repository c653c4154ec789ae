import { z } from "zod";
import { PageQuery } from "../../http/list.ts";

const blank = (v: unknown) => (v === "" ? undefined : v);
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));

/** The audit log's filters (blank values mean "any"). */
export const AuditQuery = PageQuery.extend({
  actor: z.preprocess(blank, z.string().trim().max(254).optional()),
  action: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[a-z_:]{1,60}$/)
      .optional(),
  ),
  entity: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[a-z_]{1,40}$/)
      .optional(),
  ),
  outcome: z.preprocess(blank, z.enum(["success", "failure", "denied"]).optional()),
  from: z.preprocess(blank, Day.optional()),
  to: z.preprocess(blank, Day.optional()),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** One entry of the log, as JSON. */
export const AuditItem = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: z.number().int().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.number().int().nullable(),
  outcome: z.enum(["success", "failure", "denied"]),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});
export type AuditItem = z.infer<typeof AuditItem>;

/** The JSON answer of the audit API. */
export const AuditPage = z.object({
  items: z.array(AuditItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
