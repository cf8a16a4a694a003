import { Field, InputType, ObjectType } from 'type-graphql';
import { Hospital } from './hospital.entity';
import { PoolingRegion } from './pooling-region.entity';
import { Province } from './province.entity';
import { HospitalGrade, HospitalLevel, HospitalType, RegionLevel } from './tenancy.enums';

// ── filters ──────────────────────────────────────────────────────────────────────────────────

@InputType({
  description: 'Filter for pooling regions (统筹地区筛选). All given conditions must hold.',
})
export class PoolingRegionFilter {
  @Field(() => String, { nullable: true, description: 'Only regions of this province (省份代码).' })
  provinceCode?: string | null;

  @Field(() => RegionLevel, {
    nullable: true,
    description: 'Only regions of this level (统筹层次).',
  })
  level?: RegionLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name contains this fragment, case-insensitive (名称包含).',
  })
  nameContains?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code starts with this prefix (代码前缀), e.g. "5101".',
  })
  codePrefix?: string | null;
}

@InputType({
  description: 'Filter for hospitals (定点医疗机构筛选). All given conditions must hold.',
})
export class HospitalFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only hospitals of this province (省份代码).',
  })
  provinceCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only hospitals of this pooling region (统筹地区代码).',
  })
  regionCode?: string | null;

  @Field(() => HospitalLevel, { nullable: true, description: 'Only this level (医院等级).' })
  level?: HospitalLevel | null;

  @Field(() => HospitalGrade, { nullable: true, description: 'Only this grade (等次).' })
  grade?: HospitalGrade | null;

  @Field(() => HospitalType, { nullable: true, description: 'Only this kind (机构类别).' })
  type?: HospitalType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name contains this fragment, case-insensitive (名称包含).',
  })
  nameContains?: string | null;
}

@InputType({ description: 'Filter for provinces (省份筛选).' })
export class ProvinceFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this fragment (名称包含).' })
  nameContains?: string | null;
}

// ── mutations ────────────────────────────────────────────────────────────────────────────────

@InputType({ description: 'A new province (新增省份). NATIONAL scope only.' })
export class CreateProvinceInput {
  @Field({ description: 'Administrative code, 6 digits ending in 0000 (行政区划代码).' })
  code!: string;

  @Field({ description: 'Name (名称).' })
  name!: string;
}

@InputType({
  description: 'Changes to a province (修改省份). NATIONAL scope only; the code never changes.',
})
export class UpdateProvinceInput {
  @Field({ description: 'Code of the province to change.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'New name (名称).' })
  name?: string | null;
}

@InputType({
  description: "A new pooling region in the caller's province (新增统筹地区). PROVINCE scope only.",
})
export class CreatePoolingRegionInput {
  @Field({
    description: "Administrative code, 6 digits starting with the province's two (行政区划代码).",
  })
  code!: string;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field(() => RegionLevel, { description: 'Level of the pool (统筹层次).' })
  level!: RegionLevel;
}

@InputType({
  description:
    'Changes to a pooling region (修改统筹地区). Its own PROVINCE only; the code never changes.',
})
export class UpdatePoolingRegionInput {
  @Field({ description: 'Code of the region to change.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'New name (名称).' })
  name?: string | null;

  @Field(() => RegionLevel, { nullable: true, description: 'New level (统筹层次).' })
  level?: RegionLevel | null;
}

@InputType({
  description:
    "A new designated hospital in the caller's pooling region (新增定点医疗机构). REGION scope only.",
})
export class CreateHospitalInput {
  @Field({ description: 'National institution code (医保定点医疗机构代码): H + 11 digits.' })
  code!: string;

  @Field({ description: 'Name (机构名称).' })
  name!: string;

  @Field(() => HospitalLevel, { description: 'Level (医院等级).' })
  level!: HospitalLevel;

  @Field(() => HospitalGrade, {
    nullable: true,
    description: 'Grade (等次); omit when not graded.',
  })
  grade?: HospitalGrade | null;

  @Field(() => HospitalType, { description: 'Kind (机构类别).' })
  type!: HospitalType;
}

@InputType({
  description:
    'Changes to a hospital (修改定点医疗机构). Its own REGION only; the code never changes.',
})
export class UpdateHospitalInput {
  @Field({ description: 'Code of the hospital to change.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'New name (机构名称).' })
  name?: string | null;

  @Field(() => HospitalLevel, { nullable: true, description: 'New level (医院等级).' })
  level?: HospitalLevel | null;

  @Field(() => HospitalGrade, {
    nullable: true,
    description: 'New grade (等次); explicit null clears it.',
  })
  grade?: HospitalGrade | null;

  @Field(() => HospitalType, { nullable: true, description: 'New kind (机构类别).' })
  type?: HospitalType | null;
}

// ── payloads ─────────────────────────────────────────────────────────────────────────────────

@ObjectType({ simpleResolvers: true, description: 'Result of a province mutation.' })
export class ProvincePayload {
  @Field(() => Province, { description: 'The province as stored.' })
  province!: Province;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a pooling-region mutation.' })
export class PoolingRegionPayload {
  @Field(() => PoolingRegion, { description: 'The pooling region as stored.' })
  poolingRegion!: PoolingRegion;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a hospital mutation.' })
export class HospitalPayload {
  @Field(() => Hospital, { description: 'The hospital as stored.' })
  hospital!: Hospital;
}
