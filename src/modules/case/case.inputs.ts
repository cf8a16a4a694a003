import type Decimal from 'decimal.js';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { InsuranceType, QcStatus, SpecialItemKind } from './case.enums';

@InputType('CaseDiagnosisInput', { description: 'A diagnosis (诊断), principal first.' })
export class CaseDiagnosisInput {
  @Field(() => String, { nullable: true, description: 'ICD-10 医保版 code (诊断代码).' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Name (诊断名称).' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Condition on admission (入院病情) 1–4.' })
  admissionCondition?: number | null;
}

@InputType('CaseProcedureInput', { description: 'A procedure (手术操作), principal first.' })
export class CaseProcedureInput {
  @Field(() => String, { nullable: true, description: 'ICD-9-CM-3 医保版 code (手术操作代码).' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Name (手术操作名称).' })
  name?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When performed.' })
  performedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Anaesthesia start (麻醉开始时间).' })
  anaesthesiaFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Anaesthesia end (麻醉结束时间).' })
  anaesthesiaTo?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Performed on both sides (双侧手术); the national list has no laterality item, so the hospital states it. A payment standard may pay such cases with its bilateral-surgery coefficient.',
  })
  bilateral?: boolean | null;
}

@InputType('IcuStayInput', { description: 'An ICU stay (重症监护).' })
export class IcuStayInput {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Entered ICU.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Left ICU.' })
  to?: Date | null;
}

@InputType('FeeLineInput', { description: 'Fee total of one category (住院费用分类).' })
export class FeeLineInput {
  @Field(() => String, { nullable: true, description: 'Category code, letters, digits and _.' })
  category?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Amount in CNY, at most 2 decimals.' })
  amount?: Decimal | null;
}

@InputType('FundPaymentInput', { description: 'One fund’s payment (基金支付项).' })
export class FundPaymentInput {
  @Field(() => String, { nullable: true, description: 'Fund code, letters, digits and _.' })
  fund?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Amount in CNY, at most 2 decimals.' })
  amount?: Decimal | null;
}

@InputType('SpecialItemInput', {
  description: 'A new drug, device or technology used (新药耗新技术).',
})
export class SpecialItemInput {
  @Field(() => SpecialItemKind, { nullable: true, description: 'Kind of item.' })
  kind?: SpecialItemKind | null;

  @Field(() => String, { nullable: true, description: 'Item code (项目编码).' })
  code?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Cost of the item in CNY (项目费用), at most 2 decimals, not negative; all items together at most the total cost. Needed when the payment standard pays approved items beside the standard.',
  })
  amount?: Decimal | null;
}

/**
 * One settlement list as uploaded (结算清单). Only the key is required by the schema: every other
 * missing or malformed field is a QC finding of that list (2005 / 2006), so one bad list never
 * fails the others. The JSON Lines import uses the same field names.
 */
@InputType('SettlementListInput', {
  description:
    'A settlement list (医疗保障基金结算清单) to upload. Missing fields are QC findings (2005) of this list, not errors of the request; the treatment region is the hospital’s, never given.',
})
export class SettlementListInput {
  @Field({
    description: 'Settlement id (结算ID, setl_id): with the hospital, the key of the case.',
  })
  settlementId!: string;

  @Field({ description: 'Treating hospital (定点医疗机构代码).' })
  hospitalCode!: string;

  @Field(() => String, { nullable: true, description: 'Stay id (就诊ID, mdtrt_id).' })
  stayId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Insured person identifier (个人编号): personal data.',
  })
  insuredPersonId?: string | null;

  @Field(() => InsuranceType, { nullable: true, description: 'Insurance type (险种类型).' })
  insuranceType?: InsuranceType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Insured-site region (参保地统筹区), of the hospital’s province.',
  })
  insuredRegionCode?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Sex (性别): 1 male, 2 female, 0 unknown, 9 unspecified.',
  })
  sex?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Age in years (年龄); 0 or absent under one year.',
  })
  age?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Age in days under one year (年龄(天), nwb_age).',
  })
  ageDays?: number | null;

  @Field(() => [Int], {
    nullable: true,
    description: 'Newborn birth weights in grams, to 10 g (新生儿出生体重).',
  })
  birthWeights?: number[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Newborn admission weight in grams (新生儿入院体重).',
  })
  admissionWeight?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Newborn admission type (新生儿入院类型), one digit.',
  })
  newbornAdmissionType?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Admitted (入院时间).' })
  admittedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Discharged (出院时间).' })
  dischargedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Length of stay in days (住院天数).' })
  los?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Discharge way (离院方式): 1, 2, 3, 4, 5 or 9.',
  })
  dischargeWay?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Settlement period start (结算开始日期).',
  })
  settlementFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Settlement period end (结算结束日期).' })
  settlementTo?: string | null;

  @Field(() => [CaseDiagnosisInput], { nullable: true, description: 'Diagnoses, principal first.' })
  diagnoses?: CaseDiagnosisInput[] | null;

  @Field(() => [CaseProcedureInput], {
    nullable: true,
    description: 'Procedures, principal first.',
  })
  procedures?: CaseProcedureInput[] | null;

  @Field(() => [IcuStayInput], { nullable: true, description: 'ICU stays.' })
  icuStays?: IcuStayInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Ventilation time in minutes (呼吸机使用时长).',
  })
  ventilationMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'TCM principal diagnosis (中医主病, TCD).' })
  tcmPrincipalDiagnosis?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Share of TCM treatment, 0–1.' })
  tcmTreatmentShare?: Decimal | null;

  @Field(() => [FeeLineInput], { nullable: true, description: 'Fee totals by category.' })
  fees?: FeeLineInput[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Total cost in CNY (医疗费总额).' })
  totalCost?: Decimal | null;

  @Field(() => [FundPaymentInput], { nullable: true, description: 'Fund payments, itemised.' })
  fundPayments?: FundPaymentInput[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Patient payment in CNY (个人负担).' })
  patientPaid?: Decimal | null;

  @Field(() => [SpecialItemInput], {
    nullable: true,
    description: 'New drugs, devices, technology used.',
  })
  specialItems?: SpecialItemInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Planned readmission within 31 days.' })
  plannedReadmission?: boolean | null;
}

@InputType('SettlementCaseFilter', {
  description: 'Conditions every listed case meets (病例筛选).',
})
export class SettlementCaseFilter {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Discharged on or after this day (出院日期起).',
  })
  dischargedFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Discharged on or before this day (出院日期止).',
  })
  dischargedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'DRG code of the current revision.' })
  drgCode?: string | null;

  @Field(() => String, { nullable: true, description: 'DIP group code of the current revision.' })
  dipGroupCode?: string | null;

  @Field(() => InsuranceType, { nullable: true, description: 'Insurance type.' })
  insuranceType?: InsuranceType | null;

  @Field(() => String, { nullable: true, description: 'Treatment-site region (就医地).' })
  treatmentRegionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Insured-site region (参保地).' })
  insuredRegionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Treating hospital.' })
  hospitalCode?: string | null;

  @Field(() => QcStatus, { nullable: true, description: 'QC outcome of the current revision.' })
  qcStatus?: QcStatus | null;
}
