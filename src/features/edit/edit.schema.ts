import { z } from "zod";
import { LocaleParams, PageQuery } from "../../http/list.ts";
import { RESOURCES } from "./resources/index.ts";

const MAX_ID = 2_147_483_647;
/** A row id in a path or a query. */
export const Id = z.coerce.number().int().min(1).max(MAX_ID);
const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" ? undefined : v), s.optional());

/** `/:locale/edit/:resource`. */
export const ResourceParams = LocaleParams.extend({ resource: z.string().max(40) });
/** `/:locale/edit/:resource/:id`. */
export const RowParams = ResourceParams.extend({ id: Id });
/** `/:locale/edit/chairmanships/:id/handover`. */
export const HandoverParams = LocaleParams.extend({ id: Id });

/** A parent given in the query (`?event=12`), or a preset reference of a new row (`?event_id=12`). */
const ParentShape = {
  event: optional(Id),
  person: optional(Id),
  plan: optional(Id),
  item: optional(Id),
  indicator: optional(Id),
  event_id: optional(Id),
  chairmanship_id: optional(Id),
  plan_id: optional(Id),
  block_id: optional(Id),
};
/** The query of create routes: a parent or presets. */
export const ParentQuery = z.object(ParentShape);
export type ParentQuery = z.infer<typeof ParentQuery>;

/** The query of an editing list: page, status filter, parent. */
export const ListQuery = PageQuery.extend({
  status: optional(z.enum(["draft", "published", "deleted"])),
  ...ParentShape,
});
/** The query of an edit page: `saved=1` after a successful write. */
export const FormQuery = z.object({ saved: optional(z.enum(["1"])) });

function describeResource(name: string): string {
  const def = RESOURCES.find((r) => r.name === name);
  if (!def) return "";
  const fields = def.fields.map((f) => {
    if (f.kind === "translated") return `${f.name}{en,ru,kk,ky,tg,tk,uz}`;
    if (f.kind === "select") return `${f.name}(${f.values.join("|")})`;
    if (f.kind === "multi") return `${f.name}[]`;
    if (f.kind === "file") return `${f.name}(multipart only)`;
    return f.name;
  });
  return `${name}${def.parent ? ` (?${def.parent.param}=id)` : ""}: ${fields.join(", ")}`;
}

/** The API twin's path parameter, with the list of resources and their fields in its description. */
export const ApiResourceParams = z.object({
  resource: z
    .string()
    .max(40)
    .describe(`One of: ${RESOURCES.map((r) => r.name).join(", ")}`),
});
export const ApiRowParams = ApiResourceParams.extend({ id: Id });
export const ApiHandoverParams = z.object({ id: Id });
/** `?locale=` for the language of messages. */
export const ApiQuery = ParentQuery.extend({
  locale: z.enum(["kk", "ky", "tg", "tk", "uz", "ru", "en"]).optional(),
});

/** The body of a JSON write: the resource's field values (translated texts as `{locale: text}`). */
export const WriteBody = z
  .record(z.string(), z.unknown())
  .describe(
    `Field values by name; a form may send the same as application/x-www-form-urlencoded ("title.en"). ` +
      `Updates may send only some fields. ${RESOURCES.map((r) => describeResource(r.name)).join(" · ")}`,
  );

/** A successful write: the row's id and its edit page. */
export const WriteResult = z.object({ id: z.number().int(), url: z.string() });
/** A refused write. */
export const WriteError = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
