import { Dec } from '../../domain/decimal';
import {
  parseStandardParameters,
  type ExclusionItemKind,
  type HospitalGrade,
  type HospitalLevel,
  type PaymentStandard as PricingStandard,
} from '../../domain/pricing';
import type { SqlRunner } from '../../db';
import type { PaymentStandard } from './payment-standard.entity';
import { StandardError } from './standard.errors';

const dec = (value: unknown) => (value == null ? null : new Dec(String(value)));

/**
 * A stored standard as the pure pricing functions take it (src/domain/pricing): its parameters
 * parsed again (a standard published by an older version of the rules must still parse) and its
 * rows, read on the caller's transaction (so under its row-level security). For the case and
 * settlement modules, and for batch pricing jobs.
 */
export async function pricingStandardOf(
  sql: SqlRunner,
  standard: PaymentStandard,
): Promise<PricingStandard> {
  const parsed = parseStandardParameters(standard.parameters);
  if (!parsed.ok)
    throw new StandardError(
      'INCOMPLETE_PARAMETERS',
      `Payment standard ${standard.name} ${standard.versionLabel} has incomplete parameters`,
      { fieldErrors: parsed.errors },
    );
  // the five row sets in one round trip (a period job reads a standard per chunk): each as a
  // json array of its rows in the order a plain select returns them, numerics as exact text
  const rows = (table: string, columns: string[]) =>
    `(select coalesce(json_agg(json_build_object(${columns
      .map((c) => {
        const [name, expression] = c.split(' as ');
        return `'${expression ?? name}', ${name}`;
      })
      .join(', ')})), '[]') from ${table} where version_id = $1::uuid)`;
  type Row = Record<string, unknown>;
  const [{ coefficients, outOfRegion, bedDays, tcm, exclusions }] = await sql<{
    coefficients: Row[];
    outOfRegion: Row[];
    bedDays: Row[];
    tcm: Row[];
    exclusions: Row[];
  }>(
    `select ${rows('standard_coefficient', ['hospital_code', 'level', 'grade', 'group_code', 'coefficient::text as coefficient'])} as coefficients,
       ${rows('standard_out_of_region_coefficient', ['insured_region_code', 'coefficient::text as coefficient'])} as "outOfRegion",
       ${rows('standard_bed_day', ['category_code', 'daily_points::text as daily_points', 'daily_amount::text as daily_amount', 'max_days'])} as "bedDays",
       ${rows('standard_tcm_advantage', ['disease_code', 'standard::text as standard', 'pre_pilot_standard::text as pre_pilot_standard'])} as tcm,
       ${rows('standard_exclusion_item', ['item_kind', 'code', `to_char(effective_from, 'YYYY-MM-DD') as effective_from`, `to_char(effective_to, 'YYYY-MM-DD') as effective_to`])} as exclusions`,
    [standard.uuid],
  );
  return {
    regionCode: standard.ownerCode,
    parameters: parsed.value,
    coefficients: coefficients.map((r) => ({
      hospitalCode: (r.hospital_code as string | null) ?? null,
      level: (r.level as HospitalLevel | null) ?? null,
      grade: (r.grade as HospitalGrade | null) ?? null,
      groupCode: (r.group_code as string | null) ?? null,
      coefficient: dec(r.coefficient)!,
    })),
    outOfRegionCoefficients: outOfRegion.map((r) => ({
      insuredRegionCode: String(r.insured_region_code),
      coefficient: dec(r.coefficient)!,
    })),
    bedDayStandards: bedDays.map((r) => ({
      categoryCode: String(r.category_code),
      dailyPoints: dec(r.daily_points),
      dailyAmount: dec(r.daily_amount),
      maxDays: r.max_days == null ? null : Number(r.max_days),
    })),
    tcmAdvantageStandards: tcm.map((r) => ({
      diseaseCode: String(r.disease_code),
      standard: dec(r.standard)!,
      prePilotStandard: dec(r.pre_pilot_standard)!,
    })),
    exclusionItems: exclusions.map((r) => ({
      itemKind: r.item_kind as ExclusionItemKind,
      code: String(r.code),
      effectiveFrom: String(r.effective_from),
      effectiveTo: (r.effective_to as string | null) ?? null,
    })),
  };
}
