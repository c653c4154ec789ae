import type { Database } from "../../src/db/connection.ts";
import { generateOrganizations, generatePeople } from "./gen-actors.ts";
import { generateEvents, generateStatements } from "./gen-events.ts";
import { generateAudit, generateObservations, generatePlanUpdates } from "./gen-extra.ts";
import { generateDocuments, generateNews, generatePlanItems, generateProjects } from "./gen-records.ts";
import { countsFor, DOC_TYPES, type DocType, type GenContext } from "./plan.ts";
import { createRng } from "./random.ts";
import { ensureReference } from "./reference.ts";
import { BatchWriter } from "./writer.ts";

export { DOC_TYPES, type DocType } from "./plan.ts";

export interface GenerateOptions {
  /** Public, searchable documents to generate, all types together (default 100,000). */
  docs?: number;
  /** PRNG seed: the same seed and size give the same data (default 42). */
  seed?: number;
  /** Non-public rows (drafts, deleted, non-public people) added on top, as a share of each type (default 0.02). */
  hiddenShare?: number;
  /** Rows buffered before a batch is written in one transaction (default 25,000). */
  batchRows?: number;
  /** Called as documents are generated: done and total (public + hidden). */
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  /** Public documents by type. */
  byType: Record<DocType, number>;
  /** Public documents in all. */
  docs: number;
  /** Non-public rows generated on top. */
  hidden: number;
  /** Rows written, all tables (translations and links included). */
  rows: number;
  /**
   * Rows added after the documents, from a PRNG stream of their own (`gen-extra.ts`): progress updates of
   * public plan items, indicators created (besides the ones reused), observations, audit-log entries.
   */
  extra: { planUpdates: number; indicators: number; observations: number; audit: number };
  ms: number;
}

/**
 * Fills a migrated database (SQLite or PostgreSQL) with realistic, deterministic data: `docs` public
 * searchable documents across every type (people with Central Asian names in Cyrillic and Latin
 * spellings, organizations, events with sessions and statements, projects, action-plan items, news,
 * documents), texts in the seven locales, topics, countries and years. Existing rows (e.g. the demo
 * seed) are kept; generated slugs carry prefixes that cannot collide with them.
 */
export async function generateData(database: Database, opts: GenerateOptions = {}): Promise<GenerateResult> {
  const started = performance.now();
  const docs = opts.docs ?? 100_000;
  const hiddenShare = opts.hiddenShare ?? 0.02;
  const seed = opts.seed ?? 42;
  const rng = createRng(seed);
  const w = new BatchWriter(database.db, database.dialect, opts.batchRows ?? 25_000);
  await w.init();
  const ref = await ensureReference(database.db, w, rng);
  const byType = countsFor(docs);
  const total = DOC_TYPES.reduce((n, t) => n + byType[t] + Math.round(byType[t] * hiddenShare), 0);
  let done = 0;
  const ctx: GenContext = {
    rng,
    w,
    ref,
    hiddenShare,
    people: [],
    orgs: [],
    events: [],
    planItems: [],
    documents: [],
    tick: async () => {
      done++;
      if (done % 1000 === 0 || done === total) opts.onProgress?.(done, total);
      await w.maybeFlush();
    },
  };
  let hidden = 0;
  // Order matters: later types point at earlier ones (statements at events and people…).
  hidden += await generateOrganizations(ctx, byType.organization);
  hidden += await generatePeople(ctx, byType.person);
  hidden += await generateEvents(ctx, byType.event);
  hidden += await generateStatements(ctx, byType.statement);
  hidden += await generateProjects(ctx, byType.project);
  hidden += await generatePlanItems(ctx, byType.plan_item);
  hidden += await generateNews(ctx, byType.news);
  hidden += await generateDocuments(ctx, byType.document);
  // The rows below come last and from a stream of their own (seed + 7919), so adding them left every
  // row above, and the search benchmark's query mix drawn from them, as it was.
  const xctx: GenContext = {
    ...ctx,
    rng: createRng(seed + 7919),
    tick: () => w.maybeFlush(),
  };
  const planUpdates = await generatePlanUpdates(xctx);
  const obs = await generateObservations(xctx, database.db, Math.round(docs / 2));
  const audit = await generateAudit(xctx, database.db, docs, { planUpdates, ...obs });
  await w.finish();
  return {
    byType,
    docs,
    hidden,
    rows: w.written,
    extra: {
      planUpdates: planUpdates.length,
      indicators: obs.indicators.length,
      observations: obs.observations.length,
      audit,
    },
    ms: performance.now() - started,
  };
}
