import type { Formatters } from "intl-messageformat";

/**
 * Plural rules for Tajik, which Node's ICU lacks (`new Intl.PluralRules("tg")` silently resolves to
 * en-US). Tajik, like Persian, puts a noun after a numeral in the singular, but messages still choose
 * between "one" (exactly 1) and "other" (everything else, fractions included).
 */
export class TajikPluralRules implements Intl.PluralRules {
  private readonly type: Intl.PluralRuleType;
  constructor(_locales?: string | string[], options?: Intl.PluralRulesOptions) {
    this.type = options?.type ?? "cardinal";
  }
  select(n: number): Intl.LDMLPluralRule {
    return this.type === "cardinal" && n === 1 ? "one" : "other";
  }
  selectRange(_start: number, end: number): Intl.LDMLPluralRule {
    return this.select(end);
  }
  resolvedOptions(): Intl.ResolvedPluralRulesOptions {
    return {
      locale: "tg",
      pluralCategories: this.type === "cardinal" ? ["one", "other"] : ["other"],
      type: this.type,
      minimumIntegerDigits: 1,
      minimumFractionDigits: 0,
      maximumFractionDigits: 3,
    } as Intl.ResolvedPluralRulesOptions;
  }
}

const isTajik = (locales?: string | string[]) =>
  /^tg(-|$)/i.test(Array.isArray(locales) ? (locales[0] ?? "") : (locales ?? ""));

/** Plural rules for a locale: ours for Tajik, ICU's for the rest. */
export function pluralRules(
  locales?: string | string[],
  options?: Intl.PluralRulesOptions,
): Intl.PluralRules {
  return isTajik(locales) ? new TajikPluralRules(locales, options) : new Intl.PluralRules(locales, options);
}

/** The formatters IntlMessageFormat uses, with Tajik plural rules supplied. */
export const FORMATTERS: Formatters = {
  getNumberFormat: (locales, opts) => new Intl.NumberFormat(locales, opts),
  getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  getPluralRules: (locales, options) =>
    pluralRules(typeof locales === "string" || Array.isArray(locales) ? locales : undefined, options),
};
