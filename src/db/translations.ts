import type { Kysely } from "kysely";
import { recordEntities } from "../cache/tags.ts";
import { usableTranslationCache } from "../cache/translation-cache.ts";
import { inWriteScope, noteTranslationsWritten } from "../cache/write-tags.ts";
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

/**
 * Loads the translations of many entities of one kind: Map<entityId, FieldMap> (ids without any are absent).
 * Entities read before come from the translation cache (src/cache/translation-cache.ts) when `db` is an
 * app's handle, outside a transaction and outside a state-changing request; the rest in one query. The FieldMaps returned are shared and frozen: do not change them.
 */
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
  const cache = inWriteScope() ? undefined : usableTranslationCache(db);
  let missing = unique;
  if (cache) {
    missing = [];
    for (const id of unique) {
      const hit = cache.get(entity, id);
      if (hit === undefined) missing.push(id);
      else if (hit !== null) out.set(id, hit);
    }
    if (missing.length === 0) return out;
  }
  const startedAt = cache?.epoch ?? 0;
  const found = await queryTranslations(db, entity, missing);
  for (const id of missing) {
    const fields = found.get(id);
    if (fields) out.set(id, fields);
    cache?.store(startedAt, entity, id, fields);
  }
  return out;
}

async function queryTranslations(
  db: Kysely<DB>,
  entity: TranslatableEntity,
  ids: readonly number[],
): Promise<Map<number, FieldMap>> {
  const out = new Map<number, FieldMap>();
  // Chunked to stay under SQLite's bound-parameter limit on very long lists.
  for (let i = 0; i < ids.length; i += 900) {
    const rows = await db
      .selectFrom("translations")
      .select(["entity_id", "field", "locale", "value"])
      .where("entity", "=", entity)
      .where("entity_id", "in", ids.slice(i, i + 900))
      .execute();
    for (const r of rows) {
      let fields = out.get(r.entity_id);
      if (!fields) {
        fields = {};
        out.set(r.entity_id, fields);
      }
      const map = fields[r.field] ?? {};
      map[r.locale as Locale] = r.value;
      fields[r.field] = map;
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
  await noteTranslationsWritten(db, entity, entityId);
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
