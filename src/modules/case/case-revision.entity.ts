import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { InsuranceType, QcStatus } from './case.enums';
import {
  CaseDiagnosis,
  CaseProcedure,
  FeeLine,
  FundPayment,
  IcuStay,
  QcIssue,
  SpecialItem,
} from './case.types';

@ObjectType('CaseGrouping', {
  simpleResolvers: true,
  description:
    'How a revision grouped (入组结果) — at ingest, or at its latest regrouping (CaseRevision.regroupings) — with the catalog versions and rule package used; pricing reads it.',
})
export class CaseGrouping {
  @Field(() => String, {
    nullable: true,
    description:
      'What pays the case: DRG, DIP or TCM_ADVANTAGE; null when no catalog was in force.',
  })
  groupedBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Status of the deciding grouper (分组状态).',
  })
  status!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'DRG grouper status, e.g. SUCCESS, NOT_GROUPED.',
  })
  drgStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'DRG code (DRG组), e.g. "GB21".' })
  drgCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Raw id of the DRG catalog version used.' })
  drgCatalogVersionId!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the DRG rule package used.' })
  rulePackageSha256!: string | null;

  @Field(() => String, { nullable: true, description: 'DIP grouper status, e.g. GROUPED.' })
  dipStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'DIP group code (DIP病种).' })
  dipGroupCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Raw id of the DIP catalog version used.' })
  dipCatalogVersionId!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the case is a TCM-advantage disease case (中医优势病种); null when not tried.',
  })
  tcmClassified!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'TCM-advantage disease (TCD code), when classified.',
  })
  tcmDiseaseCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Raw id of the TCM-advantage catalog version used.',
  })
  tcmCatalogVersionId!: string | null;
}

/** One accepted version of a case's settlement list; never changed once stored. */
@ObjectType('CaseRevision', {
  simpleResolvers: true,
  implements: Node,
  description:
    'One accepted version of a settlement list (结算清单版本), with its QC and grouping results.',
})
@Entity({ tableName: 'case_revision' })
export class CaseRevision implements Node {
  static readonly typename = 'CaseRevision';

  @PrimaryKey({ type: 'uuid', fieldName: 'id' })
  uuid!: string;

  @Property({ type: 'string' })
  provinceCode!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => Int, { description: 'Revision number (版本号), from 1.' })
  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'string' })
  hospitalCode!: string;

  @Property({ type: 'string' })
  treatmentRegionCode!: string;

  @Field({ description: 'Insured-site region (参保地统筹区).' })
  @Property({ type: 'string' })
  insuredRegionCode!: string;

  @Field({
    description: 'SHA-256 of the uploaded content (内容摘要): equal hashes, identical lists.',
  })
  @Property({ type: 'string' })
  contentHash!: string;

  @Field({ description: 'Settlement id (结算ID).' })
  @Property({ type: 'string' })
  settlementId!: string;

  @Field({ description: 'Stay id (就诊ID).' })
  @Property({ type: 'string' })
  stayId!: string;

  @Field({ description: 'Pseudonym of the insured person (人员假名).' })
  @Property({ type: 'string' })
  personPseudonym!: string;

  @Field(() => InsuranceType, { description: 'Insurance type (险种类型).' })
  @Enum({ items: () => InsuranceType, type: 'string' })
  insuranceType!: InsuranceType;

  @Field(() => Int, {
    description: 'Sex (性别, GB/T 2261.1): 1 male, 2 female, 0 unknown, 9 unspecified.',
  })
  @Property({ type: 'integer' })
  sex!: number;

  @Field(() => Int, { nullable: true, description: 'Age in years (年龄), when one year or more.' })
  @Property({ type: 'integer', nullable: true })
  age!: number | null;

  @Field(() => Int, { nullable: true, description: 'Age in days (年龄(天)) under one year.' })
  @Property({ type: 'integer', nullable: true })
  ageDays!: number | null;

  @Field(() => [Int], {
    description: 'Newborn birth weights in grams (新生儿出生体重), 10 g precision.',
  })
  @Property({ type: 'json' })
  birthWeights!: number[];

  @Field(() => Int, {
    nullable: true,
    description: 'Newborn admission weight in grams (新生儿入院体重).',
  })
  @Property({ type: 'integer', nullable: true })
  admissionWeight!: number | null;

  @Field(() => String, { nullable: true, description: 'Newborn admission type (新生儿入院类型).' })
  @Property({ type: 'string', nullable: true })
  newbornAdmissionType!: string | null;

  @Field(() => DateTimeScalar, { description: 'Admitted (入院时间).' })
  @Property({ type: 'Date' })
  admittedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Discharged (出院时间).' })
  @Property({ type: 'Date' })
  dischargedAt!: Date;

  @Field(() => DateScalar, { description: 'Discharge day in China (出院日期).' })
  @Property({ type: 'string', columnType: 'date' })
  dischargeDate!: string;

  @Field(() => Int, { description: 'Length of stay in days (住院天数).' })
  @Property({ type: 'integer' })
  los!: number;

  @Field(() => Int, {
    description:
      'Discharge way (离院方式): 1 ordered, 2 transfer, 3 community, 4 against advice, 5 death, 9 other.',
  })
  @Property({ type: 'integer' })
  dischargeWay!: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Settlement period start (结算开始日期).',
  })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  settlementFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Settlement period end (结算结束日期).' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  settlementTo!: string | null;

  @Field(() => [CaseDiagnosis], { description: 'Diagnoses, principal first (诊断, 主要诊断在前).' })
  @Property({ type: 'json' })
  diagnoses!: CaseDiagnosis[];

  @Field(() => [CaseProcedure], {
    description: 'Procedures, principal first (手术操作, 主要手术在前).',
  })
  @Property({ type: 'json' })
  procedures!: CaseProcedure[];

  @Field(() => [IcuStay], { description: 'ICU stays (重症监护).' })
  @Property({ type: 'json' })
  icuStays!: IcuStay[];

  @Field(() => Int, {
    nullable: true,
    description: 'Ventilation time in minutes (呼吸机使用时长).',
  })
  @Property({ type: 'integer', nullable: true })
  ventilationMinutes!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'TCM principal diagnosis (中医主病, TCD code).',
  })
  @Property({ type: 'string', nullable: true })
  tcmPrincipalDiagnosis!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Share of TCM treatment (中医治疗费用占比), 0–1.',
  })
  @Property({ type: 'decimal', nullable: true })
  tcmTreatmentShare!: string | null;

  @Field(() => [FeeLine], { description: 'Fee totals by category (住院费用分类).' })
  @Property({ type: 'json' })
  fees!: FeeLine[];

  @Field(() => DecimalScalar, { description: 'Total cost in CNY (医疗费总额).' })
  @Property({ type: 'decimal' })
  totalCost!: string;

  @Field(() => [FundPayment], { description: 'Fund payments, itemised (基金支付).' })
  @Property({ type: 'json' })
  fundPayments!: FundPayment[];

  @Field(() => DecimalScalar, { description: 'Fund payment total in CNY (基金支付合计).' })
  @Property({ type: 'decimal' })
  fundPaid!: string;

  @Field(() => DecimalScalar, { description: 'Patient payment in CNY (个人负担).' })
  @Property({ type: 'decimal' })
  patientPaid!: string;

  @Field(() => [SpecialItem], {
    description: 'New drugs, devices and technology used (新药耗新技术).',
  })
  @Property({ type: 'json' })
  specialItems!: SpecialItem[];

  @Field({ description: 'Planned readmission within 31 days (出院31天内再住院计划).' })
  @Property({ type: 'boolean' })
  plannedReadmission!: boolean;

  @Field(() => QcStatus, { description: 'QC outcome (质控结果).' })
  @Enum({ items: () => QcStatus, type: 'string' })
  qcStatus!: QcStatus;

  @Field(() => [QcIssue], {
    description: 'QC warnings of this revision (质控提示); errors are never stored.',
  })
  @Property({ type: 'json' })
  qcIssues!: QcIssue[];

  @Property({ type: 'string', nullable: true })
  groupedBy!: string | null;

  @Property({ type: 'string', nullable: true })
  groupStatus!: string | null;

  @Property({ type: 'string', nullable: true })
  drgStatus!: string | null;

  @Property({ type: 'string', nullable: true })
  drgCode!: string | null;

  @Property({ type: 'uuid', nullable: true })
  drgCatalogVersionId!: string | null;

  @Property({ type: 'string', nullable: true })
  rulePackageSha256!: string | null;

  @Property({ type: 'string', nullable: true })
  dipStatus!: string | null;

  @Property({ type: 'string', nullable: true })
  dipGroupCode!: string | null;

  @Property({ type: 'uuid', nullable: true })
  dipCatalogVersionId!: string | null;

  @Property({ type: 'boolean', nullable: true })
  tcmClassified!: boolean | null;

  @Property({ type: 'string', nullable: true })
  tcmDiseaseCode!: string | null;

  @Property({ type: 'uuid', nullable: true })
  tcmCatalogVersionId!: string | null;

  @Field({ description: 'When stored (上传时间).' })
  @Property({ type: 'Date' })
  createdAt!: Date;

  @Field(() => CaseGrouping, {
    description:
      'Grouping result (入组结果): stored at ingest, rewritten in place by a regrouping that changed it (the earlier results under regroupings).',
  })
  get grouping(): CaseGrouping {
    return {
      groupedBy: this.groupedBy,
      status: this.groupStatus,
      drgStatus: this.drgStatus,
      drgCode: this.drgCode,
      drgCatalogVersionId: this.drgCatalogVersionId,
      rulePackageSha256: this.rulePackageSha256,
      dipStatus: this.dipStatus,
      dipGroupCode: this.dipGroupCode,
      dipCatalogVersionId: this.dipCatalogVersionId,
      tcmClassified: this.tcmClassified,
      tcmDiseaseCode: this.tcmDiseaseCode,
      tcmCatalogVersionId: this.tcmCatalogVersionId,
    };
  }

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(CaseRevision.typename, `${this.provinceCode}:${this.uuid}`);
  }
}
