import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type CsvRow, sendCsv } from "./csv.ts";
import { FormatQuery, type Page, PageQuery, pageSchema } from "./list.ts";

export interface ApiListOptions<Q extends z.ZodObject, Item> {
  /** e.g. `/api/v1/events`; `/api/v1/events.csv` is registered too. */
  path: string;
  tag: string;
  summary: string;
  /** Filters beyond page/pageSize/format/locale. */
  filters: Q;
  item: z.ZodType<Item>;
  load: (req: FastifyRequest, query: z.infer<Q> & PageQuery) => Promise<Page<Item>>;
  csvColumns: string[];
  toCsv: (item: Item) => CsvRow;
}

/** Registers a JSON list endpoint and its CSV twin (`.csv` suffix or `?format=csv`). */
export function registerApiList<Q extends z.ZodObject, Item>(
  app: FastifyInstance,
  o: ApiListOptions<Q, Item>,
): void {
  const querystring = o.filters
    .extend(PageQuery.shape)
    .extend(FormatQuery.shape)
    .extend({
      locale: z.enum(["kk", "ky", "tg", "tk", "uz", "ru", "en"]).optional(),
    });
  const name = o.path.split("/").pop() ?? "list";
  const r = app.withTypeProvider<ZodTypeProvider>();
  const handler = async (req: FastifyRequest, format: "json" | "csv") => {
    const q = req.query as z.infer<typeof querystring>;
    const page = await o.load(req, q as z.infer<Q> & PageQuery);
    return { page, format: q.format === "csv" ? "csv" : format };
  };
  r.get(o.path, {
    schema: {
      tags: [o.tag],
      summary: o.summary,
      querystring,
      response: { 200: pageSchema(o.item) },
    },
    handler: async (req, reply) => {
      const { page, format } = await handler(req, "json");
      if (format === "csv") return sendCsv(reply, name, page.items.map(o.toCsv), o.csvColumns);
      return page;
    },
  });
  r.get(`${o.path}.csv`, {
    schema: { tags: [o.tag], summary: `${o.summary} (CSV)`, querystring },
    handler: async (req, reply) => {
      const { page } = await handler(req, "csv");
      return sendCsv(reply, name, page.items.map(o.toCsv), o.csvColumns);
    },
  });
}
