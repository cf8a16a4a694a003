import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/relay';
import { DecimalScalar } from '../../graphql/scalars';
import { InsuranceType } from '../case';

/** A row of a region's budget, read by a party that does not read the budget itself. */
@ObjectType()
abstract class OfBudget {
  budgetUuid!: string;

  @Field(() => ID, { description: 'Global ID of the budget version (总额预算).' })
  get budgetId(): string {
    return toGlobalId('Budget', this.budgetUuid);
  }
}

/** An out-of-region budget row as its insured region reads it: which region budgeted it. */
@ObjectType('OutOfRegionBudget', {
  simpleResolvers: true,
  description:
    'An out-of-region budget (异地就医预算, seed 003 二(二)): what a treatment region’s published budget sets aside for the insured persons of another region of the province.',
})
export class OutOfRegionBudget extends OfBudget {
  @Field({ description: 'Treatment region whose budget it is (就医地).' })
  treatmentRegionCode!: string;

  @Field({ description: 'Insured region it is set aside for (参保地).' })
  insuredRegionCode!: string;

  @Field(() => InsuranceType, { description: 'Insurance type (险种).' })
  insuranceType!: InsuranceType;

  @Field(() => DecimalScalar, { description: 'Budget amount, CNY (预算金额).' })
  amount!: string;
}

/** A hospital's prepayment as the hospital reads it. */
@ObjectType('HospitalPrepayment', {
  simpleResolvers: true,
  description:
    'A hospital’s prepayment (预付金, 医保办函〔2024〕101号) in its region’s published budget: the inputs and the amount granted, recovered at the annual clearing.',
})
export class HospitalPrepayment extends OfBudget {
  @Field({ description: 'Region whose budget it is (统筹地区).' })
  regionCode!: string;

  @Field({ description: 'Hospital (定点医疗机构).' })
  hospitalCode!: string;

  @Field(() => InsuranceType, { description: 'Insurance type (险种).' })
  insuranceType!: InsuranceType;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Amount granted under the budget’s conditions (核定预付金); null: not granted.',
  })
  granted!: string | null;
}

/** A member of a medical alliance. */
@ObjectType('AllianceMembership', {
  simpleResolvers: true,
  description: 'A member hospital of a medical alliance and its tilt (医联体成员).',
})
export class AllianceMembership {
  @Field({ description: 'Member hospital (成员医院).' })
  hospitalCode!: string;

  @Field(() => DecimalScalar, { description: 'Tilt coefficient (倾斜系数).' })
  tilt!: string;
}

/** A medical alliance as its member hospitals read it. */
@ObjectType('HospitalAlliance', {
  simpleResolvers: true,
  description:
    'A medical alliance (医联体, seed 001 二(一)4) of a region’s published budget, as its members read it: the combined budget, the lead, the monthly prepayment and the members.',
})
export class HospitalAlliance extends OfBudget {
  @Field({ description: 'Region whose budget it is (统筹地区).' })
  regionCode!: string;

  @Field({ description: 'Alliance code (医联体编码).' })
  code!: string;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field({ description: 'Lead hospital (牵头医院).' })
  leadHospitalCode!: string;

  @Field(() => DecimalScalar, { description: 'Budget from the employee fund, CNY (职工预算).' })
  budgetEmployee!: string;

  @Field(() => DecimalScalar, { description: 'Budget from the resident fund, CNY (居民预算).' })
  budgetResident!: string;

  @Field(() => DecimalScalar, { description: 'Monthly prepayment to the lead, CNY (月预付).' })
  monthlyPrepayment!: string;

  @Field(() => [AllianceMembership], { description: 'Members, by hospital code (成员).' })
  members!: AllianceMembership[];
}
