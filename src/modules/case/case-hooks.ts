import type { SettlementList } from '../../domain/qc';
import type { RequestContext } from '../../graphql/context';
import type { StoredGrouping } from './case-grouping';

/** A revision the ingest has just written, with what it was made of. */
export interface StoredRevision {
  readonly provinceCode: string;
  readonly caseId: string;
  readonly revisionId: string;
  readonly revision: number;
  readonly hospitalCode: string;
  readonly treatmentRegionCode: string;
  readonly insuredRegionCode: string;
  readonly personPseudonym: string;
  /** Discharge day in China (`YYYY-MM-DD`): what the catalogs and standards are in force on. */
  readonly dischargeDate: string;
  readonly list: SettlementList;
  readonly grouping: StoredGrouping;
}

/**
 * Runs inside the ingest's transaction, as its principal (row-level security applies), after a
 * batch's revisions are written; a throw refuses the whole batch.
 */
export type RevisionsStoredHook = (
  ctx: RequestContext,
  revisions: readonly StoredRevision[],
) => Promise<void>;

const hooks = new Set<RevisionsStoredHook>();

/**
 * Registers what runs after every ingest batch (pricing at ingest). Called once, while the
 * modules are wired (src/modules/index.ts), so the case module never imports the modules that
 * build on it; registering the same function twice keeps one.
 */
export function onRevisionsStored(hook: RevisionsStoredHook): void {
  hooks.add(hook);
}

/**
 * Time spent in the hooks since the process started (milliseconds, revisions): a process-wide
 * metric, read by the benchmark to say how much of ingest is pricing.
 */
export const hookTime = { ms: 0, revisions: 0 };

/** Runs the registered hooks in registration order. */
export async function revisionsStored(
  ctx: RequestContext,
  revisions: readonly StoredRevision[],
): Promise<void> {
  if (revisions.length === 0) return;
  const started = performance.now();
  try {
    for (const hook of hooks) await hook(ctx, revisions);
  } finally {
    hookTime.ms += performance.now() - started;
    hookTime.revisions += revisions.length;
  }
}
