import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Dec } from '../../domain/decimal';
import { Node, toGlobalId } from '../../graphql/relay';
import { DecimalScalar } from '../../graphql/scalars';
import { ClearingRunStatus, InterRegionVariant } from '../interregion';

/** A pooling region's annual clearing of a year (年度清算). */
@ObjectType('AnnualClearing', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A pooling region’s annual clearing of a year (年度清算), DOMAIN-FORMULAS §5: the point value per fund, one line per hospital, the medical alliances’ sharing; computed as a job, frozen once approved.',
})
export class AnnualClearing implements Node {
  static readonly typename = 'AnnualClearing';

  uuid!: string;

  @Field({ description: 'Province (省份).' })
  provinceCode!: string;

  @Field({ description: 'Pooling region (统筹地区) clearing its hospitals.' })
  regionCode!: string;

  @Field(() => Int, { description: 'Year (清算年度).' })
  year!: number;

  @Field(() => ID, { description: 'Global ID of the budget version it cleared under (总额预算).' })
  get budgetId(): string {
    return toGlobalId('Budget', this.budgetUuid);
  }

  budgetUuid!: string;

  @Field(() => InterRegionVariant, {
    nullable: true,
    description:
      'The province’s inter-region variant of the year (省内异地清算方式); POOLED brings the out-of-region budget and cases into the pool; null: none chosen.',
  })
  variant!: InterRegionVariant | null;

  @Field(() => ClearingRunStatus, { description: 'COMPUTED or APPROVED (状态).' })
  status!: ClearingRunStatus;

  @Field(() => Int, {
    description: 'Cases treated in the region and discharged in the year (病例数).',
  })
  caseCount!: number;

  @Field(() => Int, { description: 'Of those, cases with no payment (未定价病例数): not cleared.' })
  unpricedCases!: number;

  @Field(() => DecimalScalar, { description: 'Fund budget of both funds (基金预算), CNY.' })
  fundBudget!: string;

  @Field(() => DecimalScalar, { description: 'Reserve withheld first (调剂金), CNY.' })
  reserve!: string;

  @Field(() => DecimalScalar, {
    description: 'Σ the lines’ fund due earned by points (点数基金应付).',
  })
  fundDue!: string;

  @Field(() => DecimalScalar, {
    description: 'Σ the lines’ clearing amounts (清算金额): paid (+) or recovered (−) in all.',
  })
  clearingAmount!: string;

  @Field(() => Date, { nullable: true, description: 'When last computed (计算时间).' })
  computedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When approved (审定时间).' })
  approvedAt!: Date | null;

  jobRunId!: string | null;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(AnnualClearing.typename, this.uuid);
  }
}

/** One fund's pool of the year: budget, reserve, points and the point value. */
@ObjectType('AnnualClearingPool', {
  simpleResolvers: true,
  description:
    'One fund’s pool of an annual clearing (职工 / 居民 are separate funds): budget, reserve, points and the point value by the region’s formula.',
})
export class AnnualClearingPool {
  @Field({ description: 'Insurance type (险种): EMPLOYEE or RESIDENT.' })
  insuranceType!: string;

  @Field({
    description:
      'Point-value formula (点值计算方式): FUND_OVER_POINTS, FUND_DIV_RATIO_OVER_POINTS, FUND_PLUS_PATIENT_OVER_POINTS or FIXED.',
  })
  formula!: string;

  @Field(() => DecimalScalar, { description: 'The fund’s budget for the year (基金预算), CNY.' })
  fundBudget!: string;

  @Field(() => DecimalScalar, {
    description: 'Out-of-region budget pooled in (异地预算纳入总额, POOLED only), CNY.',
  })
  outOfRegionBudget!: string;

  @Field(() => DecimalScalar, { description: 'Reserve withheld first (调剂金), CNY.' })
  reserve!: string;

  @Field(() => DecimalScalar, { description: 'Budget left to distribute (可分配预算), CNY.' })
  distributable!: string;

  @Field(() => DecimalScalar, { description: 'Total points of the pool’s cases (总点数).' })
  totalPoints!: string;

  @Field(() => DecimalScalar, { description: 'Patients’ share of those cases (个人负担), CNY.' })
  patientShare!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The point value, unrounded as the lines use it (点值, DOMAIN-FORMULAS §5); null: no points.',
  })
  pointValue!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The point value as shown: 4 decimals, half-up (显示点值); never computed with.',
  })
  pointValueDisplay!: string | null;
}

/** A hospital's annual clearing line. */
@ObjectType('AnnualClearingLine', {
  simpleResolvers: true,
  description:
    'A hospital’s annual clearing line (年度清算明细), DOMAIN-FORMULAS §5: each amount to the fen, fund due rounded once per fund.',
})
export class AnnualClearingLine {
  @Field({ description: 'Hospital (定点医疗机构) code.' })
  hospitalCode!: string;

  @Field(() => Int, { description: 'Its cases discharged in the year (病例数).' })
  caseCount!: number;

  @Field(() => DecimalScalar, { description: 'Points of its local cases (点数).' })
  points!: string;

  @Field(() => DecimalScalar, { description: 'points × point value (总费用折算).' })
  gross!: string;

  @Field(() => DecimalScalar, { description: 'Patients’ share of those cases (个人负担).' })
  patientShare!: string;

  @Field(() => DecimalScalar, { description: 'points × point value − patient share (基金应付).' })
  fundDue!: string;

  @Field(() => DecimalScalar, {
    description: 'Fund due of local cases paid a fixed amount, not points (定额支付).',
  })
  fixedFundDue!: string;

  @Field(() => DecimalScalar, {
    description:
      'Fund due of cases insured in other regions at their priced amount (异地就医), cleared between the regions.',
  })
  outOfRegionFundDue!: string;

  @Field(() => DecimalScalar, {
    description: 'Approved special cases: decided − formula fund due (特例单议调整).',
  })
  specialCaseAdjustment!: string;

  @Field(() => DecimalScalar, {
    description: 'Cases excluded for an approved new technology, paid per item (除外支付).',
  })
  exclusionAdjustment!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Assessment score (考核得分).' })
  assessmentScore!: string | null;

  @Field(() => DecimalScalar, {
    description: 'fund due × the score band’s adjustment share (考核调整).',
  })
  assessmentAdjustment!: string;

  @Field(() => String, { nullable: true, description: 'Its medical alliance (医联体), if any.' })
  allianceCode!: string | null;

  @Field(() => DecimalScalar, {
    description:
      'Its part of the alliance’s retained surplus or shared overspend (医联体结余/超支分担).',
  })
  allianceAdjustment!: string;

  @Field(() => DecimalScalar, { description: 'Per-capita payment net of referrals (按人头付费).' })
  capitation!: string;

  @Field(() => DecimalScalar, { description: 'Quality deposit withheld monthly (质量保证金).' })
  depositWithheld!: string;

  @Field(() => DecimalScalar, { description: 'Of it, released by the assessment (返还).' })
  depositReleased!: string;

  @Field(() => DecimalScalar, {
    description: 'Paid by the year’s closed monthly batches (月度拨付).',
  })
  monthlyPayments!: string;

  @Field(() => DecimalScalar, { description: 'Prepayment recovered (预付金收回).' })
  prepaymentRecovered!: string;

  @Field(() => DecimalScalar, {
    description: 'Still paid to (+) or recovered from (−) the hospital (清算金额).',
  })
  clearingAmount!: string;
}

/** A medical alliance's year (医联体结余留用、合理超支分担). */
@ObjectType('AnnualClearingAlliance', {
  simpleResolvers: true,
  description:
    'A medical alliance’s year (医联体): its combined budget against its members’ fund due, the surplus retained or overspend shared by the budget’s bands.',
})
export class AnnualClearingAlliance {
  @Field({ description: 'Alliance code.' })
  allianceCode!: string;

  @Field({ description: 'Lead hospital (牵头医院).' })
  leadHospitalCode!: string;

  @Field(() => DecimalScalar, { description: 'Combined budget, both funds (总额).' })
  budget!: string;

  @Field(() => DecimalScalar, { description: 'Its members’ fund due for the year (实际发生).' })
  actual!: string;

  @Field(() => DecimalScalar, { description: 'budget − actual: surplus (+) or overspend (−).' })
  balance!: string;

  @Field(() => DecimalScalar, {
    description: 'Surplus retained or overspend borne by the fund (留用 / 分担).',
  })
  shared!: string;

  @Field(() => DecimalScalar, { description: 'What the alliance is paid for the year in all.' })
  settlement!: string;

  @Field(() => DecimalScalar, {
    description: 'settlement − actual, split over its members by fund due × tilt.',
  })
  adjustment!: string;
}

/** A hospital's assessment score of a year. */
@InputType('AssessmentScoreInput', { description: 'A hospital’s assessment score (考核得分).' })
export class AssessmentScoreInput {
  @Field({ description: 'Hospital (定点医疗机构) code, of the region.' })
  hospitalCode!: string;

  @Field(() => DecimalScalar, { description: 'Score, 0–1000, at most 2 decimals.' })
  score!: Dec;
}

/** A hospital's assessment score, as stored. */
@ObjectType('AssessmentScore', {
  simpleResolvers: true,
  description: 'A hospital’s assessment score (考核得分).',
})
export class AssessmentScore {
  @Field({ description: 'Hospital (定点医疗机构) code.' })
  hospitalCode!: string;

  @Field(() => DecimalScalar, { description: 'Score (考核得分).' })
  score!: string;
}
