/** The feature modules the server is made of: their entities, resolvers, node fetchers, seeds, jobs. */
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import type { AnyJobDefinition, EntityManager, MikroORM } from '../db';
import { capitationResolvers } from './capitation';
import { budgetEntities, budgetNodes, budgetResolvers, seedDemoBudgets } from './budget';
import { caseEntities, caseNodes, caseResolvers, onRevisionsStored, seedDemoCases } from './case';
import { catalogEntities, catalogNodes, catalogResolvers, seedDemoCatalogs } from './catalog';
import { groupingResolvers } from './grouping';
import { jobEntities, jobNodes, jobResolvers } from './job';
import { annualClearingJobs, annualClearingNodes, annualClearingResolvers } from './annualclearing';
import { interRegionJobs, interRegionNodes, interRegionResolvers } from './interregion';
import { monthlyJobs, monthlyNodes, monthlyResolvers } from './monthly';
import { reviewEntities, reviewNodes, reviewResolvers } from './review';
import { priceStoredRevisions, settlementJobs, settlementResolvers } from './settlement';
import { seedDemoStandards, standardEntities, standardNodes, standardResolvers } from './standard';
import {
  DEMO_PROVINCE,
  DEMO_REGIONS,
  tenancyEntities,
  tenancyNodes,
  tenancyResolvers,
  seedDemoProvince,
} from './tenancy';
import { seedDemoClosedYear } from './yearend';

export const entities = [
  ...tenancyEntities,
  ...catalogEntities,
  ...standardEntities,
  ...budgetEntities,
  ...caseEntities,
  ...reviewEntities,
  ...jobEntities,
];
export const resolvers = [
  ...tenancyResolvers,
  ...catalogResolvers,
  ...groupingResolvers,
  ...standardResolvers,
  ...budgetResolvers,
  ...caseResolvers,
  ...settlementResolvers,
  ...monthlyResolvers,
  ...capitationResolvers,
  ...interRegionResolvers,
  ...annualClearingResolvers,
  ...reviewResolvers,
  ...jobResolvers,
] as const;

// every revision an ingest stores is priced at once, in the same transaction (the case module
// defines the hook, so it never imports settlement, which builds on it)
onRevisionsStored(priceStoredRevisions);
export const nodeFetchers = {
  ...tenancyNodes,
  ...catalogNodes,
  ...standardNodes,
  ...budgetNodes,
  ...caseNodes,
  ...monthlyNodes,
  ...interRegionNodes,
  ...annualClearingNodes,
  ...reviewNodes,
  ...jobNodes,
};

/**
 * Every kind of background job the modules define (`defineJob`): the worker runs these. A module
 * adds its definitions here, e.g. `...groupingJobs`.
 */
export const jobDefinitions: readonly AnyJobDefinition[] = [
  ...settlementJobs,
  ...monthlyJobs,
  ...interRegionJobs,
  ...annualClearingJobs,
];

/** Seeds the demo data into an empty database (as the owner role); returns whether it wrote. */
export async function seedDemo(em: EntityManager): Promise<boolean> {
  const registry = await seedDemoProvince(em);
  const catalogs = await seedDemoCatalogs(em);
  const standards = await seedDemoStandards(em);
  const budgets = await seedDemoBudgets(em);
  return registry || catalogs || standards || budgets;
}

/** The year the demo standards price (2025) and the generator's seed for the start-up cases. */
export const DEMO_CASE_YEAR = 2025;
export const DEMO_CASE_SEED = 1;

/**
 * Seeds `config.demoCases` demo cases of 2025 on start (once: skipped when the demo province
 * already holds that many), through the ingest as each demo region, and logs what it did.
 */
export async function seedDemoYear(orm: MikroORM, config: AppConfig, log: Logger): Promise<void> {
  const result = await seedDemoCases(
    { orm, config, log },
    { cases: config.demoCases, seed: DEMO_CASE_SEED, year: DEMO_CASE_YEAR },
  );
  if (result.skipped) {
    log.info(
      { existing: result.existing, wanted: config.demoCases },
      `demo cases present (${result.existing}), not seeding`,
    );
    return;
  }
  const p = result.progress;
  log.info(
    { ...p, regions: result.regions, rejectedBy: result.rejectedBy },
    `demo cases seeded: ${p.lines} lists of ${DEMO_CASE_YEAR} (seed ${DEMO_CASE_SEED}) through the ingest as ${result.regions} regions: ` +
      `${p.accepted} accepted, ${p.unchanged} unchanged, ${p.rejected} rejected in ${p.elapsedMs} ms ` +
      `(${Math.round((p.lines * 1000) / Math.max(p.elapsedMs, 1))}/s)`,
  );
}

/**
 * Chunks the demo year's own job worker runs at once (at least JOB_CONCURRENCY): its 108 batches
 * are small, so a chunk mostly waits on commits; six at a time halve the time of two.
 */
export const DEMO_YEAR_JOB_CONCURRENCY = 6;

/**
 * Closes the demo year on start, after its cases are seeded (`DEMO_CASES` > 0): the twelve
 * monthly batches of every demo region, the regions' annual clearing and the province's
 * inter-region clearing computed and approved — as each
 * region and as the province, through the services and the job queue, on the worker `startJobs`
 * starts (and that is stopped after). Does only what is missing: a second start does nothing
 * and starts no worker.
 */
export async function settleDemoYear(
  orm: MikroORM,
  config: AppConfig,
  log: Logger,
  startJobs: Parameters<typeof seedDemoClosedYear>[1],
): Promise<void> {
  const started = performance.now();
  const result = await seedDemoClosedYear(
    { orm, config, log, subject: 'demo-seed' },
    startJobs,
    DEMO_PROVINCE.code,
    DEMO_REGIONS.map((r) => r.code),
    DEMO_CASE_YEAR,
  );
  const ms = Math.round(performance.now() - started);
  if (result.skipped) {
    log.info(`demo year ${DEMO_CASE_YEAR} closed already, not settling`);
    return;
  }
  log.info(
    { ...result.months, interRegionComputed: result.interRegionComputed, ms },
    `demo year ${DEMO_CASE_YEAR} closed in ${ms} ms: ${result.months.closed} monthly batches closed ` +
      `(${result.months.computed} computed, ${Math.round(result.monthsMs)} ms) in ${DEMO_REGIONS.length} regions; ` +
      `annual clearing computed and approved (${Math.round(result.annualMs)} ms); inter-region clearing ` +
      `${result.interRegionComputed ? `computed and approved (${Math.round(result.interRegionMs)} ms)` : 'approved already'}`,
  );
}
