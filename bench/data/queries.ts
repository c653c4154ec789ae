import type { Kysely } from "kysely";
import { type FieldMap, loadTranslations } from "../../src/db/translations.ts";
import type { DB } from "../../src/db/types.ts";
import { foldWord, oneEditAway, words } from "../../src/features/search/fold.ts";
import { LOCALES, type Locale } from "../../src/i18n/locales.ts";
import { createRng, type Rng } from "./random.ts";
import { bgn, icao, kazakhLatin, kyrgyzLatin, tajikLatin, uzbekLatin } from "./romanize.ts";
import { VOCAB } from "./vocab.ts";

/** The kinds of query in the benchmark's mix. */
export const QUERY_KINDS = ["name-cyrillic", "name-latin", "prefix", "typo", "phrase", "filter"] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** One query: what to pass to search(), and the person it should find (for full-name queries). */
export interface BenchQuery {
  kind: QueryKind;
  params: { q: string; locale: Locale; country?: string; topic?: string; year?: number };
  expect?: { type: "person"; id: number };
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_LOCALES: readonly Locale[] = ["en", "tk", "uz"];

interface Person {
  id: number;
  country: string | null;
  names: Partial<Record<Locale, string>>;
}

/** A person's names in the fixed locale order (so the same data gives the same queries on either database). */
const inOrder = (p: Person): string[] => LOCALES.flatMap((l) => (p.names[l] ? [p.names[l]] : []));

/** Cyrillic spellings of a person's name that the data holds (Russian, national). */
function cyrillicNames(p: Person): string[] {
  return [...new Set(inOrder(p).filter((n) => CYRILLIC.test(n)))];
}

/** Latin spellings a reader might type: BGN, ICAO, national Latin, and whatever Latin the data holds. */
function latinNames(rng: Rng, p: Person): string[] {
  const ru = p.names.ru ?? cyrillicNames(p)[0];
  const out = inOrder(p).filter((n) => !CYRILLIC.test(n));
  if (ru) {
    out.push(bgn(ru), icao(ru));
    const national: Record<string, () => string> = {
      KZ: () => kazakhLatin(p.names.kk ?? ru),
      KG: () => kyrgyzLatin(p.names.ky ?? ru),
      TJ: () => tajikLatin(p.names.tg ?? ru),
      UZ: () => p.names.uz ?? uzbekLatin(ru, rng.pick(["ʻ", "'", "‘"])),
    };
    const make = p.country ? national[p.country] : undefined;
    if (make) out.push(make());
  }
  return [...new Set(out)];
}

const surnameOf = (name: string): string => name.split(/\s+/).slice(1).join(" ") || name;

/** One edit (swap, drop, double, replace a letter) that stays one edit away after folding. */
function withTypo(rng: Rng, word: string): string | null {
  const folded = foldWord(word);
  if (folded.length < 5) return null;
  const near = new Set(oneEditAway(folded));
  const letters = CYRILLIC.test(word) ? "аеиоуклмнрст" : "aeioklmnrst";
  for (let attempt = 0; attempt < 20; attempt++) {
    const chars = [...word];
    const i = rng.int(1, chars.length - 2);
    const op = rng.int(0, 3);
    if (op === 0) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
    else if (op === 1) chars.splice(i, 1);
    else if (op === 2) chars.splice(i, 0, rng.pick([...letters]));
    else chars[i] = rng.pick([...letters]);
    const typo = chars.join("");
    if (near.has(foldWord(typo))) return typo;
  }
  return null;
}

/** Loads `n` random public people with their names in every locale they have. */
async function samplePeople(db: Kysely<DB>, rng: Rng, n: number): Promise<Person[]> {
  const rows = await db
    .selectFrom("people")
    .select(["id", "country_code"])
    .where("status", "=", "published")
    .where("deleted_at", "is", null)
    .where("is_public", "=", 1)
    .orderBy("id")
    .execute();
  const picked = rng.sample(rows, n);
  const names = await loadTranslations(
    db,
    "person",
    picked.map((r) => r.id),
  );
  return picked.map((r) => ({ id: r.id, country: r.country_code, names: names.get(r.id)?.name ?? {} }));
}

/** Loads titles of random public events, news, projects, plan items and documents. */
async function sampleTitles(db: Kysely<DB>, rng: Rng, n: number): Promise<FieldMap[]> {
  const out: FieldMap[] = [];
  const sources = [
    ["events", "event"],
    ["news", "news"],
    ["projects", "project"],
    ["plan_items", "plan_item"],
    ["documents", "document"],
  ] as const;
  for (const [table, entity] of sources) {
    const rows = await db
      .selectFrom(table)
      .select("id")
      .where("status", "=", "published")
      .where("deleted_at", "is", null)
      .orderBy("id")
      .execute();
    const ids = rng.sample(rows, Math.ceil(n / sources.length)).map((r) => r.id);
    const texts = await loadTranslations(db, entity, ids);
    for (const id of ids) out.push(texts.get(id) ?? {});
  }
  return out;
}

/**
 * A deterministic mix of `n` queries drawn from the data in the database, in equal parts per kind:
 * full names in Cyrillic, full names in a Latin romanization (BGN, ICAO, national), three-letter
 * surname prefixes, names with one typo, two-word phrases from titles, and a domain word with a
 * country/topic/year filter.
 */
export async function buildQueries(db: Kysely<DB>, n: number, seed = 7): Promise<BenchQuery[]> {
  const rng = createRng(seed);
  const per = Math.ceil(n / QUERY_KINDS.length);
  const people = await samplePeople(db, rng, per * 4);
  const titles = await sampleTitles(db, rng, per * 2);
  const topics = (await db.selectFrom("topics").select("slug").orderBy("slug").execute()).map((r) => r.slug);
  const countries = ["KZ", "KG", "TJ", "TM", "UZ"];
  const out: BenchQuery[] = [];
  const locale = () => rng.pick(LOCALES);
  let pi = 0;
  const nextPerson = () => people[pi++ % people.length]!;

  for (let i = 0; i < per; i++) {
    const p = nextPerson();
    const name = rng.pick(cyrillicNames(p).length ? cyrillicNames(p) : latinNames(rng, p));
    const full = rng.chance(0.7);
    out.push({
      kind: "name-cyrillic",
      params: { q: full ? name : surnameOf(name), locale: locale() },
      ...(full ? { expect: { type: "person" as const, id: p.id } } : {}),
    });
  }
  for (let i = 0; i < per; i++) {
    const p = nextPerson();
    const name = rng.pick(latinNames(rng, p));
    const full = rng.chance(0.7);
    out.push({
      kind: "name-latin",
      params: { q: full ? name : surnameOf(name), locale: rng.pick(LATIN_LOCALES) },
      ...(full ? { expect: { type: "person" as const, id: p.id } } : {}),
    });
  }
  for (let i = 0; i < per; i++) {
    const p = nextPerson();
    const all = [...cyrillicNames(p), ...latinNames(rng, p)];
    out.push({
      kind: "prefix",
      params: { q: [...surnameOf(rng.pick(all))].slice(0, 3).join(""), locale: locale() },
    });
  }
  for (let made = 0, guard = 0; made < per && guard < per * 20; guard++) {
    const p = nextPerson();
    const name = rng.pick([...cyrillicNames(p), ...latinNames(rng, p)]);
    const typo = withTypo(rng, surnameOf(name));
    if (!typo) continue;
    const first = name.split(/\s+/)[0]!;
    out.push({
      kind: "typo",
      params: { q: `${first} ${typo}`, locale: locale() },
      expect: { type: "person", id: p.id },
    });
    made++;
  }
  for (let made = 0, guard = 0; made < per && guard < per * 20; guard++) {
    const fields = rng.pick(titles);
    const byLocale = fields.title ?? {};
    const have = LOCALES.filter((l) => byLocale[l]);
    if (have.length === 0) continue;
    const loc = rng.pick(have);
    // Two neighbouring words of the title, both real words (3+ letters, not a year).
    const ws = words(byLocale[loc] ?? "");
    const ok = (w: string | undefined) => !!w && w.length >= 3 && !/^\d+$/.test(w);
    const starts = ws.flatMap((w, k) => (ok(w) && ok(ws[k + 1]) ? [k] : []));
    if (starts.length === 0) continue;
    const at = rng.pick(starts);
    const pair = `${ws[at]} ${ws[at + 1]}`;
    out.push({ kind: "phrase", params: { q: rng.chance(0.5) ? `"${pair}"` : pair, locale: loc } });
    made++;
  }
  for (let i = 0; i < per; i++) {
    const loc = locale();
    const word = rng.pick(VOCAB)[loc][0]!;
    const which = rng.next();
    out.push({
      kind: "filter",
      params: {
        q: word,
        locale: loc,
        ...(which < 0.6 ? { country: rng.pick(countries) } : {}),
        ...(which >= 0.4 ? { topic: rng.pick(topics) } : {}),
        ...(rng.chance(0.25) ? { year: rng.int(2015, 2028) } : {}),
      },
    });
  }
  return rng.sample(out, out.length).slice(0, Math.max(n, 0));
}
