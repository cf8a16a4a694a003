import type { Logger } from 'pino';
import type { AppConfig } from '../../config';
import { inTenantTransaction, type MikroORM } from '../../db';
import { createContext } from '../../graphql/context';
import { rlsSettings, type Principal, type TokenVerifier } from '../identity';
import {
  ingestSettlementLists,
  MAX_LISTS_PER_UPLOAD,
  parseAhead,
  type IngestItem,
} from './case-ingest.service';
import type { SettlementListResult } from './case.types';

/** Running totals of an import, reported after every batch. */
export interface ImportProgress {
  lines: number;
  accepted: number;
  unchanged: number;
  rejected: number;
  /** Milliseconds since the import started. */
  elapsedMs: number;
}

/** One rejected line of the rejects file. */
export interface RejectedLine {
  line: number;
  settlementId: string | null;
  hospitalCode: string | null;
  issues: { code: string; field: string; message: string }[];
}

export interface ImportDependencies {
  /** The application ORM (the RLS-bound role). */
  orm: MikroORM;
  verifier: TokenVerifier;
  config: Pick<AppConfig, 'limits'>;
  log: Logger;
}

export interface ImportOptions {
  /** Lists per transaction (default and maximum: the GraphQL upload's limit). */
  batchSize?: number;
  /** Called with every rejected line, in file order. */
  onReject?: (rejected: RejectedLine) => void | Promise<void>;
  /** Called after every committed batch. */
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Imports settlement lists from JSON Lines (one SettlementListInput object per line, the GraphQL
 * field names) as the principal of `token`, verified like a request's: batch by batch, each in
 * its own tenant transaction (row-level security applies) through the same ingest service as
 * `submitSettlementLists`. A committed batch stays committed; the upload is idempotent, so an
 * interrupted import is resumed by running it again. Blank lines are skipped.
 */
export async function importSettlementListLines(
  deps: ImportDependencies,
  token: string,
  lines: AsyncIterable<string>,
  options: ImportOptions = {},
): Promise<ImportProgress> {
  const principal = await deps.verifier.verify(`Bearer ${token}`);
  return importAsPrincipal(deps, principal, lines, options);
}

/**
 * The import of `importSettlementListLines` for a principal already established (the demo seed
 * uploads as each demo region): the same batches, transactions and row-level security.
 */
export async function importAsPrincipal(
  deps: Pick<ImportDependencies, 'orm' | 'config' | 'log'>,
  principal: Principal,
  lines: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions = {},
): Promise<ImportProgress> {
  const batchSize = Math.min(
    Math.max(1, options.batchSize ?? MAX_LISTS_PER_UPLOAD),
    MAX_LISTS_PER_UPLOAD,
  );
  const started = Date.now();
  const progress: ImportProgress = {
    lines: 0,
    accepted: 0,
    unchanged: 0,
    rejected: 0,
    elapsedMs: 0,
  };
  let batch: IngestItem[] = [];
  // lines that are not JSON, reported with their batch so the rejects stay in file order
  let unparsable: RejectedLine[] = [];
  let lineNumber = 0;

  const reject = async (r: RejectedLine) => {
    progress.rejected++;
    await options.onReject?.(r);
  };
  const commit = async (items: IngestItem[], unparsable: RejectedLine[]) => {
    const outcome = await inTenantTransaction(deps.orm, rlsSettings(principal), (tx) =>
      ingestSettlementLists(
        createContext({
          principal,
          tx,
          metadata: deps.orm,
          limits: deps.config.limits,
          requestId: `import-${started}`,
          log: () => deps.log,
        }),
        items,
      ),
    );
    progress.accepted += outcome.accepted;
    progress.unchanged += outcome.unchanged;
    const rejected = [
      ...unparsable,
      ...outcome.results.filter((r) => r.status === 'REJECTED').map(rejectedLine),
    ].sort((a, b) => a.line - b.line);
    for (const r of rejected) await reject(r);
    progress.elapsedMs = Date.now() - started;
    options.onProgress?.({ ...progress });
  };
  // One batch in the database at a time, in file order (a later batch sees the earlier ones'
  // cases); meanwhile the next batch is read and parsed, which needs no database.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    await inFlight;
    if (batch.length === 0 && unparsable.length === 0) return;
    inFlight = commit(batch, unparsable);
    inFlight.catch(() => undefined); // awaited (and rethrown) before the next batch or at the end
    batch = [];
    unparsable = [];
  };

  for await (const text of lines) {
    lineNumber++;
    if (text.trim() === '') continue;
    progress.lines++;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      unparsable.push({
        line: lineNumber,
        settlementId: null,
        hospitalCode: null,
        issues: [{ code: '2006', field: '', message: `not JSON: ${(error as Error).message}` }],
      });
      continue;
    }
    batch.push({ index: lineNumber, raw, parsed: parseAhead(raw) });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await inFlight;
  progress.elapsedMs = Date.now() - started;
  return progress;
}

function rejectedLine(result: SettlementListResult): RejectedLine {
  return {
    line: result.index,
    settlementId: result.settlementId,
    hospitalCode: result.hospitalCode,
    issues: result.issues.map((i) => ({ code: i.code, field: i.field, message: i.message })),
  };
}
