import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Dec } from '../../domain/decimal';
import { DateScalar, DecimalScalar } from '../../graphql/scalars';
import { InsuranceType } from '../case';
import { VersionStatus } from '../versioning';
import { Budget } from './budget.entity';

@InputType({ description: 'Filter for budgets (总额预算筛选).' })
export class BudgetFilter {
  @Field(() => VersionStatus, { nullable: true, description: 'Only this status.' })
  status?: VersionStatus | null;

  @Field(() => Int, { nullable: true, description: 'Only this budget year (预算年度).' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Only this pooling region’s (统筹地区).' })
  regionCode?: string | null;
}

@InputType({
  description:
    "A new budget of the caller's pooling region (新建总额预算), created as a DRAFT. With `parentId` it starts as a copy of that published budget's parameters and rows (the region's earlier version).",
})
export class CreateBudgetInput {
  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field({ description: 'Version label (版本号), unique per region and year.' })
  versionLabel!: string;

  @Field(() => Int, { description: 'Budget year (预算年度).' })
  year!: number;

  @Field(() => DateScalar, { description: 'First day in force once published (生效日期).' })
  effectiveFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it stops being in force, exclusive (失效日期).',
  })
  effectiveTo?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "A published budget of the caller's region to derive from (上一版本).",
  })
  parentId?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "Parameters (预算参数), validated whole; default the parent's, else none yet.",
  })
  parameters?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Notes (备注).' })
  notes?: string | null;
}

@InputType({ description: "Changes to one of the caller's draft budgets (修改总额预算草稿)." })
export class UpdateBudgetInput {
  @Field(() => ID, { description: 'The draft budget.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New version label.' })
  versionLabel?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New first day in force.' })
  effectiveFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'New end day (exclusive); an explicit null makes it open-ended.',
  })
  effectiveTo?: string | null;

  @Field(() => String, { nullable: true, description: 'New notes.' })
  notes?: string | null;
}

@InputType({
  description: 'An out-of-region budget with one insured region (异地就医预算, seed 003 二(二)).',
})
export class BudgetOutOfRegionInput {
  @Field({ description: 'Insured region (参保地): another pooling region of the same province.' })
  insuredRegionCode!: string;

  @Field(() => InsuranceType, { description: 'Insurance type (险种).' })
  insuranceType!: InsuranceType;

  @Field(() => DecimalScalar, { description: 'Amount, CNY, ≥ 0, at most 2 decimals.' })
  amount!: Dec;
}

@InputType({ description: 'A hospital’s prepayment inputs (预付金测算, 医保办函〔2024〕101号).' })
export class BudgetPrepaymentInput {
  @Field({ description: 'Hospital code: a hospital of the owning region.' })
  hospitalCode!: string;

  @Field(() => InsuranceType, { description: 'Insurance type (险种).' })
  insuranceType!: InsuranceType;

  @Field(() => [DecimalScalar], {
    description:
      'Average monthly fund spending of each previous year, latest first (1–3 years), CNY.',
  })
  monthlySpending!: Dec[];

  @Field(() => DecimalScalar, {
    description: 'Months of spending the fund balance covers (基金累计结存可支付月数).',
  })
  fundBalanceMonths!: Dec;
}

@InputType({
  description: 'A band of 结余留用、合理超支分担: bands ascend by upToShare, only the last open.',
})
export class SharingBandInput {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Upper end of the slice as a share of the budget, > 0; null: open (last band).',
  })
  upToShare?: Dec | null;

  @Field(() => DecimalScalar, { description: 'Share kept or borne, 0–1.' })
  share!: Dec;
}

@InputType({ description: 'A member of a medical alliance (医联体成员).' })
export class BudgetAllianceMemberInput {
  @Field({ description: 'Hospital code: a hospital of the owning region.' })
  hospitalCode!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Tilt coefficient (倾斜系数), > 0 and ≤ 10, at most 4 decimals; default 1.',
  })
  tilt?: Dec | null;
}

@InputType({
  description:
    'A medical alliance (医联体) with one combined budget and its sharing bands (结余留用、合理超支分担).',
})
export class BudgetAllianceInput {
  @Field({ description: 'Alliance code, unique in the budget.' })
  code!: string;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field({ description: 'Lead hospital (牵头医院): one of the members.' })
  leadHospitalCode!: string;

  @Field(() => DecimalScalar, { description: 'Budget from the employee fund, CNY.' })
  budgetEmployee!: Dec;

  @Field(() => DecimalScalar, { description: 'Budget from the resident fund, CNY.' })
  budgetResident!: Dec;

  @Field(() => DecimalScalar, { description: 'Monthly prepayment to the lead hospital, CNY.' })
  monthlyPrepayment!: Dec;

  @Field(() => [SharingBandInput], {
    description: 'Surplus bands (结余留用): the share of the surplus the alliance keeps.',
  })
  surplusBands!: SharingBandInput[];

  @Field(() => [SharingBandInput], {
    description: 'Overspend bands (合理超支分担): the share of the overspend the fund bears.',
  })
  overspendBands!: SharingBandInput[];

  @Field(() => [BudgetAllianceMemberInput], {
    description: 'Member hospitals, the lead among them; a hospital in at most one alliance.',
  })
  members!: BudgetAllianceMemberInput[];
}

@InputType({
  description:
    "Rows of one of the caller's draft budgets (维护预算明细): each list given replaces that table's rows whole; lists left out stay. All or nothing.",
})
export class SetBudgetRowsInput {
  @Field(() => ID, { description: 'The draft budget.' })
  id!: string;

  @Field(() => [BudgetOutOfRegionInput], {
    nullable: true,
    description: 'Out-of-region budgets (异地就医预算).',
  })
  outOfRegion?: BudgetOutOfRegionInput[] | null;

  @Field(() => [BudgetPrepaymentInput], { nullable: true, description: 'Prepayments (预付金).' })
  prepayments?: BudgetPrepaymentInput[] | null;

  @Field(() => [BudgetAllianceInput], {
    nullable: true,
    description: 'Medical alliances with their members (医联体).',
  })
  alliances?: BudgetAllianceInput[] | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a budget mutation.' })
export class BudgetPayload {
  @Field(() => Budget, { description: 'The budget as stored.' })
  budget!: Budget;
}
