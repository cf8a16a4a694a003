import { sqlClientOf, type SqlRunner } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { currentRevisionsOf, type CaseDay, type StoredRevision } from '../case';
import type { PaymentStandard as PricingStandard } from '../../domain/pricing';
import { findPaymentStandard, pricingStandardOf, StandardError } from '../standard';
import { priceRegionPeriodInSql, unsupportedVariants } from './bulk-pricing';
import { priceStoredRevisions } from './case-pricing.service';

/** How one day was priced: by the set-based statement, by the pure path, or both. */
export interface RepricedDay {
  /** Payment rows and unpriced rows replaced (deleted before pricing). */
  readonly replaced: number;
  /** Revisions priced by the set-based twin (`priceRegionPeriodInSql`). */
  readonly inSql: number;
  /** Revisions priced (or recorded unpriced) by the pure path, as at ingest. */
  readonly pure: number;
  /** Why the set-based statement was not used for the day, when it was not. */
  readonly sqlSkipped: string | null;
}

/**
 * Deletes the payment and unpriced rows of the CURRENT revisions of a region's cases discharged
 * on a day: the key range one re-pricing chunk owns. Earlier revisions keep their rows (history).
 * Under row-level security only the treatment-site region and the province delete. Returns the
 * rows deleted.
 */
export async function deleteDayPricing(ctx: RequestContext, day: CaseDay): Promise<number> {
  const client = await sqlClientOf(ctx.em);
  let deleted = 0;
  for (const table of ['case_payment', 'case_unpriced']) {
    const { rowCount } = await client.query(
      `delete from ${table} p using settlement_case c
       where c.province_code = $1 and c.treatment_region_code = $2 and c.discharge_date = $3::date
         and p.province_code = c.province_code and p.revision_id = c.current_revision_id`,
      [day.provinceCode, day.regionCode, day.day],
    );
    deleted += rowCount ?? 0;
  }
  return deleted;
}

/**
 * Standards read once per job chunk: the chunk's days mostly share one standard version, and
 * its entity and rows are the same for each (a published version is immutable).
 */
export class StandardCache {
  private readonly byId = new Map<string, Promise<PricingStandardRead | null>>();

  read(ctx: RequestContext, standardId: string): Promise<PricingStandardRead | null> {
    let read = this.byId.get(standardId);
    if (!read) {
      read = readStandard(ctx, standardId);
      this.byId.set(standardId, read);
    }
    return read;
  }
}

/** A standard as the twin needs it; `standard` is null when its parameters are incomplete. */
interface PricingStandardRead {
  readonly uuid: string;
  readonly catalogVersionId: string | null;
  readonly standard: PricingStandard | null;
}

async function readStandard(
  ctx: RequestContext,
  standardId: string,
): Promise<PricingStandardRead | null> {
  const entity = await findPaymentStandard(ctx, standardId);
  if (!entity) return null;
  if (!entity.catalogVersionId)
    return { uuid: entity.uuid, catalogVersionId: null, standard: null };
  try {
    const standard = await pricingStandardOf(ctx.sql, entity);
    return { uuid: entity.uuid, catalogVersionId: entity.catalogVersionId, standard };
  } catch (error) {
    // incomplete parameters: the pure path records STANDARD_INCOMPLETE, as at ingest
    if (!(error instanceof StandardError)) throw error;
    return { uuid: entity.uuid, catalogVersionId: entity.catalogVersionId, standard: null };
  }
}

/** The region's DRG standard in force on the day, as pricing at ingest picks it. */
async function drgStandardInForce(ctx: RequestContext, day: CaseDay): Promise<string | null> {
  const rows = await ctx.sql<{ id: string }>(
    `select id from payment_standard
     where owner_scope = 'REGION' and owner_code = $1 and province_code = $2
       and method = any(array['DRG_RATE', 'DRG_POINTS'])
       and status in ('PUBLISHED', 'RETIRED')
       and effective_from <= $3::date and (effective_to is null or effective_to > $3::date)
       and (retired_on is null or $3::date < retired_on)
     order by effective_from desc, published_at desc
     limit 1`,
    [day.regionCode, day.provinceCode, day.day],
  );
  return rows[0]?.id ?? null;
}

/**
 * Re-prices the current revisions of a region's cases discharged on one day with the standards
 * in force on that day, REPLACING their `case_payment` / `case_unpriced` rows: delete the day's
 * rows, then
 *
 * 1. the set-based twin (`priceRegionPeriodInSql`) with the region's DRG standard in force, for
 *    the revisions it computes (DRG and TCM-advantage cases grouped with the standard's catalog);
 * 2. the pure path (`priceStoredRevisions`, exactly what the ingest runs) for every current
 *    revision of the day still without a payment: DIP cases, a standard the twin refuses
 *    (UNSUPPORTED_VARIANTS: the whole day falls back here), a revision the twin cannot price —
 *    which the pure path records in `case_unpriced` with its reason, as at ingest.
 *
 * All on the caller's transaction: a crash leaves the day as it was, a rerun replaces it again,
 * so no revision is ever priced twice.
 */
export async function repriceDay(
  ctx: RequestContext,
  day: CaseDay,
  standards: StandardCache = new StandardCache(),
): Promise<RepricedDay> {
  // a day without cases (a holiday, a sparse county) costs one indexed probe
  const [any] = await ctx.sql(
    `select 1 as one from settlement_case
     where province_code = $1 and treatment_region_code = $2 and discharge_date = $3::date limit 1`,
    [day.provinceCode, day.regionCode, day.day],
  );
  if (!any) return { replaced: 0, inSql: 0, pure: 0, sqlSkipped: 'no cases' };
  const replaced = await deleteDayPricing(ctx, day);
  const client = await sqlClientOf(ctx.em);
  const write: SqlRunner = async (text, params) =>
    (await client.query(text, params ? [...params] : [])).rows;

  let inSql = 0;
  let sqlSkipped: string | null = 'no DRG standard in force';
  const standardId = await drgStandardInForce(ctx, day);
  const read = standardId ? await standards.read(ctx, standardId) : null;
  if (read?.catalogVersionId) {
    if (!read.standard) sqlSkipped = 'standard incomplete';
    else {
      const variants = unsupportedVariants(read.standard.parameters);
      if (variants.length > 0) sqlSkipped = `unsupported: ${variants.join(', ')}`;
      else {
        inSql = await priceRegionPeriodInSql(write, {
          provinceCode: day.provinceCode,
          regionCode: day.regionCode,
          from: day.day,
          to: day.day,
          standardId: read.uuid,
          catalogVersionId: read.catalogVersionId,
          standard: read.standard,
        });
        sqlSkipped = null;
      }
    }
  }

  // whatever the statement did not price goes through the ingest's own pricing
  const rest = await ctx.sql<{ id: string }>(
    `select r.id from settlement_case c
     join case_revision r on r.province_code = c.province_code and r.id = c.current_revision_id
     where c.province_code = $1 and c.treatment_region_code = $2 and c.discharge_date = $3::date
       and not exists (select 1 from case_payment p
                       where p.province_code = r.province_code and p.revision_id = r.id)`,
    [day.provinceCode, day.regionCode, day.day],
  );
  let revisions: StoredRevision[] = [];
  if (rest.length > 0) {
    revisions = await currentRevisionsOf(
      ctx,
      day,
      rest.map((r) => r.id),
    );
    await priceStoredRevisions(ctx, revisions);
  }
  return { replaced, inSql, pure: revisions.length, sqlSkipped };
}
