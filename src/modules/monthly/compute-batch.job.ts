import { defineJob } from '../../db';
import { badInput } from '../../shared/errors';
import {
  CLEAR_BATCH,
  INSERT_CORRECTIONS,
  INSERT_LINES,
  INSERT_NEW_CASES,
  UPDATE_TOTALS,
} from './monthly-batch.sql';
import { MonthlyError } from './monthly.errors';

export interface ComputeBatchParams {
  readonly provinceCode: string;
  readonly batchId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Computes an OPEN monthly batch (月度结算): one chunk, set-based — the batch's rows are replaced
 * whole (delete, then insert new cases, corrections, lines and totals) in the chunk's
 * transaction, so a crash leaves nothing half-written and a rerun gives the same rows. Runs as
 * the region that started it: row-level security limits it to that region's cases.
 */
export const computeBatchJob = defineJob<ComputeBatchParams>({
  kind: 'monthly.compute-batch',
  parse(raw) {
    const value = raw as Partial<ComputeBatchParams> | null;
    if (!value || typeof value.provinceCode !== 'string' || !/^\d{6}$/.test(value.provinceCode))
      throw badInput('provinceCode must be a province code', 'provinceCode');
    if (typeof value.batchId !== 'string' || !UUID.test(value.batchId))
      throw badInput('batchId must be a batch id', 'batchId');
    return { provinceCode: value.provinceCode, batchId: value.batchId };
  },
  plan: async () => 1,
  async runChunk(ctx) {
    const { provinceCode, batchId } = ctx.params;
    const args = [provinceCode, batchId];
    // the row lock serialises with a close: a closed batch is never recomputed
    const [batch] = await ctx.query<{ status: string }>(
      'select status from monthly_batch where province_code = $1 and id = $2 for update',
      args,
    );
    if (!batch) throw new MonthlyError('NOT_FOUND', 'The monthly batch is not visible');
    if (batch.status === 'CLOSED')
      throw new MonthlyError('BATCH_CLOSED', 'The monthly batch was closed before it was computed');
    const client = await ctx.client();
    for (const statement of CLEAR_BATCH) await client.query(statement, args);
    await client.query(INSERT_NEW_CASES, args);
    await client.query(INSERT_CORRECTIONS, args);
    await client.query(INSERT_LINES, args);
    await client.query(UPDATE_TOTALS, args);
  },
});
