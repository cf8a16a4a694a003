import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../graphql/scalars';

/** What a region's case figures are broken down by. */
export enum CaseAggregateDimension {
  HOSPITAL = 'HOSPITAL',
  GROUP = 'GROUP',
  INSURED_REGION = 'INSURED_REGION',
  TREATMENT_REGION = 'TREATMENT_REGION',
  CLASS = 'CLASS',
}
registerEnumType(CaseAggregateDimension, {
  name: 'CaseAggregateDimension',
  description: 'What case figures are broken down by (汇总维度).',
  valuesConfig: {
    HOSPITAL: { description: 'The treating hospital (定点医疗机构编码).' },
    GROUP: {
      description:
        'The group paid (DRG/DIP group, or TCM-advantage disease); unpriced cases by the DRG, else DIP group they grouped to.',
    },
    INSURED_REGION: { description: 'The insured-site region (参保地).' },
    TREATMENT_REGION: { description: 'The treatment-site region (就医地).' },
    CLASS: {
      description: 'The payment class (病例类型: NORMAL, HIGH, LOW …); null when unpriced.',
    },
  },
});

/** Which of the region's roles its case figures are taken in. */
export enum CaseSite {
  TREATMENT = 'TREATMENT',
  INSURED = 'INSURED',
}
registerEnumType(CaseSite, {
  name: 'CaseSite',
  description: 'A region’s role for a case: where it was treated or where the person is insured.',
  valuesConfig: {
    TREATMENT: { description: 'Cases treated in the region’s hospitals (就医地).' },
    INSURED: {
      description:
        'Cases of persons insured in the region (参保地), treated anywhere in the province.',
    },
  },
});

@ObjectType('CaseAggregateRow', {
  simpleResolvers: true,
  description:
    'Case figures of one key (汇总行): the current revision of every case counted once, payments as priced.',
})
export class CaseAggregateRow {
  @Field(() => String, {
    nullable: true,
    description:
      'The key of the row (a hospital code, group code, region code or class); null for the total row, and for cases without a value (e.g. unpriced under CLASS).',
  })
  key!: string | null;

  @Field(() => Int, { description: 'Cases (病例数).' })
  cases!: number;

  @Field(() => Int, { description: 'Of which priced (已计价病例数): cases with a payment.' })
  pricedCases!: number;

  @Field(() => DecimalScalar, { description: 'Total cost of the cases (医疗总费用), CNY.' })
  totalCost!: string;

  @Field(() => DecimalScalar, {
    description:
      'Points of the priced cases (点数: DRG points or DIP scores; rate-method cases add none), exact.',
  })
  points!: string;

  @Field(() => DecimalScalar, {
    description:
      'Provisional amount of the priced cases (暂付金额), CNY, the sum of rounded amounts.',
  })
  provisionalAmount!: string;

  @Field(() => DecimalScalar, {
    description: 'Fund due to the hospitals for the priced cases (基金应付), CNY.',
  })
  fundDue!: string;
}

@ObjectType('CaseAggregates', {
  simpleResolvers: true,
  description:
    'A region’s case figures for a discharge period (病例汇总), computed in the database under the caller’s visibility: a hospital sees only its own cases, the insured-site region only the cases insured with it.',
})
export class CaseAggregates {
  @Field(() => CaseAggregateDimension, { description: 'What the rows are broken down by.' })
  by!: CaseAggregateDimension;

  @Field(() => CaseSite, { description: 'The region’s role the figures are taken in.' })
  site!: CaseSite;

  @Field(() => DateScalar, { description: 'First discharge day counted.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last discharge day counted.' })
  to!: string;

  @Field(() => [CaseAggregateRow], {
    description: 'One row per key, ordered by key (null last), at most `first` rows.',
  })
  rows!: CaseAggregateRow[];

  @Field({ description: 'Whether more keys exist than `rows` holds (the total counts them all).' })
  truncated!: boolean;

  @Field(() => CaseAggregateRow, {
    description: 'Every case of the period the caller can see, with key null (合计).',
  })
  total!: CaseAggregateRow;
}
