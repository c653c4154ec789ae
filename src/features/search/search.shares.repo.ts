import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/types.ts";

/**
 * PostgreSQL's own statistics of the search index (what ANALYZE and autovacuum keep in `pg_stats` for each
 * tsvector column: the 1,000 most common lexemes and the share of documents holding each), used to guess
 * how many of the newest document ids a walk must look among to find the matches it needs (`newestFirst`
 * in search.repo.ts). A guess only sizes a walk's first window: a wrong one costs a wider window or a
 * second one, never a wrong answer.
 */

/** The tsvector columns a walk matches: the whole text's, or the title's. */
export type IndexColumn = "tsv" | "title_tsv";

interface ColumnStats {
  /** Each common lexeme's share of documents (0–1). */
  shares: Map<string, number>;
  /** The common lexemes in order, for prefixes. */
  sorted: string[];
}

const known = new WeakMap<Kysely<DB>, { columns: Map<string, ColumnStats>; at: number }>();

/** How long the statistics are trusted before they are read again (autovacuum changes them seldom). */
const STATS_TTL_MS = 60_000;

/**
 * Reads the index columns' statistics for the search handle `scope` through `main`, when it has none or
 * they are older than STATS_TTL_MS. A table never analyzed has none: walks then start from a fixed window.
 */
export async function refreshShares(main: Kysely<DB>, scope: Kysely<DB>): Promise<void> {
  const had = known.get(scope);
  if (had && performance.now() - had.at < STATS_TTL_MS) return;
  const rows = await sql<{ attname: string; elems: string[] | null; freqs: number[] | null }>`
    select attname, most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
    from pg_stats where schemaname = current_schema() and tablename = 'search_docs'
    and attname in ('tsv', 'title_tsv')`.execute(main);
  const columns = new Map<string, ColumnStats>();
  for (const r of rows.rows) {
    const elems = r.elems ?? [];
    const freqs = (r.freqs ?? []).map(Number);
    // The frequencies are followed by the least and the greatest of them.
    if (elems.length === 0 || freqs.length < elems.length) continue;
    const shares = new Map(elems.map((e, i) => [e, freqs[i] ?? 0]));
    columns.set(r.attname, { shares, sorted: [...elems].sort() });
  }
  known.set(scope, { columns, at: performance.now() });
}

/**
 * A lexeme's share of documents, or undefined when it is not a common one; a `prefix:*` word's is the sum
 * of its common lexemes' (undefined when it has none).
 */
function shareOf(stats: ColumnStats, word: string): number | undefined {
  if (!word.endsWith(":*")) return stats.shares.get(word);
  const prefix = word.slice(0, -2);
  let sum = 0;
  for (let i = lowerBound(stats.sorted, prefix); stats.sorted[i]?.startsWith(prefix); i++) {
    sum += stats.shares.get(stats.sorted[i] ?? "") ?? 0;
  }
  return sum > 0 ? sum : undefined;
}

function lowerBound(sorted: readonly string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? "") < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * At most what share of documents can match every group (groups ANDed, each group's tsquery words ORed),
 * by the statistics: the least of the groups' shares, a group's share being its most common word's (its
 * words are spellings and stems of one word, found in the same documents: adding their shares had guessed
 * 0.25 where 0.14 matched). Undefined without statistics, or when a group has no common word.
 *
 * An upper bound, not a guess of the match's own share: words that go together match far more often
 * than independent ones would (a guess by their product, 0.01 for "ayollar taʼlim", sent a match of
 * thousands to the whole index: 41 instead of 8 ms), while a window sized for too many matches only holds
 * too few and is widened. A group with no common word is in fewer than the least common lexeme's
 * documents (about 6 % of them), maybe far fewer: a window sized by that would be wide for a sparse match,
 * and a window's cost grows with its width (its GIN scan reads every id in it), so the fixed first window
 * is used instead, after which the whole index answers in the same statement when the match is sparse.
 */
export function matchShare(
  scope: Kysely<DB>,
  column: IndexColumn,
  groups: readonly string[][],
): number | undefined {
  const stats = known.get(scope)?.columns.get(column);
  if (!stats || groups.length === 0) return undefined;
  let share = 1;
  for (const g of groups) {
    const known = g.flatMap((word) => shareOf(stats, word) ?? []);
    if (known.length === 0) return undefined;
    share = Math.min(share, Math.max(...known));
  }
  return share;
}
