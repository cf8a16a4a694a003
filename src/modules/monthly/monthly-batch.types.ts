import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { DateScalar, DecimalScalar } from '../../graphql/scalars';
import { BatchStatus } from './monthly.enums';

/**
 * A monthly settlement batch (月度结算批次) of a pooling region: the cases it treated that were
 * discharged in the month (and late ones of earlier months), plus corrections of cases paid by
 * earlier closed batches, paid provisionally per hospital at the budget's terms.
 */
@ObjectType('MonthlyBatch', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A monthly settlement batch (月度结算批次) of a pooling region: new cases and corrections paid provisionally per hospital; frozen once closed.',
})
export class MonthlyBatch implements Node {
  static readonly typename = 'MonthlyBatch';

  uuid!: string;

  @Field({ description: 'Province (省份).' })
  provinceCode!: string;

  @Field({ description: 'Pooling region (统筹地区) settling its hospitals.' })
  regionCode!: string;

  @Field(() => DateScalar, { description: 'The month, as its first day (结算月份).' })
  month!: string;

  @Field(() => BatchStatus, { description: 'OPEN or CLOSED (状态).' })
  status!: BatchStatus;

  @Field(() => DecimalScalar, {
    description: 'Share of the fund due paid provisionally (预拨比例), from the budget in force.',
  })
  paymentShare!: string;

  @Field(() => DecimalScalar, {
    description: 'Share of the fund due withheld as the quality deposit (质量保证金比例).',
  })
  depositShare!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Budgeted point value EMPLOYEE points were paid at (职工预算点值), from the budget in force; null: the payment standard’s.',
  })
  pointValueEmployee!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Budgeted point value RESIDENT points were paid at (居民预算点值), from the budget in force; null: the payment standard’s.',
  })
  pointValueResident!: string | null;

  @Field(() => Int, { description: 'New cases paid by the batch (新结算病例数).' })
  caseCount!: number;

  @Field(() => Int, {
    description: 'Corrections of cases paid by earlier closed batches (更正病例数).',
  })
  correctionCount!: number;

  @Field(() => DecimalScalar, {
    description: 'Fund due of the new cases plus the corrections (基金应付), CNY.',
  })
  fundDue!: string;

  @Field(() => DecimalScalar, { description: 'Provisional payment (预拨金额), Σ lines.' })
  provisional!: string;

  @Field(() => DecimalScalar, { description: 'Quality deposit withheld (质量保证金), Σ lines.' })
  deposit!: string;

  @Field(() => DecimalScalar, { description: 'Paid to the hospitals (实拨金额), Σ lines.' })
  paid!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was last computed (计算时间); null: not yet.',
  })
  computedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed (关账时间).' })
  closedAt!: Date | null;

  /** The job that computes it (latest). */
  jobRunId!: string | null;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(MonthlyBatch.typename, this.uuid);
  }
}

/** A hospital's line of a monthly batch (月度结算明细). */
@ObjectType('MonthlyBatchLine', {
  simpleResolvers: true,
  description:
    'A hospital’s line of a monthly settlement batch (月度结算明细): fund due, provisional payment, deposit withheld, paid; each rounded to the fen once.',
})
export class MonthlyBatchLine {
  @Field({ description: 'Hospital (定点医疗机构) code.' })
  hospitalCode!: string;

  @Field(() => Int, { description: 'New cases (新结算病例数).' })
  caseCount!: number;

  @Field(() => Int, { description: 'Corrections (更正病例数).' })
  correctionCount!: number;

  @Field(() => DecimalScalar, { description: 'Fund due: new cases plus corrections (基金应付).' })
  fundDue!: string;

  @Field(() => DecimalScalar, { description: 'fund due × payment share (预拨金额).' })
  provisional!: string;

  @Field(() => DecimalScalar, { description: 'fund due × deposit share, withheld (质量保证金).' })
  deposit!: string;

  @Field(() => DecimalScalar, { description: 'provisional − deposit: paid (实拨金额).' })
  paid!: string;
}
