import type { LocaleMap } from "../../src/db/translations.ts";
import { personSortKeys } from "../../src/features/people/sort-keys.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { NATIONALITY_WEIGHTS, type Nationality } from "./names.ts";
import { type GenContext, localesFor, NATIONAL_LOCALE, repeat, slugOf, statusOf, tagTopics } from "./plan.ts";
import type { Rng } from "./random.ts";
import { MEMBERS } from "./reference.ts";
import { type NameSpellings, randomLatin, randomName } from "./romanize.ts";
import { cityOf, textIn } from "./text.ts";

const ORG_KINDS = [
  "parliament",
  "state_body",
  "court",
  "international",
  "ngo",
  "ngo",
  "academia",
  "business",
  "diplomatic",
  "media",
] as const;
const COUNTRY_OF: Record<Nationality, string | null> = {
  kk: "KZ",
  ky: "KG",
  tg: "TJ",
  tk: "TM",
  uz: "UZ",
  ru: null,
};

/** Organizations: names of 3–5 domain words, often with a city; a third hang under a parent. */
export async function generateOrganizations(ctx: GenContext, count: number): Promise<number> {
  const { rng, w } = ctx;
  return repeat(ctx, count, (hidden) => {
    const id = w.id("organizations");
    const country = rng.chance(0.85) ? rng.pick(MEMBERS) : null;
    const locales = localesFor(rng, country);
    const name = textIn(rng, locales, rng.int(3, 5), { city: rng.chance(0.5) ? cityOf(rng, country) : null });
    const short = rng.chance(0.3) ? acronym(name) : undefined;
    w.add("organizations", {
      id,
      slug: slugOf(name.en, id, "org"),
      kind: rng.pick(ORG_KINDS),
      country_code: country,
      parent_id: ctx.orgs.length > 0 && rng.chance(0.3) ? rng.pick(ctx.orgs) : null,
      website: rng.chance(0.5) ? `https://org${id}.example.org` : null,
      ...statusOf(hidden, rng),
    });
    w.tr("organization", id, { name, short_name: short });
    if (!hidden) ctx.orgs.push(id);
  });
}

/** The initials of each locale's name, upper-cased (a short name like "АЖП" / "AWE"). */
function acronym(name: LocaleMap): LocaleMap {
  const out: LocaleMap = {};
  for (const [l, text] of Object.entries(name) as [Locale, string][]) {
    out[l] = text
      .split(/\s+/)
      .map((word) => word[0] ?? "")
      .join("")
      .toUpperCase()
      .slice(0, 6);
  }
  return out;
}

function pickNationality(rng: Rng): Nationality {
  let x = rng.next();
  for (const [n, weight] of NATIONALITY_WEIGHTS) {
    x -= weight;
    if (x < 0) return n;
  }
  return "ru";
}

/** A person's name in every locale: Cyrillic locales get the Russian or national Cyrillic, Latin ones a romanization. */
function namesByLocale(s: NameSpellings, latin: string): Record<Locale, string> {
  const own = s.nationality === "ru" ? null : NATIONAL_LOCALE[COUNTRY_OF[s.nationality] ?? ""];
  const cyr = (l: Locale) =>
    own === l && s.nationality !== "tk" && s.nationality !== "uz" ? s.native : s.russian;
  return {
    ru: s.russian,
    kk: cyr("kk"),
    ky: cyr("ky"),
    tg: cyr("tg"),
    en: latin,
    tk: s.nationality === "tk" ? s.native : latin,
    uz: s.nationality === "uz" && s.national ? s.national : latin,
  };
}

/** People (mostly women): names in both scripts, positions with titles, topics of expertise. */
export async function generatePeople(ctx: GenContext, count: number): Promise<number> {
  const { rng, w } = ctx;
  return repeat(ctx, count, (hidden) => {
    const id = w.id("people");
    const nationality = pickNationality(rng);
    const spellings = randomName(rng, nationality, rng.chance(0.85));
    const latin = randomLatin(rng, spellings);
    const all = namesByLocale(spellings, latin);
    const country = COUNTRY_OF[nationality] ?? (rng.chance(0.6) ? rng.pick(MEMBERS) : null);
    const locales = localesFor(rng, country);
    const names: LocaleMap = {};
    for (const l of locales) names[l] = all[l];
    const [first, ...rest] = latin.split(" ");
    // Hidden people: a draft, a soft-deleted row, or a published row that is not public.
    const why = hidden ? rng.int(0, 2) : -1;
    const sortName = `${rest.join(" ")} ${first}`;
    w.add("people", {
      id,
      slug: slugOf(latin, id, "p"),
      country_code: country,
      sort_name: sortName,
      status: why === 0 ? "draft" : "published",
      deleted_at: why === 1 ? "2024-01-01T00:00:00Z" : null,
      is_public: why === 2 ? 0 : 1,
    });
    w.tr("person", id, { name: names });
    for (const k of personSortKeys(id, names, sortName)) w.add("person_sort_keys", k);
    const positions = rng.chance(0.6) ? rng.int(1, 2) : 0;
    for (let i = 0; i < positions && ctx.orgs.length > 0; i++) {
      const pid = w.id("positions");
      const from = rng.int(2005, 2028);
      w.add("positions", {
        id: pid,
        person_id: id,
        organization_id: rng.pick(ctx.orgs),
        starts_on: `${from}-01-01`,
        ends_on: rng.chance(0.5) ? `${from + rng.int(1, 6)}-12-31` : null,
        sort_order: i,
      });
      w.tr("position", pid, { title: textIn(rng, locales, rng.int(2, 4)) });
    }
    tagTopics(ctx, "person_topics", id, rng.int(0, 3));
    if (!hidden) ctx.people.push({ id, country, names: all });
  });
}
