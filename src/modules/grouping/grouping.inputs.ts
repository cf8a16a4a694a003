import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars';
import type { Dec } from '../../domain/decimal';

/** Which grouping a case is previewed with when no catalog version is named. */
export enum GroupingMethod {
  DRG = 'DRG',
  DIP = 'DIP',
}

registerEnumType(GroupingMethod, {
  name: 'GroupingMethod',
  description: 'Payment grouping (分组方式).',
  valuesConfig: {
    DRG: { description: 'DRG (按病组).' },
    DIP: { description: 'DIP (按病种分值).' },
  },
});

/** One case as a settlement list (结算清单) gives it, reduced to what grouping reads. */
@InputType({
  description:
    'A case to group (待分组病例), the grouping-relevant items of a settlement list (结算清单).',
})
export class CaseGroupingInput {
  @Field(() => String, { nullable: true, description: 'Case id, echoed back (病案号).' })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'Sex (性别): 1 male, 2 female.' })
  sex?: number | null;

  @Field(() => Int, { nullable: true, description: 'Age in years (年龄).' })
  age?: number | null;

  @Field(() => Int, { nullable: true, description: 'Age in days, for infants (年龄(天)).' })
  ageDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Birth weight in grams, for newborns (新生儿出生体重).',
  })
  birthWeight?: number | null;

  @Field(() => Int, { nullable: true, description: 'Length of stay in days (住院天数).' })
  los?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Discharge way (离院方式): 1 医嘱离院 … 5 死亡, 9 其他.',
  })
  dischargeWay?: number | null;

  @Field(() => [String], { description: 'Diagnoses, principal first (诊断, ICD-10 医保版).' })
  diagnoses!: string[];

  @Field(() => [String], {
    description: 'Procedures, principal first (手术操作, ICD-9-CM-3 医保版).',
  })
  procedures!: string[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Total cost in CNY (总费用); DIP ties use it.',
  })
  totalCost?: Dec | null;

  @Field(() => String, {
    nullable: true,
    description: 'TCM principal diagnosis (中医主病, TCD code).',
  })
  tcmPrincipalDiagnosis?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Share of TCM treatment in the cost (中医治疗费用占比), 0–1.',
  })
  tcmTreatmentShare?: Dec | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tumour stage (肿瘤分期), for DIP auxiliary factors.',
  })
  tumorStage?: string | null;
}
