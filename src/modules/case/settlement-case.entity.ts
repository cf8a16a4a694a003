import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { DateScalar } from '../../graphql/scalars';
import { InsuranceType, QcStatus } from './case.enums';

/**
 * A case (病例): one settlement list of one hospital, keyed by (hospital, settlement id), with the
 * facts of its current revision that filters read. Co-owned by the treating hospital, the
 * treatment-site and insured-site regions and their province (row-level security).
 */
@ObjectType('SettlementCase', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A case (病例): the settlement list (医疗保障基金结算清单) of one hospital and settlement id, with its revisions, QC and grouping results. Visible to the treating hospital, the treatment-site and insured-site regions, their province and the national bureau.',
})
@Entity({ tableName: 'settlement_case' })
export class SettlementCase implements Node {
  static readonly typename = 'SettlementCase';

  @PrimaryKey({ type: 'uuid', fieldName: 'id' })
  uuid!: string;

  @Field({ description: 'Province (省份代码): the treating hospital’s.' })
  @Property({ type: 'string' })
  provinceCode!: string;

  @Field({ description: 'Treating hospital (定点医疗机构代码).' })
  @Property({ type: 'string' })
  hospitalCode!: string;

  @Field({
    description:
      'Treatment-site region (就医地统筹区): the hospital’s region, never taken from input.',
  })
  @Property({ type: 'string' })
  treatmentRegionCode!: string;

  @Field({ description: 'Insured-site region (参保地统筹区), in the same province.' })
  @Property({ type: 'string' })
  insuredRegionCode!: string;

  @Field({ description: 'Settlement id (结算ID, setl_id): unique per hospital.' })
  @Property({ type: 'string' })
  settlementId!: string;

  @Field({ description: 'Stay id (就诊ID, mdtrt_id): one stay may be settled in several parts.' })
  @Property({ type: 'string' })
  stayId!: string;

  @Field({ description: 'Stable sort key: hospital code / settlement id.' })
  @Property({ type: 'string', persist: true })
  caseKey!: string;

  @Field({
    description:
      'Pseudonym of the insured person (人员假名): a keyed hash of the identifier, stable across cases, so persons can be counted and readmissions found without the identifier.',
  })
  @Property({ type: 'string' })
  personPseudonym!: string;

  @Field(() => Int, { description: 'Number of the current revision (当前版本号), from 1.' })
  @Property({ type: 'integer' })
  currentRevision!: number;

  @Property({ type: 'uuid' })
  currentRevisionId!: string;

  @Field(() => InsuranceType, { description: 'Insurance type of the current revision (险种类型).' })
  @Enum({ items: () => InsuranceType, type: 'string' })
  insuranceType!: InsuranceType;

  @Field(() => DateScalar, {
    description: 'Discharge day in China (出院日期) of the current revision.',
  })
  @Property({ type: 'string', columnType: 'date' })
  dischargeDate!: string;

  @Field(() => QcStatus, { description: 'QC outcome of the current revision (质控结果).' })
  @Enum({ items: () => QcStatus, type: 'string' })
  qcStatus!: QcStatus;

  @Field(() => String, {
    nullable: true,
    description: 'DRG of the current revision (DRG组), when grouped.',
  })
  @Property({ type: 'string', nullable: true })
  drgCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'DIP group of the current revision (DIP病种), when grouped.',
  })
  @Property({ type: 'string', nullable: true })
  dipGroupCode!: string | null;

  @Field({ description: 'First accepted (首次上传时间).' })
  @Property({ type: 'Date' })
  createdAt!: Date;

  @Field({ description: 'Last new revision (最近更新时间).' })
  @Property({ type: 'Date' })
  updatedAt!: Date;

  /** Row key `province:uuid` (loaders and global ids). */
  get rowKey(): string {
    return `${this.provinceCode}:${this.uuid}`;
  }

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(SettlementCase.typename, this.rowKey);
  }
}
