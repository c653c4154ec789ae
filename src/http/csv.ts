import { stringify } from "csv-stringify/sync";
import type { FastifyReply } from "fastify";

export type CsvRow = Record<string, string | number | boolean | null | undefined>;

/** Sends rows as a CSV download (UTF-8 with BOM so spreadsheet programs read Cyrillic right). */
export function sendCsv(
  reply: FastifyReply,
  filename: string,
  rows: CsvRow[],
  columns: string[],
): FastifyReply {
  const body = stringify(rows, { header: true, columns, cast: { boolean: (b) => (b ? "true" : "false") } });
  return reply
    .type("text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="${filename}.csv"`)
    .send(`\uFEFF${body}`);
}
