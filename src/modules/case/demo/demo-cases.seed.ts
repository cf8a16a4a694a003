import type { Logger } from 'pino';
import type { AppConfig } from '../../../config';
import { inTenantTransaction, type MikroORM } from '../../../db';
import { rlsSettings, Scope, type Principal } from '../../identity';
import { importAsPrincipal, type ImportProgress } from '../case-import';
import { demoCaseLine, generateDemoCases, type DemoCaseOptions } from './demo-case-generator';
import { demoCaseModel } from './demo-case-model';

export interface DemoCaseSeedResult {
  /** Cases of the demo province visible before the seed (a PROVINCE reads them all). */
  existing: number;
  skipped: boolean;
  progress: ImportProgress;
  /** Treatment regions uploaded. */
  regions: number;
  /** Rejected lists by issue code (none expected: the generator writes QC-clean lists). */
  rejectedBy: Record<string, number>;
}

const principal = (scope: Scope, code: string, provinceCode: string): Principal => ({
  subject: `demo-seed:${code}`,
  scope,
  code,
  provinceCode,
  roles: ['ADMIN'],
});

/**
 * Seeds a year of demo cases through the real ingest (parse, permission, idempotency, QC,
 * grouping, pricing at ingest), uploaded by each demo region for its hospitals, as that region
 * under row-level security on the application role — never as the owner. Idempotent: when the
 * province already holds at least `options.cases` cases it does nothing; otherwise it uploads the
 * whole year again and the lists already stored come back UNCHANGED (an interrupted seed resumes).
 * `always` uploads whatever the province holds (the command line).
 */
export async function seedDemoCases(
  deps: { orm: MikroORM; config: Pick<AppConfig, 'limits'>; log: Logger },
  options: DemoCaseOptions & { always?: boolean },
): Promise<DemoCaseSeedResult> {
  const model = demoCaseModel();
  const province = principal(Scope.PROVINCE, model.provinceCode, model.provinceCode);
  const existing = await inTenantTransaction(deps.orm, rlsSettings(province), async (tx) => {
    const rows = await tx.query<{ n: number }>(
      'select count(*)::int as n from settlement_case where province_code = $1',
      [model.provinceCode],
    );
    return rows[0].n;
  });
  const progress: ImportProgress = {
    lines: 0,
    accepted: 0,
    unchanged: 0,
    rejected: 0,
    elapsedMs: 0,
  };
  if (options.cases <= 0 || (existing >= options.cases && !options.always))
    return { existing, skipped: true, progress, regions: 0, rejectedBy: {} };

  // one upload per treatment region, in the generator's order within it
  const byRegion = new Map<string, string[]>();
  for (const list of generateDemoCases(model, options)) {
    const region = (list.hospitalCode as string).slice(1, 7);
    let lines = byRegion.get(region);
    if (!lines) byRegion.set(region, (lines = []));
    lines.push(demoCaseLine(list));
  }
  const rejectedBy: Record<string, number> = {};
  const started = Date.now();
  // two regions at a time: one parses, groups and prices while the other's batch is in the database
  const queue = [...byRegion];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [region, lines] = next;
      const done = await importAsPrincipal(
        deps,
        principal(Scope.REGION, region, model.provinceCode),
        lines,
        {
          onReject: (r) => {
            for (const code of new Set(r.issues.map((i) => i.code)))
              rejectedBy[code] = (rejectedBy[code] ?? 0) + 1;
          },
        },
      );
      progress.lines += done.lines;
      progress.accepted += done.accepted;
      progress.unchanged += done.unchanged;
      progress.rejected += done.rejected;
    }
  };
  await Promise.all([worker(), worker()]);
  progress.elapsedMs = Date.now() - started;
  return { existing, skipped: false, progress, regions: byRegion.size, rejectedBy };
}
