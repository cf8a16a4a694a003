import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars';
import { InsuranceType } from '../case';

/** One band of an alliance's surplus or overspend sharing, as stored (decimals as strings). */
@ObjectType('SharingBand', {
  simpleResolvers: true,
  description:
    'A band of 结余留用、合理超支分担 (seed 001 二(一)4): the slice of the surplus (or overspend) up to `upToShare` of the budget is kept by the alliance (or borne by the fund) at `share`.',
})
export class SharingBandValue {
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Upper end of the slice as a share of the budget; null: no upper end (the last band).',
  })
  upToShare!: string | null;

  @Field(() => DecimalScalar, {
    description: 'Share kept (surplus) or borne by the fund (overspend), 0–1.',
  })
  share!: string;
}

/*
 * A budget's rows, read as connections (written in sets by the service, never through the ORM's
 * unit of work). Decimal columns arrive from PostgreSQL as exact text.
 */

@ObjectType('BudgetOutOfRegion', {
  simpleResolvers: true,
  description:
    'Out-of-region budget (异地就医总额预算) agreed with an insured region of the same province, per insurance type (seed 003 二(二)).',
})
@Entity({ tableName: 'budget_out_of_region' })
export class BudgetOutOfRegion {
  @PrimaryKey({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'Stable key of the row (insuredRegion:insuranceType), the sort order.' })
  @PrimaryKey({ type: 'string' })
  rowKey!: string;

  @Field({ description: 'Insured region (参保地统筹地区代码).' })
  @Property({ type: 'string' })
  insuredRegionCode!: string;

  @Field(() => InsuranceType, { description: 'Insurance type (险种).' })
  @Enum({ items: () => InsuranceType, type: 'string' })
  insuranceType!: InsuranceType;

  @Field(() => DecimalScalar, { description: 'Budget amount, CNY (预算金额).' })
  @Property({ type: 'decimal' })
  amount!: string;
}

@ObjectType('BudgetPrepayment', {
  simpleResolvers: true,
  description:
    'A hospital’s prepayment for one insurance type (预付金, 医保办函〔2024〕101号): the inputs and the amount granted under the budget’s conditions.',
})
@Entity({ tableName: 'budget_prepayment' })
export class BudgetPrepayment {
  @PrimaryKey({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'Stable key of the row (hospital:insuranceType), the sort order.' })
  @PrimaryKey({ type: 'string' })
  rowKey!: string;

  @Field({ description: 'Hospital code (定点医疗机构代码).' })
  @Property({ type: 'string' })
  hospitalCode!: string;

  @Field(() => InsuranceType, { description: 'Insurance type (险种).' })
  @Enum({ items: () => InsuranceType, type: 'string' })
  insuranceType!: InsuranceType;

  @Field(() => [DecimalScalar], {
    description:
      'Average monthly fund spending of each previous year, latest first (近1–3年月均基金支出), CNY.',
  })
  @Property({ type: 'json' })
  monthlySpending!: string[];

  @Field(() => DecimalScalar, {
    description: 'Months of spending the fund balance covers (基金累计结存可支付月数).',
  })
  @Property({ type: 'decimal' })
  fundBalanceMonths!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Prepayment granted, CNY (预付金额): 0 when the fund balance is below the minimum months; null until the parameters are set (computed again at publication).',
  })
  @Property({ type: 'decimal', nullable: true })
  granted!: string | null;
}

@ObjectType('BudgetAlliance', {
  simpleResolvers: true,
  description:
    'A medical alliance (医联体) with one combined budget: surplus retained and overspend shared by bands (结余留用、合理超支分担, seed 001 二(一)4).',
})
@Entity({ tableName: 'budget_alliance' })
export class BudgetAlliance {
  @PrimaryKey({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'Alliance code (医联体编码), unique in the budget.' })
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Field({ description: 'Name (名称).' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'Lead hospital (牵头医院), paid the monthly prepayment.' })
  @Property({ type: 'string' })
  leadHospitalCode!: string;

  @Field(() => DecimalScalar, { description: 'Budget from the employee fund, CNY (职工预算).' })
  @Property({ type: 'decimal' })
  budgetEmployee!: string;

  @Field(() => DecimalScalar, { description: 'Budget from the resident fund, CNY (居民预算).' })
  @Property({ type: 'decimal' })
  budgetResident!: string;

  @Field(() => DecimalScalar, {
    description: 'Monthly prepayment to the lead hospital, CNY (按月预付牵头医院).',
  })
  @Property({ type: 'decimal' })
  monthlyPrepayment!: string;

  @Field(() => [SharingBandValue], {
    description:
      'Surplus bands (结余留用): the share of the surplus the alliance keeps, per slice of the budget.',
  })
  @Property({ type: 'json' })
  surplusBands!: SharingBandValue[];

  @Field(() => [SharingBandValue], {
    description:
      'Overspend bands (合理超支分担): the share of the overspend the fund bears, per slice of the budget.',
  })
  @Property({ type: 'json' })
  overspendBands!: SharingBandValue[];
}

@ObjectType('BudgetAllianceMember', {
  simpleResolvers: true,
  description: 'A member hospital of a medical alliance (医联体成员) with its tilt coefficient.',
})
@Entity({ tableName: 'budget_alliance_member' })
export class BudgetAllianceMember {
  @PrimaryKey({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'Stable key of the row (alliance:hospital), the sort order.' })
  @PrimaryKey({ type: 'string' })
  rowKey!: string;

  @Field({ description: 'Alliance code (医联体编码).' })
  @Property({ type: 'string' })
  allianceCode!: string;

  @Field({ description: 'Hospital code (成员医院代码).' })
  @Property({ type: 'string' })
  hospitalCode!: string;

  @Field(() => DecimalScalar, {
    description:
      'Tilt coefficient (倾斜系数) weighting its part of the alliance’s surplus or overspend, e.g. > 1 for primary-care and children’s hospitals.',
  })
  @Property({ type: 'decimal' })
  tilt!: string;
}

export const BUDGET_ROW_ENTITIES = [
  BudgetOutOfRegion,
  BudgetPrepayment,
  BudgetAlliance,
  BudgetAllianceMember,
];
