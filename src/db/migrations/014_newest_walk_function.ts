import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * PostgreSQL only (no rebuild of the index): `search_newest`, the walk of a match's newest rows in windows of ids (see `newestFirst`
 * in search.repo.ts, which calls it and explains the windows), run on the server in one round trip. From
 * the client, a window that held too few matches cost a round trip before the next one (a filtered broad
 * query ran two or three), each 0.5–1 ms beyond its own work on this project's two-core machines.
 *
 * Arguments: the match and the words alone (for the title test and score), whether the match is over
 * titles only, the facet keys a match must have (null: any), how many rows, the first window's size in
 * ids, and the ids' span (null: one run over the whole index). Returns the newest `lim` matches with
 * whether their title holds the words; a run over the whole index also scores them by the title's
 * `ts_rank` (a window is only kept when it fills the walk, and is then ranked newest first). Statements are
 * built with `format` and run with `execute`, so each one is planned for its own values, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
create or replace function search_newest(
  q tsquery, words tsquery, title_only boolean, keys integer[], lim integer, first_window integer,
  lo integer, hi integer)
returns table (id integer, key integer, score real, title boolean)
language plpgsql stable
as $fn$
declare
  span integer := hi - lo + 1;
  win integer := first_window;
  found integer;
  n integer;
  got_ids integer[];
  got_keys integer[];
  got_titles boolean[];
  base text := format(
    'select d.id, d.facet_key as key, d.title_tsv as tt from search_docs d where d.%I @@ $1%s',
    case when title_only then 'title_tsv' else 'tsv' end,
    case when keys is null then '' else ' and d.facet_key = any($2)' end);
  windowed text := format(
    'select array_agg(s.id), array_agg(s.key), array_agg(s.tt @@ $5) from (%s and d.id_block >= $3 order by d.id + 0 desc limit $4) s',
    base);
  whole text := format(
    'select s.id, s.key, ts_rank(s.tt, $5), s.tt @@ $5 from (%s order by d.id + 0 desc limit $4) s', base);
begin
  if span is not null and win < span / 2.0 then
    execute windowed into got_ids, got_keys, got_titles using q, keys, (hi - win + 1) >> 8, lim, words;
    n := coalesce(array_length(got_ids, 1), 0);
    -- Too sparse to be worth widening: the whole index answers about as quickly.
    if n >= ceil(2.0 * lim * win / span) then
      found := n;
      loop
        if found >= lim then
          return query select u.i, u.k, 0::real, u.t from unnest(got_ids, got_keys, got_titles) as u(i, k, t);
          return;
        end if;
        win := ceil(win * 1.25 * lim / found);
        exit when win >= span / 2.0;
        execute windowed into got_ids, got_keys, got_titles using q, keys, (hi - win + 1) >> 8, lim, words;
        n := coalesce(array_length(got_ids, 1), 0);
        if n < lim then
          exit when n::float8 * span / win < 2 * lim;
        end if;
        found := n;
      end loop;
    end if;
  end if;
  return query execute whole using q, keys, null::integer, lim, words;
end
$fn$`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error("Migrations are not undone; restore a backup instead.");
}
