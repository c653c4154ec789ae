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

/** One instance per distinct arguments: Intl constructors are costly, and messages are formatted often. */
function memo<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const made = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let r = made.get(key);
    if (r === undefined) {
      r = make(...args);
      made.set(key, r);
    }
    return r;
  };
}

/** The formatters IntlMessageFormat uses (memoized, like its defaults), with Tajik plural rules supplied. */
export const FORMATTERS: Formatters = {
  getNumberFormat: memo((locales, opts) => new Intl.NumberFormat(locales, opts)),
  getDateTimeFormat: memo(
    (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  ),
  getPluralRules: memo(
    (locales: Parameters<Formatters["getPluralRules"]>[0], options?: Intl.PluralRulesOptions) =>
      pluralRules(typeof locales === "string" || Array.isArray(locales) ? locales : undefined, options),
  ),
};
