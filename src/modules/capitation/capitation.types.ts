import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { Dec } from '../../domain/decimal';
import { DecimalScalar } from '../../graphql/scalars';

/** A region's per-capita package of a year (按人头付费服务包). */
@ObjectType('CapitationPackage', {
  simpleResolvers: true,
  description:
    'A per-capita package of a region’s year (按人头付费服务包): outpatient pooling or a chronic-disease package, paid per enrolled person and month to primary-care institutions.',
})
export class CapitationPackage {
  @Field({ description: 'Package code (服务包编码), unique in the region’s year.' })
  code!: string;

  @Field({ description: 'Name (名称), e.g. "高血压".' })
  name!: string;

  @Field({ description: 'Insurance type (险种): EMPLOYEE or RESIDENT.' })
  insuranceType!: string;

  @Field(() => DecimalScalar, {
    description: 'Amount per enrolled person and month (人头标准), CNY.',
  })
  perHeadMonth!: string;
}

/** What an institution is paid for a package over the year (按人头付费结算). */
@ObjectType('CapitationLine', {
  simpleResolvers: true,
  description:
    'An institution’s per-capita payment for a package over the year: person-months × per-head amount (rounded once), less the referral costs it bears (转诊费用).',
})
export class CapitationLine {
  @Field({ description: 'Primary-care institution (基层医疗卫生机构) code.' })
  hospitalCode!: string;

  @Field({ description: 'Package code.' })
  packageCode!: string;

  @Field(() => Int, { description: 'Enrolled person-months (签约人月数).' })
  personMonths!: number;

  @Field(() => DecimalScalar, { description: 'person-months × per-head amount (人头费用).' })
  gross!: string;

  @Field(() => DecimalScalar, { description: 'Referral costs borne (转诊费用).' })
  referralCost!: string;

  @Field(() => DecimalScalar, { description: 'gross − referral costs (净额); negative: owed.' })
  net!: string;
}

@InputType('CapitationPackageInput', { description: 'A per-capita package of the year.' })
export class CapitationPackageInput {
  @Field({ description: 'Package code: letters, digits, `._-`, at most 40.' })
  code!: string;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field({ description: 'Insurance type: EMPLOYEE or RESIDENT (outpatient pooling: RESIDENT).' })
  insuranceType!: string;

  @Field(() => DecimalScalar, { description: 'Amount per person and month, > 0, to the fen.' })
  perHeadMonth!: Dec;
}

@InputType('CapitationEnrolmentInput', {
  description: 'An institution’s enrolment in a package for one month, and its referral costs.',
})
export class CapitationEnrolmentInput {
  @Field({ description: 'Primary-care institution of the region (level PRIMARY).' })
  hospitalCode!: string;

  @Field({ description: 'Package code of the year.' })
  packageCode!: string;

  @Field(() => Int, { description: 'Month, 1–12.' })
  month!: number;

  @Field(() => Int, { description: 'Enrolled persons (签约人数), ≥ 0.' })
  persons!: number;

  @Field(() => DecimalScalar, {
    description: 'Referral costs the institution bears this month (转诊费用), ≥ 0, to the fen.',
  })
  referralCost!: Dec;
}
