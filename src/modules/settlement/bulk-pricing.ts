import type { SqlRunner } from '../../db';
import type { Dec } from '../../domain/decimal';
import type { PaymentStandard as PricingStandard, StandardParameters } from '../../domain/pricing';
import { SettlementError } from './settlement.errors';

/** A period of a region to price in bulk, with the standard to price it by. */
export interface BulkPricingRequest {
  readonly provinceCode: string;
  readonly regionCode: string;
  /** First and last discharge day priced (`YYYY-MM-DD`, both included). */
  readonly from: string;
  readonly to: string;
  /** The standard (its id) and its parsed parameters and rows (`pricingStandardOf`). */
  readonly standardId: string;
  readonly catalogVersionId: string;
  readonly standard: PricingStandard;
}

/**
 * The rules of `priceCase` the set-based statement does not compute yet. A standard that uses
 * any of them is refused (PRECONDITION_FAILED, reason UNSUPPORTED_VARIANTS, the variants in
 * `extensions.variants`) rather than priced differently from the pure function.
 */
export function unsupportedVariants(p: StandardParameters): string[] {
  const variants: string[] = [];
  // readmission pays the earlier stay's points × a factor: in a period priced at once the earlier
  // stay is often priced by the same statement (and may itself be a readmission), which one
  // insert … select cannot chain; ingest prices readmissions in discharge order instead
  if (p.readmissionWindowDays !== null) variants.push('readmissionWindowDays');
  return variants;
}

const n = (value: Dec | null) => (value === null ? null : value.toFixed());

/**
 * Decimal division kept to 40 decimal places (PostgreSQL's numeric division otherwise keeps about
 * 16 significant digits): the pure function keeps 40 significant digits, so both agree far below
 * the fen.
 */
const div = (a: string, b: string) => `((${a})::numeric + 0.${'0'.repeat(40)}) / (${b})`;

/**
 * The set-based twin of `priceCase` (src/domain/pricing) for a region's period: ONE
 * `insert … select` over the current revisions of the cases treated in the region and discharged
 * in the period, grouped by the standard's family (DRG, or DIP for a DIP_SCORE standard) with its
 * catalog version (TCM-advantage cases paid by that family included), joined to the catalog's
 * group rows (DRG weight, or DIP score as the base with the auxiliary factor the grouper stored),
 * the hospitals and the standard's rows (coefficients with the level fallback, out-of-region
 * coefficients, new-technology items — excluded per item or paid beside the standard with their
 * listed cost — TCM-advantage standards, the bilateral-surgery coefficient); the scalar
 * parameters are bound values. A blank DIP group (空白病种) has no catalog score, so, as at
 * ingest, it is not priced (unless paid per item first). It writes `case_payment`
 * rows exactly as pricing at ingest does (same class, points or standard, amount, fund due);
 * revisions already priced are left as they are, and a case `priceCase` could not price (no
 * coefficient, no group row, no TCM standard, an approved item without its cost) gets no row.
 * Standards with the readmission rule are refused (`unsupportedVariants`). Runs on
 * the caller's transaction: under
 * row-level security for the application role. Returns the number of payments written.
 */
export async function priceRegionPeriodInSql(
  sql: SqlRunner,
  request: BulkPricingRequest,
): Promise<number> {
  const p = request.standard.parameters;
  const variants = unsupportedVariants(p);
  if (variants.length > 0)
    throw new SettlementError(
      'UNSUPPORTED_VARIANTS',
      `Bulk pricing does not compute ${variants.join(', ')} yet: price these cases at ingest`,
      { variants },
    );
  if (request.regionCode !== request.standard.regionCode)
    throw new SettlementError(
      'INVALID_INPUT',
      `The standard is region ${request.standard.regionCode}'s, not ${request.regionCode}'s`,
      { field: 'regionCode' },
    );
  if (request.to < request.from)
    throw new SettlementError('INVALID_INPUT', 'The period ends before it starts', {
      field: 'to',
    });

  const params: unknown[] = [];
  /** Binds a value, returns its placeholder with a cast. */
  const bind = (value: unknown, type: string) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const province = bind(request.provinceCode, 'text');
  const region = bind(request.regionCode, 'text');
  const from = bind(request.from, 'date');
  const to = bind(request.to, 'date');
  const standardId = bind(request.standardId, 'uuid');
  const catalog = bind(request.catalogVersionId, 'uuid');
  const method = bind(p.method, 'text');
  const rate = p.method === 'DRG_RATE';
  // DIP scores: the revision's DIP group and catalog, the score as the base (no × 100)
  const dip = p.method === 'DIP_SCORE';
  const separate = p.outOfRegionMode === 'SEPARATE_STANDARD';
  const unitOf = (
    employee: Dec | null,
    resident: Dec | null,
    oorEmployee: Dec | null,
    oorResident: Dec | null,
  ) =>
    `case when k.out_of_region and ${bind(separate, 'boolean')}
       then case when k.insurance_type = 'EMPLOYEE' then ${bind(n(oorEmployee), 'numeric')} else ${bind(n(oorResident), 'numeric')} end
       else case when k.insurance_type = 'EMPLOYEE' then ${bind(n(employee), 'numeric')} else ${bind(n(resident), 'numeric')} end end`;
  const baseRate = rate
    ? unitOf(
        p.baseRateEmployee,
        p.baseRateResident,
        p.outOfRegionBaseRateEmployee,
        p.outOfRegionBaseRateResident,
      )
    : 'null::numeric';
  const pointValue = rate
    ? 'null::numeric'
    : unitOf(
        p.pointValueEmployee,
        p.pointValueResident,
        p.outOfRegionPointValueEmployee,
        p.outOfRegionPointValueResident,
      );
  const adjustment = bind(n(p.adjustmentCoefficient), 'numeric');
  const fallback = bind(p.missingLevelFallback === 'NEXT_HIGHER_THEN_LOWER', 'boolean');
  const higherFactor = bind(n(p.nextHigherLevelFactor), 'numeric');
  const lowerFactor = bind(n(p.nextLowerLevelFactor), 'numeric');
  const defaultCoefficient = bind(n(p.defaultCoefficient), 'numeric');
  const oorMode = bind(p.outOfRegionMode, 'text');
  const oorCoefficient = bind(n(p.outOfRegionCoefficient), 'numeric');
  const tcmCoefficient = bind(n(p.tcmCoefficient), 'numeric');
  const bilateralCoefficient = bind(n(p.bilateralSurgeryCoefficient), 'numeric');
  // STANDARD_PLUS_ITEMS: approved items are paid beside the standard, the rest priced as usual
  const plusItems = bind(p.exclusionPayment === 'STANDARD_PLUS_ITEMS', 'boolean');
  const comparator = bind(p.comparator, 'text');
  const highByLevel =
    () => `case level when 'TERTIARY' then ${bind(n(p.highRatioTertiary), 'numeric')}
      when 'SECONDARY' then ${bind(n(p.highRatioSecondary), 'numeric')}
      when 'PRIMARY' then ${bind(n(p.highRatioPrimary), 'numeric')}
      else ${bind(n(p.highRatioUnrated), 'numeric')} end`;
  const tiers = () =>
    bind(
      JSON.stringify(p.highRatioTiers.map((t) => ({ maxBase: n(t.maxBase), ratio: n(t.ratio) }))),
      'jsonb',
    );
  const highRatio = () => bind(n(p.highRatio), 'numeric');
  const high =
    p.highThresholdBasis === 'FIXED'
      ? highRatio()
      : p.highThresholdBasis === 'HOSPITAL_LEVEL'
        ? `coalesce(${highByLevel()}, ${highRatio()})`
        : `(select (t.value ->> 'ratio')::numeric from jsonb_array_elements(${tiers()}) with ordinality t(value, i)
            where t.value ->> 'maxBase' is null or tier_base <= (t.value ->> 'maxBase')::numeric
            order by t.i limit 1)`;
  const low = bind(n(p.lowRatio), 'numeric');
  const upper = bind(n(p.upperBoundRatio), 'numeric');
  const at = (ratio: string, bound: string, inclusive: boolean) =>
    `(${bound} is not null and ${ratio} ${inclusive ? '>=' : '>'} ${bound})`;
  const below = (ratio: string, bound: string, inclusive: boolean) =>
    `(${bound} is not null and ${ratio} ${inclusive ? '<=' : '<'} ${bound})`;
  const applyToOutliers = bind(p.coefficientsApplyToOutliers, 'boolean');
  const specialReview = bind(n(p.specialReviewRatio), 'numeric');
  const losAtMost = bind(p.losExcludedAtMost, 'integer');
  const losAtLeast = bind(p.losExcludedAtLeast, 'integer');
  const incompleteDays = bind(p.incompleteStayMaxDays, 'integer');
  const incompleteWays = bind(p.incompleteStayDischargeWays, 'text[]');
  const ungrouped = bind(p.ungroupedPayment, 'text');
  const ungroupedFactor = bind(n(p.ungroupedFactor), 'numeric');

  const coefficient = (kind: string, value: string, source: string) =>
    `case when ${value} is not null then jsonb_build_object('kind', '${kind}', 'value', trim_scale(${value})::text, 'source', ${source}) end`;

  const statement = `
with k as (
  select r.province_code, r.id as revision_id, r.case_id, r.hospital_code, r.treatment_region_code,
    r.insured_region_code, r.discharge_date, r.total_cost as full_cost,
    -- the cost the DRG part is priced on: less the items paid beside it (never for an ungrouped
    -- case, which priceCase pays before looking at items)
    r.total_cost - case when ${plusItems} and it.listed
        and not ${
          dip
            ? "(r.grouped_by = 'DIP' and r.dip_status <> 'BLANK' and (r.dip_status <> 'GROUPED' or r.dip_group_code is null))"
            : "(r.grouped_by = 'DRG' and (r.drg_status <> 'SUCCESS' or r.drg_code is null))"
        }
      then it.cost else 0 end as total_cost,
    r.patient_paid, r.los,
    r.discharge_way::text as discharge_way, r.insurance_type,
    -- a new drug, device or technology on the exclusion list on the discharge day (seed 004),
    -- with the items' cost (STANDARD_PLUS_ITEMS) and whether any such item has none
    it.listed as excluded, it.cost as items_cost, it.unknown as items_unknown,
    coalesce(r.tcm_treatment_share, 0) > 0 as tcm_treatment,
    -- bilateral surgery (双侧手术): any procedure the list marks as done on both sides
    exists (select 1 from jsonb_array_elements(r.procedures) x
            where x.value ->> 'bilateral' = 'true') as bilateral,
    r.grouped_by, r.drg_status, r.rule_package_sha256, r.tcm_disease_code,
    -- the group the family pays by: DRG, or DIP (a blank DIP group has none, so no row either)
    ${dip ? "case when r.dip_status = 'GROUPED' then r.dip_group_code end" : 'r.drg_code'} as drg_code,
    ${dip ? "case when r.dip_status = 'GROUPED' then r.dip_aux_factor end" : 'null::numeric'} as aux_factor,
    -- a DIP revision stored before the factor was kept: its factor is unknown, so it is not priced
    ${dip ? "r.grouped_by = 'DIP' and r.dip_status = 'GROUPED' and r.dip_aux_factor is null" : 'false'} as aux_unknown,
    h.level, h.grade, r.insured_region_code <> ${region} as out_of_region,
    case h.level when 'SECONDARY' then 'TERTIARY' when 'PRIMARY' then 'SECONDARY'
      when 'UNRATED' then 'PRIMARY' end as higher_level,
    case h.level when 'TERTIARY' then 'SECONDARY' when 'SECONDARY' then 'PRIMARY'
      when 'PRIMARY' then 'UNRATED' end as lower_level,
    ${dip ? 'g.score' : 'g.weight'} as weight, g.average_cost,
    ${
      dip
        ? "(r.grouped_by = 'DIP' and r.dip_status <> 'BLANK' and (r.dip_status <> 'GROUPED' or r.dip_group_code is null))"
        : "(r.grouped_by = 'DRG' and (r.drg_status <> 'SUCCESS' or r.drg_code is null))"
    } as ungrouped
  from settlement_case c
  join case_revision r on r.province_code = c.province_code and r.id = c.current_revision_id
  join hospital h on h.code = r.hospital_code
  ${
    dip
      ? `left join dip_group g on g.version_id = ${catalog} and g.code = r.dip_group_code
         and r.dip_status = 'GROUPED'`
      : `left join drg_group g on g.version_id = ${catalog} and g.code = r.drg_code`
  }
  cross join lateral (
    select count(*) > 0 as listed, coalesce(sum((s.value ->> 'amount')::numeric), 0) as cost,
      coalesce(bool_or(s.value ->> 'amount' is null), false) as unknown
    from jsonb_array_elements(r.special_items) s
    where exists (select 1 from standard_exclusion_item e where e.version_id = ${standardId}
      and e.item_kind = s.value ->> 'kind' and e.code = s.value ->> 'code'
      and e.effective_from <= r.discharge_date
      and (e.effective_to is null or r.discharge_date < e.effective_to))
  ) it
  where c.province_code = ${province} and c.treatment_region_code = ${region}
    and c.discharge_date between ${from} and ${to}
    and ${
      dip
        ? // a TCM-advantage case is paid by the DIP family only where no DRG catalog is in force
          `(r.grouped_by = 'DIP' or (r.grouped_by = 'TCM_ADVANTAGE' and r.drg_catalog_version_id is null))
           and r.dip_catalog_version_id = ${catalog}`
        : `r.grouped_by in ('DRG', 'TCM_ADVANTAGE') and r.drg_catalog_version_id = ${catalog}`
    }
    and not exists (select 1 from case_payment x
                    where x.province_code = r.province_code and x.revision_id = r.id)
),
b as (
  select k.*,
    ${pointValue} as point_value,
    ${baseRate} as base_rate,
    k.weight * ${dip ? '1' : '100'} as tier_base,
    tcm.standard as tcm_standard,
    inst.value as institution, inst.source as institution_source,
    case when k.out_of_region then case
      when ${oorMode} = 'SINGLE_COEFFICIENT' then ${oorCoefficient}
      when ${oorMode} = 'PER_INSURED_REGION' then coalesce(oor.coefficient, ${oorCoefficient}) end
    end as out_of_region_coefficient,
    case when k.tcm_treatment then ${tcmCoefficient} end as tcm_coefficient,
    case when k.bilateral then ${bilateralCoefficient} end as bilateral_coefficient,
    -- the DIP auxiliary factor (辅助目录), when it is not 1
    case when k.aux_factor <> 1 then k.aux_factor end as aux_coefficient
  from k
  left join standard_tcm_advantage tcm on tcm.version_id = ${standardId}
    and k.grouped_by = 'TCM_ADVANTAGE' and tcm.disease_code = k.tcm_disease_code
  left join standard_out_of_region_coefficient oor on oor.version_id = ${standardId}
    and oor.insured_region_code = k.insured_region_code
  -- the hospital's coefficient, the most specific row first: (hospital, group), hospital,
  -- (level+grade, group), (level, group), level+grade, level; then the next higher level × its
  -- factor, the next lower × its; then the default (resolveInstitutionCoefficient)
  left join lateral (
    select x.value, x.source from (
      select sc.coefficient * f.factor as value, f.rank * 10 + case
          when sc.hospital_code is not null and sc.group_code is not null then 1
          when sc.hospital_code is not null then 2
          when sc.grade is not null and sc.group_code is not null then 3
          when sc.group_code is not null then 4
          when sc.grade is not null then 5 else 6 end as priority,
        coalesce('hospital ' || sc.hospital_code, 'level ' || sc.level || coalesce('/' || sc.grade, ''))
          || coalesce(' group ' || sc.group_code, '') as source
      from (values (0, k.level, 1::numeric), (1, k.higher_level, ${higherFactor}),
                   (2, k.lower_level, ${lowerFactor})) f(rank, level, factor)
      join standard_coefficient sc on sc.version_id = ${standardId}
        and (sc.group_code is null or sc.group_code = k.drg_code)
        and ((f.rank = 0 and sc.hospital_code = k.hospital_code)
          or (sc.hospital_code is null and sc.level = f.level
              and (sc.grade is null or sc.grade = k.grade)))
      where f.rank = 0 or ${fallback}
      union all
      select ${defaultCoefficient}, 100, 'default coefficient' where ${defaultCoefficient} is not null
    ) x order by x.priority limit 1
  ) inst on true
),
c as (
  select b.*,
    case when ${method} = 'DRG_RATE' then b.base_rate * b.weight * ${adjustment} else b.tier_base end as base,
    b.institution * coalesce(b.out_of_region_coefficient, 1) * coalesce(b.tcm_coefficient, 1)
      * coalesce(b.bilateral_coefficient, 1) * coalesce(b.aux_coefficient, 1) as coef
  from b
),
d as (
  select c.*, c.base * c.coef as normal_value,
    case when c.incomplete then null
      else ${div(
        'c.total_cost',
        `nullif(case ${comparator} when 'GROUP_AVERAGE' then c.average_cost
        when 'LEVEL_AVERAGE' then c.average_cost * c.institution
        else c.base * c.coef * coalesce(c.point_value, 1) end, 0)`,
      )} end as ratio,
    case ${comparator} when 'GROUP_AVERAGE' then c.average_cost
      when 'LEVEL_AVERAGE' then c.average_cost * c.institution
      else c.base * c.coef * coalesce(c.point_value, 1) end as comparator_amount
  from (select c.*, (${incompleteDays} is not null and c.los < ${incompleteDays}
          and c.discharge_way = any(${incompleteWays})) as incomplete from c) c
),
e as (
  select d.*, case when d.incomplete then null else ${high} end as high,
    case when d.incomplete then null else ${low} end as low,
    case when ${applyToOutliers} then d.coef else 1 end as outlier_coef
  from d
),
-- the class and the formula, in priceCase's order
o as (
  select e.*,
    case
      when e.grouped_by = 'TCM_ADVANTAGE' and e.excluded and not ${plusItems} then 'EXCLUDED'
      when e.grouped_by = 'TCM_ADVANTAGE' then 'TCM_ADVANTAGE'
      when e.ungrouped then 'UNGROUPED'
      when e.excluded and not ${plusItems} then 'EXCLUDED'
      when (${losAtMost} is not null and e.los <= ${losAtMost})
        or (${losAtLeast} is not null and e.los >= ${losAtLeast}) then 'LOS'
      when e.incomplete then 'INCOMPLETE'
      when ${at('e.ratio', upper, p.upperBoundInclusive)} then 'EXTREME'
      when ${at('e.ratio', 'e.high', p.highInclusive)} then 'HIGH'
      when ${below('e.ratio', 'e.low', p.lowInclusive)} then 'LOW'
      else 'NORMAL'
    end as step
  from e
),
v as (
  select o.*,
    case o.step
      when 'TCM_ADVANTAGE' then 'TCM_ADVANTAGE' when 'UNGROUPED' then 'UNGROUPED'
      when 'EXCLUDED' then 'EXCLUDED' when 'LOS' then 'EXCLUDED' else o.step end as case_class,
    case o.step
      when 'TCM_ADVANTAGE' then 'TCM_ADVANTAGE'
      when 'UNGROUPED' then case ${ungrouped} when 'FEE_FOR_SERVICE' then 'FEE_FOR_SERVICE' else 'UNGROUPED' end
      when 'EXCLUDED' then 'NEW_TECHNOLOGY_EXCLUSION'
      when 'LOS' then 'LOS_EXCLUSION'
      when 'INCOMPLETE' then 'INCOMPLETE_STAY'
      when 'EXTREME' then ${bind(p.extremeFormula === 'FEE_FOR_SERVICE' ? 'FEE_FOR_SERVICE' : 'EXTREME_COEFFICIENT_ONLY', 'text')}
      when 'HIGH' then ${bind(p.highFormula === 'FEE_FOR_SERVICE' ? 'FEE_FOR_SERVICE' : 'HIGH_OUTLIER', 'text')}
      when 'LOW' then ${bind(p.lowFormula === 'FEE_FOR_SERVICE' ? 'FEE_FOR_SERVICE' : 'LOW_OUTLIER', 'text')}
      else 'STANDARD' end as rule,
    -- points (point methods) or standard (rate method); null: paid in money
    case o.step
      when 'INCOMPLETE' then least(${div('o.normal_value * o.total_cost', 'o.average_cost')}, o.normal_value)
      when 'EXTREME' then case when ${bind(p.extremeFormula, 'text')} = 'FEE_FOR_SERVICE' then null else o.normal_value end
      -- the ratio's division done last (base × cost / comparator), so a figure that is exact in
      -- decimals stays exact, as priceCase's 40 significant digits keep it: a case on a half fen
      -- rounds the same way
      when 'HIGH' then case ${bind(p.highFormula, 'text')}
        when 'BASE_PLUS_EXCESS' then o.base * o.outlier_coef
          + ${div('o.base * o.total_cost', 'o.comparator_amount')} - o.base * o.high
        when 'EXCESS_MULTIPLE' then ${div('o.base * o.outlier_coef * o.total_cost', 'o.comparator_amount')}
          + (1 - o.high) * o.base * o.outlier_coef
        when 'EXCESS_PLUS_COEFFICIENT' then ${div('o.base * o.total_cost', 'o.comparator_amount')}
          + (o.coef - o.high) * o.base end
      when 'LOW' then case when ${bind(p.lowFormula, 'text')} = 'FEE_FOR_SERVICE' then null
        else ${div('o.base * o.outlier_coef * o.total_cost', 'o.comparator_amount')} end
      when 'NORMAL' then o.normal_value
    end as value,
    case o.step
      when 'TCM_ADVANTAGE' then o.tcm_standard
      when 'UNGROUPED' then case ${ungrouped} when 'NOT_PAID' then 0
        when 'COST_TIMES_FACTOR' then o.total_cost * ${ungroupedFactor} else o.total_cost end
      else o.total_cost end as money
  from o
),
w as (
  select v.*,
    case when v.value is not null and ${method} <> 'DRG_RATE' then v.value * v.point_value
         when v.value is not null then v.value else v.money end
      -- STANDARD_PLUS_ITEMS: the items' cost paid beside the standard
      + case when ${plusItems} and v.excluded and v.step <> 'UNGROUPED' then v.items_cost else 0 end
      as amount,
    -- the steps that never reach the coefficients (money rules) keep the row-less columns null
    v.step in ('TCM_ADVANTAGE', 'UNGROUPED', 'EXCLUDED') as money_rule
  from v
  -- what priceCase cannot price gets no row: no TCM standard, no group row or average, no
  -- coefficient; under STANDARD_PLUS_ITEMS an approved item without its cost (the ingest's
  -- ITEM_COSTS_UNKNOWN) or items costing more than the case; a DIP revision without its stored
  -- auxiliary factor
  where not v.aux_unknown and not (${plusItems} and v.excluded and v.items_unknown)
    and not (${plusItems} and v.excluded and v.step <> 'UNGROUPED' and v.items_cost > v.full_cost)
    and case
    when v.step = 'TCM_ADVANTAGE' then v.tcm_standard is not null
    when v.step in ('UNGROUPED', 'EXCLUDED') then true
    when v.step = 'LOS' then true
    when v.weight is null then false
    else v.institution is not null and v.average_cost is not null and v.average_cost > 0
      and (${method} <> 'DRG_RATE' or v.base_rate is not null)
  end
)
insert into case_payment (province_code, revision_id, case_id, hospital_code, treatment_region_code,
  insured_region_code, discharge_date, case_class, rule, method, group_code, base_value, comparator,
  comparator_amount, ratio, high_threshold, low_threshold, coefficients, points, point_value,
  standard_amount, amount, provisional_amount, patient_share, fund_due, flags, payment_standard_id,
  catalog_version_id, rule_package_sha256)
select w.province_code, w.revision_id, w.case_id, w.hospital_code, w.treatment_region_code,
  w.insured_region_code, w.discharge_date, w.case_class, w.rule, ${method},
  case when w.step = 'TCM_ADVANTAGE' then w.tcm_disease_code when w.step <> 'UNGROUPED' then w.drg_code end,
  case when w.money_rule or w.step = 'LOS' then null else w.base end,
  case when w.money_rule or w.step in ('LOS', 'INCOMPLETE') then null else ${comparator} end,
  case when w.money_rule or w.step in ('LOS', 'INCOMPLETE') then null else w.comparator_amount end,
  case when w.money_rule or w.step in ('LOS', 'INCOMPLETE') then null else w.ratio end,
  case when w.money_rule or w.step in ('LOS', 'INCOMPLETE') then null else w.high end,
  case when w.money_rule or w.step in ('LOS', 'INCOMPLETE') then null else w.low end,
  coalesce((select jsonb_agg(x order by i) from unnest(array[
      case when ${method} = 'DRG_RATE' and not w.money_rule and w.step <> 'LOS'
        then ${coefficient('ADJUSTMENT', adjustment, "'adjustment coefficient (in the base)'")} end,
      case when w.step = 'UNGROUPED' and ${ungrouped} = 'COST_TIMES_FACTOR'
        then ${coefficient('UNGROUPED', ungroupedFactor, "'ungroupedFactor'")} end,
      case when w.rule in ('STANDARD', 'INCOMPLETE_STAY', 'EXTREME_COEFFICIENT_ONLY')
          or (w.rule in ('HIGH_OUTLIER', 'LOW_OUTLIER') and (${applyToOutliers} or ${bind(p.highFormula, 'text')} = 'EXCESS_PLUS_COEFFICIENT' and w.step = 'HIGH'))
        then ${coefficient('INSTITUTION', 'w.institution', 'w.institution_source')} end,
      case when w.rule in ('STANDARD', 'INCOMPLETE_STAY', 'EXTREME_COEFFICIENT_ONLY')
          or (w.rule in ('HIGH_OUTLIER', 'LOW_OUTLIER') and (${applyToOutliers} or ${bind(p.highFormula, 'text')} = 'EXCESS_PLUS_COEFFICIENT' and w.step = 'HIGH'))
        then ${coefficient('OUT_OF_REGION', 'w.out_of_region_coefficient', "'out-of-region coefficient'")} end,
      case when w.rule in ('STANDARD', 'INCOMPLETE_STAY', 'EXTREME_COEFFICIENT_ONLY')
          or (w.rule in ('HIGH_OUTLIER', 'LOW_OUTLIER') and (${applyToOutliers} or ${bind(p.highFormula, 'text')} = 'EXCESS_PLUS_COEFFICIENT' and w.step = 'HIGH'))
        then ${coefficient('TCM', 'w.tcm_coefficient', "'TCM coefficient'")} end,
      case when w.rule in ('STANDARD', 'INCOMPLETE_STAY', 'EXTREME_COEFFICIENT_ONLY')
          or (w.rule in ('HIGH_OUTLIER', 'LOW_OUTLIER') and (${applyToOutliers} or ${bind(p.highFormula, 'text')} = 'EXCESS_PLUS_COEFFICIENT' and w.step = 'HIGH'))
        then ${coefficient('BILATERAL_SURGERY', 'w.bilateral_coefficient', "'bilateral-surgery coefficient'")} end,
      case when w.rule in ('STANDARD', 'INCOMPLETE_STAY', 'EXTREME_COEFFICIENT_ONLY')
          or (w.rule in ('HIGH_OUTLIER', 'LOW_OUTLIER') and (${applyToOutliers} or ${bind(p.highFormula, 'text')} = 'EXCESS_PLUS_COEFFICIENT' and w.step = 'HIGH'))
        then ${coefficient('AUX_FACTOR', 'w.aux_coefficient', "'auxiliary catalog'")} end
    ]) with ordinality as u(x, i) where x is not null), '[]'::jsonb),
  case when ${method} <> 'DRG_RATE' then w.value end,
  w.point_value,
  case when ${method} = 'DRG_RATE' then w.value end,
  w.amount, round(w.amount, 2), w.patient_paid, round(w.amount - w.patient_paid, 2),
  array_remove(array[
    case when w.out_of_region then 'OUT_OF_REGION' end,
    case when w.step = 'UNGROUPED' and ${ungrouped} = 'NOT_PAID' then 'NOT_PAID' end,
    case when w.excluded and w.step <> 'UNGROUPED' then 'NEW_TECHNOLOGY_ITEMS' end,
    case when w.step = 'INCOMPLETE' and w.value = w.normal_value
      and ${div('w.normal_value * w.total_cost', 'w.average_cost')} > w.normal_value then 'INCOMPLETE_CAPPED' end,
    case when not w.money_rule and w.step not in ('LOS', 'INCOMPLETE')
      and ${at('w.ratio', specialReview, true)} then 'SPECIAL_REVIEW_CANDIDATE' end
  ], null),
  ${standardId}, ${catalog},
  case when w.grouped_by = 'DRG' then w.rule_package_sha256 end
from w`;
  const rows = await sql(`${statement} returning 1 as one`, params);
  return rows.length;
}
