import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../graphql/scalars';
import type { Dec } from '../../domain/decimal';
import {
  AuxFactorKind,
  CatalogKind,
  CatalogOwnerScope,
  CodeKind,
  DipGroupKind,
} from './catalog.enums';
import { CatalogVersion } from './catalog-version.entity';
import { RulePackage } from './rule-package.entity';
import { VersionStatus } from '../versioning';

@InputType({ description: 'Filter for catalog versions (目录版本筛选).' })
export class CatalogVersionFilter {
  @Field(() => CatalogKind, { nullable: true, description: 'Only this kind.' })
  kind?: CatalogKind | null;

  @Field(() => VersionStatus, { nullable: true, description: 'Only this status.' })
  status?: VersionStatus | null;

  @Field(() => CatalogOwnerScope, {
    nullable: true,
    description: 'Only versions owned at this level.',
  })
  ownerScope?: CatalogOwnerScope | null;

  @Field(() => String, { nullable: true, description: 'Only versions of this owner code.' })
  ownerCode?: string | null;
}

@InputType({
  description: 'A new catalog version owned by the caller (新建目录版本), created as a DRAFT.',
})
export class CreateCatalogVersionInput {
  @Field(() => CatalogKind, { description: 'Kind of catalog.' })
  kind!: CatalogKind;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field({ description: 'Version label (版本号).' })
  versionLabel!: string;

  @Field(() => DateScalar, { description: 'First day in force once published (生效日期).' })
  effectiveFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it stops being in force, exclusive (失效日期).',
  })
  effectiveTo?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'DIP scale constant K (DIP only; default 100).',
  })
  scaleK?: Dec | null;

  @Field(() => ID, { nullable: true, description: 'DRG rule package to group with (DRG only).' })
  rulePackageId?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes (备注).' })
  notes?: string | null;
}

@InputType({
  description:
    'A draft derived from a published parent version (派生目录版本): rows are copied as INHERITED.',
})
export class DeriveCatalogVersionInput {
  @Field(() => ID, { description: 'The published version to derive from (上级版本).' })
  parentId!: string;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field({ description: 'Version label (版本号).' })
  versionLabel!: string;

  @Field(() => DateScalar, { description: 'First day in force once published (生效日期).' })
  effectiveFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it stops being in force, exclusive (失效日期).',
  })
  effectiveTo?: string | null;
}

@InputType({ description: 'Changes to a DRAFT catalog version (修改草稿).' })
export class UpdateCatalogVersionInput {
  @Field(() => ID, { description: 'The draft version.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New version label.' })
  versionLabel?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New first day in force.' })
  effectiveFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New end day (exclusive).' })
  effectiveTo?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'New DIP scale constant K.' })
  scaleK?: Dec | null;

  @Field(() => ID, { nullable: true, description: 'New DRG rule package.' })
  rulePackageId?: string | null;

  @Field(() => String, { nullable: true, description: 'New notes.' })
  notes?: string | null;
}

@InputType({ description: 'A DRG group row to add or change in a draft (DRG病组).' })
export class DrgGroupInput {
  @Field({ description: 'DRG code, e.g. "GZ13".' })
  code!: string;

  @Field({ description: 'MDC, e.g. "MDCG".' })
  mdc!: string;

  @Field({ description: 'ADRG, e.g. "GZ1".' })
  adrg!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Relative weight (相对权重).' })
  weight!: Dec;

  @Field(() => DecimalScalar, { nullable: true, description: 'Reference average cost (例均费用).' })
  averageCost?: Dec | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Reference average length of stay (平均住院日).',
  })
  averageLos?: Dec | null;
}

@InputType({
  description: 'A TCM-advantage disease row to add or change in a draft (中医优势病种).',
})
export class TcmDiseaseInput {
  @Field({ description: 'TCM disease code (TCD).' })
  code!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => [String], { description: 'Mapped ICD-10 codes.' })
  icd10Codes!: string[];

  @Field(() => DecimalScalar, { description: 'Per-case standard in CNY.' })
  standard!: Dec;

  @Field(() => DecimalScalar, { description: 'Minimum TCM treatment share, 0–1.' })
  minTcmTreatmentShare!: Dec;

  @Field(() => Int, { nullable: true, description: 'Minimum length of stay.' })
  minLos?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum length of stay.' })
  maxLos?: number | null;
}

@InputType({ description: 'A bed-day category row to add or change in a draft (床日类别).' })
export class BedDayCategoryInput {
  @Field({ description: 'Category code.' })
  code!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Daily standard in CNY.' })
  dailyStandard!: Dec;

  @Field(() => Int, { nullable: true, description: 'Longest stay paid per bed-day.' })
  maxDays?: number | null;
}

@InputType({ description: 'Filter for catalog rows (目录条目筛选).' })
export class CatalogRowFilter {
  @Field(() => String, { nullable: true, description: 'Code starts with this prefix.' })
  codePrefix?: string | null;

  @Field(() => String, { nullable: true, description: 'Name contains this fragment.' })
  nameContains?: string | null;

  @Field(() => String, { nullable: true, description: 'DRG only: this MDC, e.g. "MDCG".' })
  mdc?: string | null;

  @Field(() => String, { nullable: true, description: 'DRG only: this ADRG.' })
  adrg?: string | null;

  @Field(() => DipGroupKind, { nullable: true, description: 'DIP only: this group kind.' })
  dipKind?: DipGroupKind | null;

  @Field(() => String, { nullable: true, description: 'DIP only: this diagnosis key.' })
  diagnosisKey?: string | null;

  @Field(() => AuxFactorKind, {
    nullable: true,
    description: 'DIP auxiliary rows only: this kind.',
  })
  auxKind?: AuxFactorKind | null;
}

@InputType({ description: 'Filter for code-table lookups (编码查询).' })
export class CodeEntryFilter {
  @Field(() => String, { nullable: true, description: 'Code starts with this prefix (编码前缀).' })
  codePrefix?: string | null;

  @Field(() => String, { nullable: true, description: 'Name contains this fragment (名称包含).' })
  nameContains?: string | null;
}

@InputType({ description: 'A DRG rule package to upload (上传分组规则包).' })
export class UploadRulePackageInput {
  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field({ description: 'Version (版本).' })
  version!: string;

  @Field({ description: 'The package as JSON text, format "drg-rule-package" v1.' })
  content!: string;
}

@InputType({
  description:
    'A DIP catalog to load into a draft (上传DIP目录), replacing its groups and auxiliary rows.',
})
export class UploadDipCatalogInput {
  @Field(() => ID, { description: 'The draft DIP version.' })
  versionId!: string;

  @Field(() => String, {
    description:
      'Format of `groups` and `auxFactors`: JSON (array of objects) or CSV (header row).',
  })
  format!: 'JSON' | 'CSV';

  @Field({
    description:
      'Groups: code, kind, diagnosisKey, procedureExpression, procedureClass, name, score, averageCost.',
  })
  groups!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Auxiliary rows: code, kind, name, condition (JSON), factor.',
  })
  auxFactors?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a catalog-version mutation.' })
export class CatalogVersionPayload {
  @Field(() => CatalogVersion, { description: 'The version as stored.' })
  catalogVersion!: CatalogVersion;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a rule-package upload.' })
export class RulePackagePayload {
  @Field(() => RulePackage, { description: 'The package as stored.' })
  rulePackage!: RulePackage;
}

@ObjectType({ simpleResolvers: true, description: 'Result of writing rows into a draft version.' })
export class CatalogRowsPayload {
  @Field(() => CatalogVersion, { description: 'The draft version.' })
  catalogVersion!: CatalogVersion;

  @Field(() => Int, { description: 'Rows written or removed (条数).' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A row that differs between two versions (差异条目).',
})
export class CatalogRowChange {
  @Field({
    description:
      'Which row table: DRG_GROUP, DIP_GROUP, DIP_AUX_FACTOR, TCM_DISEASE or BED_DAY_CATEGORY.',
  })
  table!: string;

  @Field({ description: 'Row code.' })
  code!: string;

  @Field({ description: 'Row name (in the newer version when both have it).' })
  name!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Weight, score, factor or standard before.',
  })
  before!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Weight, score, factor or standard after.',
  })
  after!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Differences between two versions of a catalog (版本差异).',
})
export class CatalogDiff {
  @Field(() => CatalogVersion, { description: 'The older version.' })
  from!: CatalogVersion;

  @Field(() => CatalogVersion, { description: 'The newer version.' })
  to!: CatalogVersion;

  @Field(() => [CatalogRowChange], { description: 'Rows only in `to` (新增).' })
  added!: CatalogRowChange[];

  @Field(() => [CatalogRowChange], { description: 'Rows only in `from` (删除).' })
  removed!: CatalogRowChange[];

  @Field(() => [CatalogRowChange], {
    description: 'Rows in both whose weight/score/factor/standard changed (权重调整).',
  })
  reweighted!: CatalogRowChange[];
}

export { CodeKind };
