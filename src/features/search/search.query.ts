import { deletionKeys, foldAndStem, oneEditAway, words } from "./fold.ts";

/** At most this much of what the reader typed is read. */
export const MAX_QUERY_CHARS = 200;
/** At most this many words are searched for. */
export const MAX_TERMS = 16;
/** Words of at least this many folded letters tolerate one typo. */
export const TYPO_MIN = 5;

/** One searched word: as typed, folded, and its folded stem ("" when the same). */
export interface QueryTerm {
  raw: string;
  folded: string;
  stem: string;
  /** Matched on its own (prefix, stem, typo); false when it only stands in quoted phrases. */
  loose: boolean;
}

/** A parsed query: the words to match (ANDed), every folded word in order, and the quoted phrases. */
export interface ParsedQuery {
  /** The text the search used (cut to MAX_QUERY_CHARS, control characters removed). */
  text: string;
  terms: QueryTerm[];
  /** Every folded word of the query in order, small words included (for exact and phrase ranking). */
  words: string[];
  /** The folded words of each quoted group ("…", «…», “…”) of two words or more. */
  phrases: string[][];
}

/** One way a term may appear in the index: an exact index term, or a prefix of one. */
export interface Variant {
  term: string;
  prefix: boolean;
}

/**
 * The index term for two words that stand together (`qabqcd` for "ab cd"), so that quoted phrases are
 * matched by the engine itself. "q" never occurs in a folded word (folding turns it into k), so no word
 * and no word prefix can reach a pair term.
 */
export function pairTerm(a: string, b: string): string {
  return `q${a}q${b}`;
}

/** The pair terms of every two neighbouring words of each line (at most `max`). */
export function pairTerms(lines: readonly (readonly string[])[], max = Number.POSITIVE_INFINITY): string[] {
  const out = new Set<string>();
  for (const words of lines)
    for (let i = 1; i < words.length && out.size < max; i++) out.add(pairTerm(words[i - 1]!, words[i]!));
  return [...out];
}

/** Prefixes up to this long are answered by the engine's prefix index (FTS5 `prefix='2 3'`, prefix terms). */
export const ENGINE_PREFIX_MAX = 3;
/** The shortest prefix with a prefix term of its own (a one-letter prefix is matched as a prefix). */
const PREFIX_TERM_MIN = 2;

/**
 * The index term standing for every word that starts with a short prefix (`qqpkos` for "kos…"), so that
 * PostgreSQL answers a prefix of two or three letters from one posting list, as FTS5 does from its prefix
 * index. GIN matches `kos:*` by merging the lists of every word with that prefix before it can intersect
 * them with anything (4 ms for "tur:*" in 100,000 documents, against 0.6 ms for a common word). Like facet
 * terms, "qq" keeps it out of reach of anything a reader types.
 */
export function prefixTerm(prefix: string): string | undefined {
  return prefix.length >= PREFIX_TERM_MIN && prefix.length <= ENGINE_PREFIX_MAX ? `qqp${prefix}` : undefined;
}

/** The prefix terms of some index terms (words; pair and facet terms, which start with "q", have none). */
export function prefixTerms(terms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    if (t.startsWith("q")) continue;
    for (let n = PREFIX_TERM_MIN; n <= Math.min(ENGINE_PREFIX_MAX, t.length); n++) {
      const term = prefixTerm(t.slice(0, n));
      if (term) out.add(term);
    }
  }
  return [...out];
}

/** Facet values a document is filed under, or a search is filtered by. */
export interface FacetValues {
  type?: string | null;
  country?: string | null;
  year?: number | null;
  topics?: readonly string[];
}

/**
 * The index terms standing for facet values (`qqtevent`, `qqckz`, `qqy2023`, `qqswomenpeacesecurity`), so
 * that the engine itself matches filters. Like pair terms they start with "q", which folded words never
 * contain, and with "qq", which no pair term starts with: nothing a reader types can reach them.
 */
export function facetTerms(f: FacetValues): string[] {
  const alnum = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return [
    ...(f.type ? [`qqt${alnum(f.type)}`] : []),
    ...(f.country ? [`qqc${alnum(f.country)}`] : []),
    ...(f.year !== null && f.year !== undefined ? [`qqy${f.year}`] : []),
    ...(f.topics ?? []).map((t) => `qqs${alnum(t)}`),
  ];
}

/** Small words that alone decide nothing; they are dropped from the match unless the query has nothing else. */
const STOPWORDS = new Set(
  (
    "a an and the of in on at to for by with or from as is are be " +
    "и в во на с со по для о об к от из за у а но или"
  ).split(" "),
);

const QUOTES = /["«»“”„]/;

/** Parses what the reader typed. Never throws; anything that is not a word is ignored. */
export function parseQuery(input: string): ParsedQuery {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed here.
  const text = [...input.replaceAll("\u0000", "").replace(/[\u0001-\u001f\u007f]/g, " ")]
    .slice(0, MAX_QUERY_CHARS)
    .join("")
    .trim();
  const parts = text.split(QUOTES);
  const all: (QueryTerm & { phrased: boolean })[] = [];
  const phrases: string[][] = [];
  parts.forEach((part, i) => {
    const folded: string[] = [];
    const found: (QueryTerm & { phrased: boolean })[] = [];
    for (const raw of words(part)) {
      const [f, stem] = foldAndStem(raw);
      if (!f) continue;
      found.push({ raw, folded: f, stem, loose: true, phrased: false });
      folded.push(f);
    }
    // A closed quote of two words or more is a phrase: its words are matched as neighbouring pairs.
    const phrase = i % 2 === 1 && i < parts.length - 1 && folded.length > 1;
    if (phrase) phrases.push(folded);
    all.push(...found.map((w) => ({ ...w, phrased: phrase })));
  });
  const meaningful = all.filter((w) => !STOPWORDS.has(w.raw.toLowerCase()));
  const byWord = new Map<string, QueryTerm>();
  for (const w of meaningful.length ? meaningful : all) {
    const known = byWord.get(w.folded);
    if (known) known.loose ||= !w.phrased;
    else if (byWord.size < MAX_TERMS)
      byWord.set(w.folded, { raw: w.raw, folded: w.folded, stem: w.stem, loose: !w.phrased });
  }
  return { text, terms: [...byWord.values()], words: all.map((w) => w.folded), phrases };
}

/**
 * The ways a term matches without typos: its folded form and its stem. The word being typed (the last
 * one) matches as a prefix: its folded form from two letters, its stem from four. Words already typed
 * match exactly: the index holds every word's stem, so word forms still meet, and a prefix would make the
 * engine merge the lists of every indexed word that starts with them.
 */
export function variantsOf(t: QueryTerm, typing = true): Variant[] {
  const out: Variant[] = [{ term: t.folded, prefix: typing && t.folded.length >= 2 }];
  if (t.stem && t.stem.length >= 2) out.push({ term: t.stem, prefix: typing && t.stem.length >= 4 });
  // A word being typed that ends in y/й (folded "i") may be half of "ya", "ye", "yu" (Balay… of Balayeva,
  // folded "balaeva"): the prefix without it matches too.
  if (typing && t.folded.length >= 4 && t.folded.endsWith("i"))
    out.push({ term: t.folded.slice(0, -1), prefix: true });
  return out;
}

/** The deletion keys under which a term's one-typo words are filed (none for words under 5 letters). */
export function typoKeys(t: QueryTerm): string[] {
  return t.folded.length < TYPO_MIN ? [] : deletionKeys(t.folded);
}

/**
 * Of the vocabulary words found under a term's typo keys, those one edit away from it (both the term and
 * they have 5+ letters).
 */
export function typosOf(t: QueryTerm, found: readonly string[]): string[] {
  if (t.folded.length < TYPO_MIN || found.length === 0) return [];
  const near = new Set(oneEditAway(t.folded));
  return found.filter((w) => w.length >= TYPO_MIN && near.has(w));
}

/**
 * Whether a word of a displayed text matches any term (prefix, stem or a known one-typo variant).
 * Used to highlight snippets in the reader's own script. Answers are kept for the matcher's life (one
 * search's page): its snippets repeat words, and folding and stemming a word was most of a snippet's cost
 * (0.44 ms a search over 20 results).
 */
export function wordMatcher(terms: QueryTerm[], typos: ReadonlySet<string>): (word: string) => boolean {
  const known = new Map<string, boolean>();
  const test = (word: string): boolean => {
    const [f, s] = foldAndStem(word);
    if (!f) return false;
    if (typos.has(f)) return true;
    const stem = s || f;
    for (const t of terms) {
      if (t.folded.length >= 2 ? f.startsWith(t.folded) : f === t.folded) return true;
      if (!t.stem) continue;
      if (stem === t.stem || (t.stem.length >= 4 && f.startsWith(t.stem))) return true;
    }
    return false;
  };
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = test(word);
      known.set(word, answer);
    }
    return answer;
  };
}
