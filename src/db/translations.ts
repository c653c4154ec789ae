import type { Kysely } from "kysely";
import { recordEntities } from "../cache/tags.ts";
import { fallbackChain, type Locale } from "../i18n/locales.ts";
import type { DB, TranslatableEntity } from "./types.ts";

/** A field's text in every locale that has it: { en: "…", ru: "…" }. */
export type LocaleMap = Partial<Record<Locale, string>>;
/** All translated fields of one entity: { title: { en, ru }, … }. */
export type FieldMap = Record<string, LocaleMap>;

/** A text as shown to a reader: the words, the locale they are in, and whether that is a fallback. */
export interface Localized {
  text: string;
  lang: Locale;
  fallback: boolean;
}

/** Loads the translations of many entities of one kind in one query: Map<entityId, FieldMap>. */
export async function loadTranslations(
  db: Kysely<DB>,
  entity: TranslatableEntity,
  ids: readonly number[],
): Promise<Map<number, FieldMap>> {
  const out = new Map<number, FieldMap>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  // What a page shows is what it loads text for: record it, so a write to any of these re-renders the page.
  recordEntities(entity, unique);
  // Chunked to stay under SQLite's bound-parameter limit on very long lists.
  for (let i = 0; i < unique.length; i += 900) {
    const rows = await db
      .selectFrom("translations")
      .select(["entity_id", "field", "locale", "value"])
      .where("entity", "=", entity)
      .where("entity_id", "in", unique.slice(i, i + 900))
      .execute();
    for (const r of rows) {
      const fields = out.get(r.entity_id) ?? {};
      const map = fields[r.field] ?? {};
      map[r.locale as Locale] = r.value;
      fields[r.field] = map;
      out.set(r.entity_id, fields);
    }
  }
  return out;
}

/** Writes (inserts or replaces) the given fields' translations of one entity. Empty strings delete. */
export async function saveTranslations(
  db: Kysely<DB>,
  entity: TranslatableEntity,
  entityId: number,
  fields: FieldMap,
): Promise<void> {
  for (const [field, locales] of Object.entries(fields)) {
    for (const [locale, value] of Object.entries(locales)) {
      if (value === undefined) continue;
      if (value.trim() === "") {
        await db
          .deleteFrom("translations")
          .where("entity", "=", entity)
          .where("entity_id", "=", entityId)
          .where("field", "=", field)
          .where("locale", "=", locale)
          .execute();
        continue;
      }
      await db
        .insertInto("translations")
        .values({ entity, entity_id: entityId, field, locale, value })
        .onConflict((oc) => oc.columns(["entity", "entity_id", "field", "locale"]).doUpdateSet({ value }))
        .execute();
    }
  }
}

/** Picks a field's text for a reader, walking the fallback chain; undefined when no locale has it. */
export function pick(fields: FieldMap | undefined, field: string, locale: Locale): Localized | undefined {
  const map = fields?.[field];
  if (!map) return undefined;
  for (const l of fallbackChain(locale)) {
    const text = map[l];
    if (text !== undefined && text !== "") return { text, lang: l, fallback: l !== locale };
  }
  return undefined;
}

/** Like pick, but never undefined: an empty text marked as a fallback when nothing exists. */
export function pickOr(fields: FieldMap | undefined, field: string, locale: Locale, empty = ""): Localized {
  return pick(fields, field, locale) ?? { text: empty, lang: locale, fallback: true };
}
