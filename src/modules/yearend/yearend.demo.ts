import { Scope } from '../identity';
import { findInterRegionClearing } from '../interregion';
import { listMonthlyBatches } from '../monthly';
import {
  asPrincipal,
  clearInterRegionYear,
  clearRegionsAnnually,
  closeMonthsOfYear,
  yearEndPrincipal,
  type MonthsClosed,
  type YearEndDependencies,
} from './year-close';

export interface DemoYearResult {
  /** Nothing to do: every month closed and the inter-region clearing approved already. */
  skipped: boolean;
  months: MonthsClosed;
  /** Whether this call computed and approved the inter-region clearing. */
  interRegionComputed: boolean;
  /** Milliseconds per stage. */
  monthsMs: number;
  annualMs: number;
  interRegionMs: number;
}

/**
 * Closes a demo year: the twelve monthly batches of every demo region, closed (as each region),
 * the regions' annual clearing computed and approved (as each region), and the province's
 * inter-region clearing computed and approved (as the province) — every step through the
 * services and the job queue, as a bureau would. Deterministic (the cases are) and idempotent:
 * it looks first and does only what is missing, so a second start does nothing and an
 * interrupted one is completed.
 */
export async function seedDemoClosedYear(
  deps: Omit<YearEndDependencies, 'jobs'>,
  /** Starts the job worker the year's jobs run on; only called when there is work to do. */
  startJobs: () => Promise<YearEndDependencies['jobs'] & { stop(): Promise<void> }>,
  provinceCode: string,
  regionCodes: readonly string[],
  year: number,
): Promise<DemoYearResult> {
  const result: DemoYearResult = {
    skipped: false,
    months: { computed: 0, closed: 0, alreadyClosed: 0 },
    interRegionComputed: false,
    monthsMs: 0,
    annualMs: 0,
    interRegionMs: 0,
  };
  const province = yearEndPrincipal(deps, Scope.PROVINCE, provinceCode, provinceCode);
  const done = await asPrincipal(deps, province, async (ctx) => {
    const run = await findInterRegionClearing(ctx, provinceCode, year);
    if (run?.status !== 'APPROVED') return false;
    for (const region of regionCodes) {
      const batches = await listMonthlyBatches(ctx, region, year);
      if (batches.filter((b) => b.status === 'CLOSED').length < 12) return false;
    }
    return true;
  });
  if (done)
    return {
      ...result,
      skipped: true,
      months: { ...result.months, alreadyClosed: 12 * regionCodes.length },
    };

  const jobs = await startJobs();
  try {
    const withJobs = { ...deps, jobs };
    let started = performance.now();
    result.months = await closeMonthsOfYear(withJobs, provinceCode, regionCodes, year);
    result.monthsMs = performance.now() - started;
    // the regions' annual clearing, before the matrix (POOLED pays at their point values)
    result.annualMs = await clearRegionsAnnually(withJobs, provinceCode, regionCodes, year);
    started = performance.now();
    result.interRegionComputed = (
      await clearInterRegionYear(withJobs, provinceCode, year)
    ).computed;
    result.interRegionMs = performance.now() - started;
  } finally {
    await jobs.stop();
  }
  return result;
}
