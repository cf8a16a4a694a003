import type { RequestContext } from '../../graphql/context';
import { InsuranceType } from '../case';
import {
  CaseAggregateDimension,
  CaseSite,
  type CaseAggregateRow,
  type CaseAggregates,
} from './case-aggregates.types';
import { parsePeriodParams } from './period-jobs';
import { SettlementError } from './settlement.errors';

/** At most this many rows per breakdown (the total still counts every case). */
export const MAX_AGGREGATE_ROWS = 500;

const KEY: Record<CaseAggregateDimension, string> = {
  [CaseAggregateDimension.HOSPITAL]: 'c.hospital_code',
  [CaseAggregateDimension.GROUP]: `coalesce(p.group_code, case r.grouped_by when 'DIP' then r.dip_group_code
    else coalesce(r.drg_code, r.dip_group_code) end)`,
  [CaseAggregateDimension.INSURED_REGION]: 'c.insured_region_code',
  [CaseAggregateDimension.TREATMENT_REGION]: 'c.treatment_region_code',
  [CaseAggregateDimension.CLASS]: 'p.case_class',
};

export interface AggregateArgs {
  regionCode: string;
  from: string;
  to: string;
  by: CaseAggregateDimension;
  site: CaseSite;
  insuranceType: InsuranceType | null;
  first: number;
}

interface Row {
  total: boolean;
  key: string | null;
  cases: number;
  priced_cases: number;
  total_cost: string;
  points: string;
  provisional_amount: string;
  fund_due: string;
}

/**
 * A region's case figures for a discharge period, by one dimension, with a total row: ONE
 * aggregate statement (grouping sets) over the current revisions and their payments, under the
 * caller's row-level security — so a hospital's figures are its own cases', an insured-site
 * region's the cases insured with it, and a region that is no party to any case sees zeros.
 */
export async function caseAggregates(
  ctx: RequestContext,
  args: AggregateArgs,
): Promise<CaseAggregates> {
  const period = parsePeriodParams({ regionCode: args.regionCode, from: args.from, to: args.to });
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_AGGREGATE_ROWS)
    throw new SettlementError(
      'INVALID_INPUT',
      `first must be between 1 and ${MAX_AGGREGATE_ROWS}`,
      {
        field: 'first',
      },
    );
  const site = args.site === CaseSite.INSURED ? 'c.insured_region_code' : 'c.treatment_region_code';
  const rows = await ctx.sql<Row>(
    `select grouping(x.key) = 1 as total, x.key, count(*)::int as cases,
       count(x.revision_id)::int as priced_cases,
       coalesce(sum(x.total_cost), 0)::text as total_cost,
       trim_scale(coalesce(sum(x.points), 0))::text as points,
       coalesce(sum(x.provisional_amount), 0)::text as provisional_amount,
       coalesce(sum(x.fund_due), 0)::text as fund_due
     from (
       select ${KEY[args.by]} as key, r.total_cost, p.revision_id, p.points,
         p.provisional_amount, p.fund_due
       from settlement_case c
       join case_revision r on r.province_code = c.province_code and r.id = c.current_revision_id
       left join case_payment p on p.province_code = r.province_code and p.revision_id = r.id
       where c.province_code = $1 and ${site} = $2 and c.discharge_date between $3::date and $4::date
         and ($5::text is null or c.insurance_type = $5::text)
     ) x
     group by grouping sets ((x.key), ())
     order by grouping(x.key) desc, x.key nulls last
     limit $6`,
    [
      `${period.regionCode.slice(0, 2)}0000`,
      period.regionCode,
      period.from,
      period.to,
      args.insuranceType,
      args.first + 2,
    ],
  );
  const [first, ...keyed] = rows;
  const zero: Row = {
    total: true,
    key: null,
    cases: 0,
    priced_cases: 0,
    total_cost: '0',
    points: '0',
    provisional_amount: '0',
    fund_due: '0',
  };
  // no case at all: grouping sets still yield the () row, but be explicit
  const total = first?.total ? first : zero;
  return {
    by: args.by,
    site: args.site,
    from: period.from,
    to: period.to,
    rows: keyed.slice(0, args.first).map(rowOf),
    truncated: keyed.length > args.first,
    total: rowOf({ ...total, key: null }),
  };
}

function rowOf(r: Row): CaseAggregateRow {
  return {
    key: r.key,
    cases: r.cases,
    pricedCases: r.priced_cases,
    totalCost: r.total_cost,
    points: r.points,
    provisionalAmount: r.provisional_amount,
    fundDue: r.fund_due,
  };
}
