import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { LOCALES_DIR } from "../paths.ts";
import { LOCALES, type Locale } from "./locales.ts";
import { FORMATTERS } from "./plural.ts";

type Catalog = Map<string, string>;
type Values = Record<string, string | number | Date | boolean | null | undefined>;

/**
 * Reads `locales/<locale>/<namespace>.json` for every locale. Nested objects flatten to
 * dotted keys prefixed with the namespace: `events.json` {"list": {"title": …}} → `events.list.title`.
 */
export function loadCatalogs(dir = LOCALES_DIR): Record<Locale, Catalog> {
  const out = {} as Record<Locale, Catalog>;
  for (const locale of LOCALES) {
    const catalog: Catalog = new Map();
    const localeDir = path.join(dir, locale);
    const files = fs.existsSync(localeDir)
      ? fs.readdirSync(localeDir).filter((f) => f.endsWith(".json"))
      : [];
    for (const file of files.sort()) {
      const json: unknown = JSON.parse(fs.readFileSync(path.join(localeDir, file), "utf8"));
      flatten(path.basename(file, ".json"), json, catalog);
    }
    out[locale] = catalog;
  }
  return out;
}

function flatten(prefix: string, value: unknown, into: Catalog): void {
  if (typeof value === "string") {
    into.set(prefix, value);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(`${prefix}.${k}`, v, into);
  }
}

/** The UI fallback: a locale without a key borrows it from Russian, then English. */
const UI_FALLBACK: Record<Locale, Locale[]> = Object.fromEntries(
  LOCALES.map((l) => [l, [...new Set<Locale>([l, "ru", "en"])]]),
) as Record<Locale, Locale[]>;

/** A translator for one locale: `t(key, values)`. A key missing everywhere renders as the key itself. */
export type Translate = (key: string, values?: Values) => string;

/** Compiles messages lazily and caches them; one instance serves the whole process. */
export class Messages {
  private readonly compiled = new Map<string, IntlMessageFormat>();
  private readonly translators = new Map<Locale, Translate>();
  constructor(private readonly catalogs: Record<Locale, Catalog> = loadCatalogs()) {}

  /** Whether the key exists in any locale of the chain. */
  has(key: string): boolean {
    return this.catalogs.en.has(key) || this.catalogs.ru.has(key);
  }

  /** The translator for a locale. */
  for(locale: Locale): Translate {
    let t = this.translators.get(locale);
    if (!t) {
      t = (key, values) => this.format(locale, key, values);
      this.translators.set(locale, t);
    }
    return t;
  }

  private format(locale: Locale, key: string, values?: Values): string {
    for (const l of UI_FALLBACK[locale]) {
      const source = this.catalogs[l].get(key);
      if (source === undefined) continue;
      const id = `${locale}\u0000${l}\u0000${key}`;
      let fmt = this.compiled.get(id);
      if (!fmt) {
        // Format with the reader's locale rules (plurals, numbers) even when the text is borrowed.
        fmt = new IntlMessageFormat(source, l === locale ? locale : l, undefined, { formatters: FORMATTERS });
        this.compiled.set(id, fmt);
      }
      return String(fmt.format(values as Record<string, string>));
    }
    return key;
  }
}
