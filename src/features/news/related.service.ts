import type { Kysely } from "kysely";
import type { DB } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { type EventLink, eventLinks } from "../reference/names.service.ts";
import { chairmanshipRefs } from "./news.repo.ts";

/** A link to an event: its slug, title in the reader's language and page. */
export type EventRef = EventLink;

/** A link to a chairmanship: its year, chairing country and page. */
export interface ChairRef {
  year: number;
  country: string;
  url: string;
}

/** Loads link targets for events and chairmanships of many rows at once (public ones only). */
export async function loadRelated(
  db: Kysely<DB>,
  locale: Locale,
  eventIds: (number | null)[],
  chairIds: (number | null)[],
): Promise<{ events: Map<number, EventRef>; chairs: Map<number, ChairRef> }> {
  const [events, chairs] = await Promise.all([
    eventLinks(db, locale, eventIds),
    chairmanshipRefs(db, chairIds),
  ]);
  return {
    events,
    chairs: new Map(
      chairs.map((c) => [
        c.id,
        { year: c.year, country: c.country_code, url: `/${locale}/chairmanships/${c.year}` },
      ]),
    ),
  };
}

/** Looks up a nullable id in a map. */
export function ref<T>(map: Map<number, T>, id: number | null): T | undefined {
  return id === null ? undefined : map.get(id);
}

/** A block of a body: a paragraph, a heading, a quotation or a bulleted list; all plain text. */
export type Block = { kind: "p" | "h" | "quote"; text: string } | { kind: "list"; items: string[] };

type LineKind = "h" | "quote" | "item" | "p";

function lineKind(line: string): LineKind {
  if (/^#{1,6}\s/.test(line)) return "h";
  if (line.startsWith(">")) return "quote";
  if (/^[-*+]\s/.test(line)) return "item";
  return "p";
}

/** Removes the Markdown emphasis markers a reader would otherwise see (`**bold**`, `__bold__`). */
function plain(text: string): string {
  return text.replace(/(\*\*|__)(.+?)\1/g, "$2").trim();
}

/**
 * Splits a stored Markdown body into plain blocks. Only the block structure is read
 * (`#` headings, `>` quotations, `-` lists, blank-line paragraphs); nothing is ever
 * interpreted as HTML: the views print every block as escaped text.
 */
export function blocks(body: string): Block[] {
  const out: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/)) {
    const lines = chunk
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
    let i = 0;
    while (i < lines.length) {
      const kind = lineKind(lines[i] ?? "");
      const group: string[] = [];
      while (i < lines.length && (group.length === 0 || lineKind(lines[i] ?? "") === kind) && kind !== "h") {
        group.push(lines[i] ?? "");
        i++;
      }
      if (kind === "h") {
        out.push({ kind: "h", text: plain((lines[i] ?? "").replace(/^#+\s*/, "")) });
        i++;
      } else if (kind === "item") {
        out.push({ kind: "list", items: group.map((l) => plain(l.replace(/^[-*+]\s+/, ""))) });
      } else if (kind === "quote") {
        out.push({ kind: "quote", text: plain(group.map((l) => l.replace(/^>\s?/, "")).join(" ")) });
      } else {
        out.push({ kind: "p", text: plain(group.join(" ")) });
      }
    }
  }
  return out.filter((b) => b.kind === "list" || b.text !== "");
}
