/**
 * The TCM-advantage module's one error type. Pure domain code (no GraphQL import): the integrator
 * maps `TcmError.reason` to a GraphQL code; a rejected catalog is the uploader's bad input.
 */
export type TcmErrorReason = 'CATALOG_INVALID';

/** One rejected catalog row: its index in the input array and why. */
export interface TcmCatalogProblem {
  readonly index: number;
  readonly tcdCode: string | null;
  readonly reason: string;
}

/** A TCM-advantage catalog that failed validation; lists every problem, accepts nothing. */
export class TcmError extends Error {
  readonly reason: TcmErrorReason = 'CATALOG_INVALID';

  constructor(readonly problems: readonly TcmCatalogProblem[]) {
    super(
      `TCM-advantage catalog rejected, ${problems.length} problem(s):\n` +
        problems
          .map((p) => `  row ${p.index}${p.tcdCode ? ` (${p.tcdCode})` : ''}: ${p.reason}`)
          .join('\n'),
    );
    this.name = 'TcmError';
  }
}
