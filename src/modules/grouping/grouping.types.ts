import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars';
import { CatalogVersion, DipGroup, DrgGroup, RulePackage, TcmDisease } from '../catalog';

/** What decided a case's payment group. */
export enum GroupedBy {
  DRG = 'DRG',
  DIP = 'DIP',
  TCM_ADVANTAGE = 'TCM_ADVANTAGE',
}

registerEnumType(GroupedBy, {
  name: 'GroupedBy',
  description: 'The grouping that decided the case (入组方式).',
  valuesConfig: {
    DRG: { description: 'A DRG group (DRG病组).' },
    DIP: { description: 'A DIP group (DIP病种).' },
    TCM_ADVANTAGE: { description: 'A TCM-advantage disease (中医优势病种), ahead of DRG/DIP.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'DRG grouping of a case (DRG分组结果).' })
export class DrgOutcome {
  @Field({ description: 'Status (分组状态): SUCCESS, CHECK_FAILED, NOT_GROUPED, …' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'MDC (主要诊断大类).' })
  mdc!: string | null;

  @Field(() => String, { nullable: true, description: 'ADRG (核心疾病诊断相关组).' })
  adrg!: string | null;

  @Field(() => String, { nullable: true, description: 'DRG code (DRG编码).' })
  drg!: string | null;

  @Field(() => String, { nullable: true, description: 'DRG name from the rule package (DRG名称).' })
  drgName!: string | null;

  @Field(() => DrgGroup, {
    nullable: true,
    description: 'The group row of the catalog version, with its relative weight.',
  })
  group!: DrgGroup | null;

  @Field(() => RulePackage, { description: 'Rule package that grouped the case (分组规则包).' })
  rulePackage!: RulePackage;
}

@ObjectType({ simpleResolvers: true, description: 'DIP grouping of a case (DIP入组结果).' })
export class DipOutcome {
  @Field({ description: 'Status: GROUPED, BLANK (空白病种) or INVALID_INPUT.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Group code (病种编码).' })
  groupCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Group kind: CORE, PRIMARY_CARE or COMPREHENSIVE.',
  })
  groupKind!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Score of the group (病种分值).' })
  baseScore!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Largest matching auxiliary factor (辅助目录系数), 1 when none.',
  })
  auxFactor!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Score × auxiliary factor (校正分值).',
  })
  adjustedScore!: string | null;

  @Field(() => DipGroup, { nullable: true, description: 'The group row of the catalog version.' })
  group!: DipGroup | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'TCM-advantage classification of a case (中医优势病种判定).',
})
export class TcmOutcome {
  @Field({ description: 'Whether the case is paid as a TCM-advantage disease.' })
  classified!: boolean;

  @Field(() => TcmDisease, { nullable: true, description: 'The disease it was classified to.' })
  disease!: TcmDisease | null;

  @Field(() => [String], { description: 'Why it was or was not classified (判定依据).' })
  reasons!: string[];

  @Field(() => CatalogVersion, { description: 'TCM-advantage catalog version used.' })
  catalogVersion!: CatalogVersion;
}

@ObjectType({
  simpleResolvers: true,
  description: 'How a case groups (病例分组预览), with the rules that decided and why.',
})
export class CaseGroupingResult {
  @Field(() => String, { nullable: true, description: 'The case id given.' })
  caseId!: string | null;

  @Field(() => GroupedBy, { description: 'What decided the payment group.' })
  groupedBy!: GroupedBy;

  @Field({
    description:
      'Status of the deciding grouping (e.g. SUCCESS, GROUPED, NOT_GROUPED, CLASSIFIED).',
  })
  status!: string;

  @Field(() => CatalogVersion, { description: 'DRG or DIP catalog version used (目录版本).' })
  catalogVersion!: CatalogVersion;

  @Field(() => DrgOutcome, {
    nullable: true,
    description: 'DRG grouping, when a DRG catalog was used.',
  })
  drg!: DrgOutcome | null;

  @Field(() => DipOutcome, {
    nullable: true,
    description: 'DIP grouping, when a DIP catalog was used.',
  })
  dip!: DipOutcome | null;

  @Field(() => TcmOutcome, {
    nullable: true,
    description:
      'TCM-advantage classification, when the case has a TCM diagnosis and a catalog is in force.',
  })
  tcm!: TcmOutcome | null;

  @Field(() => [String], {
    description: 'The decision, step by step, in words (分组说明): what a hospital contests.',
  })
  explanation!: string[];

  @Field({ description: 'The full machine-readable trace as JSON text (分组轨迹).' })
  trace!: string;
}
