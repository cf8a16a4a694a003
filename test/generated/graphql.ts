/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar day (日期) in ISO form YYYY-MM-DD, with no time zone; effective dates and periods. */
  Date: { input: string; output: string; }
  /** Instant in time (时间戳), ISO 8601 in UTC, e.g. "2025-01-01T08:00:00.000Z". */
  DateTime: { input: string; output: string; }
  /** Exact decimal number (定点小数) for money (CNY), points, weights and coefficients, serialised as a string such as "2940.44". */
  Decimal: { input: string; output: string; }
};

/** A new designated hospital in the caller's pooling region (新增定点医疗机构). REGION scope only. */
export type CreateHospitalInput = {
  /** National institution code (医保定点医疗机构代码): H + 11 digits. */
  code: Scalars['String']['input'];
  /** Grade (等次); omit when not graded. */
  grade?: InputMaybe<HospitalGrade>;
  /** Level (医院等级). */
  level: HospitalLevel;
  /** Name (机构名称). */
  name: Scalars['String']['input'];
  /** Kind (机构类别). */
  type: HospitalType;
};

/** A new pooling region in the caller's province (新增统筹地区). PROVINCE scope only. */
export type CreatePoolingRegionInput = {
  /** Administrative code, 6 digits starting with the province's two (行政区划代码). */
  code: Scalars['String']['input'];
  /** Level of the pool (统筹层次). */
  level: RegionLevel;
  /** Name (名称). */
  name: Scalars['String']['input'];
};

/** A new province (新增省份). NATIONAL scope only. */
export type CreateProvinceInput = {
  /** Administrative code, 6 digits ending in 0000 (行政区划代码). */
  code: Scalars['String']['input'];
  /** Name (名称). */
  name: Scalars['String']['input'];
};

/** Designated medical institution (定点医疗机构). */
export type Hospital = Node & {
  __typename?: 'Hospital';
  /** National institution code (医保定点医疗机构代码), e.g. "H51010400001". */
  code: Scalars['String']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTime']['output'];
  /** Grade within the level (等次: 甲/乙/丙); null when not graded (未定等). */
  grade?: Maybe<HospitalGrade>;
  /** Global ID (全局标识). */
  id: Scalars['ID']['output'];
  /** Level (医院等级: 三级/二级/一级). */
  level: HospitalLevel;
  /** Name (机构名称). */
  name: Scalars['String']['output'];
  /** The province the hospital belongs to (所属省份). */
  province: Province;
  /** Code of the province (所属省份代码). */
  provinceCode: Scalars['String']['output'];
  /** The pooling region the hospital belongs to (所属统筹地区). */
  region: PoolingRegion;
  /** Code of the pooling region it belongs to (所属统筹地区代码). */
  regionCode: Scalars['String']['output'];
  /** Kind of hospital (医疗机构类别). */
  type: HospitalType;
  /** When the record was last changed (更新时间). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of Hospital items (定点医疗机构列表). */
export type HospitalConnection = {
  __typename?: 'HospitalConnection';
  /** The items on this page, in stable order. */
  edges: Array<HospitalEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages (总数). */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Hospital connection (定点医疗机构). */
export type HospitalEdge = {
  __typename?: 'HospitalEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Hospital (定点医疗机构). */
  node: Hospital;
};

/** Filter for hospitals (定点医疗机构筛选). All given conditions must hold. */
export type HospitalFilter = {
  /** Only this grade (等次). */
  grade?: InputMaybe<HospitalGrade>;
  /** Only this level (医院等级). */
  level?: InputMaybe<HospitalLevel>;
  /** Name contains this fragment, case-insensitive (名称包含). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only hospitals of this province (省份代码). */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Only hospitals of this pooling region (统筹地区代码). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind (机构类别). */
  type?: InputMaybe<HospitalType>;
};

/** Grade within a hospital level (等次). */
export type HospitalGrade =
  /** Grade A (甲等). */
  | 'A'
  /** Grade B (乙等). */
  | 'B'
  /** Grade C (丙等). */
  | 'C';

/** Hospital level (医院等级). */
export type HospitalLevel =
  /** Primary (一级). */
  | 'PRIMARY'
  /** Secondary (二级). */
  | 'SECONDARY'
  /** Tertiary (三级). */
  | 'TERTIARY'
  /** Not rated (未定级). */
  | 'UNRATED';

/** Result of a hospital mutation. */
export type HospitalPayload = {
  __typename?: 'HospitalPayload';
  /** The hospital as stored. */
  hospital: Hospital;
};

/** Kind of hospital (医疗机构类别). */
export type HospitalType =
  /** General hospital (综合医院). */
  | 'GENERAL'
  /** Integrated Chinese and Western medicine hospital (中西医结合医院). */
  | 'INTEGRATED'
  /** Specialty hospital (专科医院). */
  | 'SPECIALTY'
  /** Traditional Chinese medicine hospital (中医医院). */
  | 'TCM';

export type Mutation = {
  __typename?: 'Mutation';
  /** Register a designated hospital in the caller's pooling region (新增定点医疗机构). REGION scope, ADMIN role. */
  createHospital: HospitalPayload;
  /** Create a pooling region in the caller's province (新增统筹地区). PROVINCE scope, ADMIN role. */
  createPoolingRegion: PoolingRegionPayload;
  /** Create a province (新增省份). NATIONAL scope, ADMIN role. */
  createProvince: ProvincePayload;
  /** Change one of the caller's hospitals (修改定点医疗机构). REGION scope, ADMIN role. */
  updateHospital: HospitalPayload;
  /** Change one of the caller's pooling regions (修改统筹地区). PROVINCE scope, ADMIN role. */
  updatePoolingRegion: PoolingRegionPayload;
  /** Change a province (修改省份). NATIONAL scope, ADMIN role. */
  updateProvince: ProvincePayload;
};


export type MutationCreateHospitalArgs = {
  input: CreateHospitalInput;
};


export type MutationCreatePoolingRegionArgs = {
  input: CreatePoolingRegionInput;
};


export type MutationCreateProvinceArgs = {
  input: CreateProvinceInput;
};


export type MutationUpdateHospitalArgs = {
  input: UpdateHospitalInput;
};


export type MutationUpdatePoolingRegionArgs = {
  input: UpdatePoolingRegionInput;
};


export type MutationUpdateProvinceArgs = {
  input: UpdateProvinceInput;
};

/** An object with a global ID (全局标识), fetchable through `node(id:)`. */
export type Node = {
  /** Global ID (全局标识): opaque, stable, unique across all types. */
  id: Scalars['ID']['output'];
};

/** Relay page information (分页信息). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page (true when `after` was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Pooling region (统筹地区): a city, county or provincial pool (省本级) that runs its own fund. */
export type PoolingRegion = Node & {
  __typename?: 'PoolingRegion';
  /** Administrative code (行政区划代码), 6 digits, e.g. "510100"; 省本级 pools use XX9900. */
  code: Scalars['String']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTime']['output'];
  /** Designated hospitals of this region (辖区定点医疗机构), by code. */
  hospitals: HospitalConnection;
  /** Global ID (全局标识). */
  id: Scalars['ID']['output'];
  /** Level of the pool (统筹层次). */
  level: RegionLevel;
  /** Name (名称), e.g. "成都市". */
  name: Scalars['String']['output'];
  /** The province this region belongs to (所属省份). */
  province: Province;
  /** Code of the parent province (所属省份代码). */
  provinceCode: Scalars['String']['output'];
  /** When the record was last changed (更新时间). */
  updatedAt: Scalars['DateTime']['output'];
};


/** Pooling region (统筹地区): a city, county or provincial pool (省本级) that runs its own fund. */
export type PoolingRegionHospitalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HospitalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of PoolingRegion items (统筹地区列表). */
export type PoolingRegionConnection = {
  __typename?: 'PoolingRegionConnection';
  /** The items on this page, in stable order. */
  edges: Array<PoolingRegionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages (总数). */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a PoolingRegion connection (统筹地区). */
export type PoolingRegionEdge = {
  __typename?: 'PoolingRegionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The PoolingRegion (统筹地区). */
  node: PoolingRegion;
};

/** Filter for pooling regions (统筹地区筛选). All given conditions must hold. */
export type PoolingRegionFilter = {
  /** Code starts with this prefix (代码前缀), e.g. "5101". */
  codePrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only regions of this level (统筹层次). */
  level?: InputMaybe<RegionLevel>;
  /** Name contains this fragment, case-insensitive (名称包含). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only regions of this province (省份代码). */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a pooling-region mutation. */
export type PoolingRegionPayload = {
  __typename?: 'PoolingRegionPayload';
  /** The pooling region as stored. */
  poolingRegion: PoolingRegion;
};

/** Province-level administrative division (省/自治区/直辖市). */
export type Province = Node & {
  __typename?: 'Province';
  /** Administrative code (行政区划代码), 6 digits ending in 0000, e.g. "510000". */
  code: Scalars['String']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTime']['output'];
  /** Designated hospitals in this province (省内定点医疗机构), by code. */
  hospitals: HospitalConnection;
  /** Global ID (全局标识). */
  id: Scalars['ID']['output'];
  /** Name (名称), e.g. "四川省". */
  name: Scalars['String']['output'];
  /** Pooling regions of this province (下辖统筹地区), by code. */
  poolingRegions: PoolingRegionConnection;
  /** When the record was last changed (更新时间). */
  updatedAt: Scalars['DateTime']['output'];
};


/** Province-level administrative division (省/自治区/直辖市). */
export type ProvinceHospitalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HospitalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Province-level administrative division (省/自治区/直辖市). */
export type ProvincePoolingRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PoolingRegionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Province items (省份列表). */
export type ProvinceConnection = {
  __typename?: 'ProvinceConnection';
  /** The items on this page, in stable order. */
  edges: Array<ProvinceEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages (总数). */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a Province connection (省份). */
export type ProvinceEdge = {
  __typename?: 'ProvinceEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Province (省份). */
  node: Province;
};

/** Filter for provinces (省份筛选). */
export type ProvinceFilter = {
  /** Name contains this fragment (名称包含). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a province mutation. */
export type ProvincePayload = {
  __typename?: 'ProvincePayload';
  /** The province as stored. */
  province: Province;
};

export type Query = {
  __typename?: 'Query';
  /** A hospital by national code (按代码查询定点医疗机构); null when absent or not visible. */
  hospital?: Maybe<Hospital>;
  /** Designated hospitals the caller can see (定点医疗机构列表), by code. */
  hospitals: HospitalConnection;
  /** Any object by global ID (按全局标识查询); null when it does not exist or is not visible to the caller. */
  node?: Maybe<Node>;
  /** Several objects by global ID, in the order asked (at most 100); null for each one not visible. */
  nodes: Array<Maybe<Node>>;
  /** A pooling region by code (按代码查询统筹地区); null when absent or not visible. */
  poolingRegion?: Maybe<PoolingRegion>;
  /** Pooling regions the caller can see (统筹地区列表), by code. */
  poolingRegions: PoolingRegionConnection;
  /** A province by code (按代码查询省份); null when absent or not visible. */
  province?: Maybe<Province>;
  /** Provinces the caller can see (省份列表): its own, or all for NATIONAL. */
  provinces: ProvinceConnection;
  /** Who is calling (当前调用方): principal and tenant. */
  viewer: Viewer;
};


export type QueryHospitalArgs = {
  code: Scalars['String']['input'];
};


export type QueryHospitalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HospitalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPoolingRegionArgs = {
  code: Scalars['String']['input'];
};


export type QueryPoolingRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PoolingRegionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProvinceArgs = {
  code: Scalars['String']['input'];
};


export type QueryProvincesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProvinceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Level of a pooling region (统筹层次). */
export type RegionLevel =
  /** City-level pool (市级统筹). */
  | 'CITY'
  /** County-level pool (县级统筹). */
  | 'COUNTY'
  /** Provincial pool (省本级 / 省级统筹). */
  | 'PROVINCIAL_POOL';

/** The level a caller acts at (权限层级). */
export type Scope =
  /** Designated hospital (定点医疗机构). */
  | 'HOSPITAL'
  /** National bureau (国家医保局): reads everything, publishes national catalogs. */
  | 'NATIONAL'
  /** Provincial bureau (省级医保局): its province. */
  | 'PROVINCE'
  /** Pooling-region bureau (统筹地区医保局): the tenant. */
  | 'REGION';

/** The registry record a principal acts for (租户): its province, pooling region or hospital. */
export type Tenant = Hospital | PoolingRegion | Province;

/** Changes to a hospital (修改定点医疗机构). Its own REGION only; the code never changes. */
export type UpdateHospitalInput = {
  /** Code of the hospital to change. */
  code: Scalars['String']['input'];
  /** New grade (等次); explicit null clears it. */
  grade?: InputMaybe<HospitalGrade>;
  /** New level (医院等级). */
  level?: InputMaybe<HospitalLevel>;
  /** New name (机构名称). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New kind (机构类别). */
  type?: InputMaybe<HospitalType>;
};

/** Changes to a pooling region (修改统筹地区). Its own PROVINCE only; the code never changes. */
export type UpdatePoolingRegionInput = {
  /** Code of the region to change. */
  code: Scalars['String']['input'];
  /** New level (统筹层次). */
  level?: InputMaybe<RegionLevel>;
  /** New name (名称). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a province (修改省份). NATIONAL scope only; the code never changes. */
export type UpdateProvinceInput = {
  /** Code of the province to change. */
  code: Scalars['String']['input'];
  /** New name (名称). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The verified caller (当前调用方), from its signed token. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Tenant code (租户代码): '000000' for NATIONAL, else the province, region or hospital code. */
  code: Scalars['String']['output'];
  /** The caller's province record (所属省份); null for NATIONAL. */
  province?: Maybe<Province>;
  /** Province the caller belongs to (所属省份代码); null for NATIONAL. */
  provinceCode?: Maybe<Scalars['String']['output']>;
  /** Roles granted by the token (角色). */
  roles: Array<Scalars['String']['output']>;
  /** Level the caller acts at (权限层级). */
  scope: Scope;
  /** Token subject (主体标识). */
  subject: Scalars['String']['output'];
  /** The caller's own registry record; null for NATIONAL or when not registered. */
  tenant?: Maybe<Tenant>;
};

/** A new designated hospital in the caller's pooling region (新增定点医疗机构). REGION scope only. */
export type CreateHospitalInput = {
  /** National institution code (医保定点医疗机构代码): H + 11 digits. */
  code: string;
  /** Grade (等次); omit when not graded. */
  grade?: HospitalGrade | null | undefined;
  /** Level (医院等级). */
  level: HospitalLevel;
  /** Name (机构名称). */
  name: string;
  /** Kind (机构类别). */
  type: HospitalType;
};

/** A new pooling region in the caller's province (新增统筹地区). PROVINCE scope only. */
export type CreatePoolingRegionInput = {
  /** Administrative code, 6 digits starting with the province's two (行政区划代码). */
  code: string;
  /** Level of the pool (统筹层次). */
  level: RegionLevel;
  /** Name (名称). */
  name: string;
};

/** A new province (新增省份). NATIONAL scope only. */
export type CreateProvinceInput = {
  /** Administrative code, 6 digits ending in 0000 (行政区划代码). */
  code: string;
  /** Name (名称). */
  name: string;
};

/** Filter for hospitals (定点医疗机构筛选). All given conditions must hold. */
export type HospitalFilter = {
  /** Only this grade (等次). */
  grade?: HospitalGrade | null | undefined;
  /** Only this level (医院等级). */
  level?: HospitalLevel | null | undefined;
  /** Name contains this fragment, case-insensitive (名称包含). */
  nameContains?: string | null | undefined;
  /** Only hospitals of this province (省份代码). */
  provinceCode?: string | null | undefined;
  /** Only hospitals of this pooling region (统筹地区代码). */
  regionCode?: string | null | undefined;
  /** Only this kind (机构类别). */
  type?: HospitalType | null | undefined;
};

/** Grade within a hospital level (等次). */
export type HospitalGrade =
  /** Grade A (甲等). */
  | 'A'
  /** Grade B (乙等). */
  | 'B'
  /** Grade C (丙等). */
  | 'C';

/** Hospital level (医院等级). */
export type HospitalLevel =
  /** Primary (一级). */
  | 'PRIMARY'
  /** Secondary (二级). */
  | 'SECONDARY'
  /** Tertiary (三级). */
  | 'TERTIARY'
  /** Not rated (未定级). */
  | 'UNRATED';

/** Kind of hospital (医疗机构类别). */
export type HospitalType =
  /** General hospital (综合医院). */
  | 'GENERAL'
  /** Integrated Chinese and Western medicine hospital (中西医结合医院). */
  | 'INTEGRATED'
  /** Specialty hospital (专科医院). */
  | 'SPECIALTY'
  /** Traditional Chinese medicine hospital (中医医院). */
  | 'TCM';

/** Filter for pooling regions (统筹地区筛选). All given conditions must hold. */
export type PoolingRegionFilter = {
  /** Code starts with this prefix (代码前缀), e.g. "5101". */
  codePrefix?: string | null | undefined;
  /** Only regions of this level (统筹层次). */
  level?: RegionLevel | null | undefined;
  /** Name contains this fragment, case-insensitive (名称包含). */
  nameContains?: string | null | undefined;
  /** Only regions of this province (省份代码). */
  provinceCode?: string | null | undefined;
};

/** Level of a pooling region (统筹层次). */
export type RegionLevel =
  /** City-level pool (市级统筹). */
  | 'CITY'
  /** County-level pool (县级统筹). */
  | 'COUNTY'
  /** Provincial pool (省本级 / 省级统筹). */
  | 'PROVINCIAL_POOL';

/** The level a caller acts at (权限层级). */
export type Scope =
  /** Designated hospital (定点医疗机构). */
  | 'HOSPITAL'
  /** National bureau (国家医保局): reads everything, publishes national catalogs. */
  | 'NATIONAL'
  /** Provincial bureau (省级医保局): its province. */
  | 'PROVINCE'
  /** Pooling-region bureau (统筹地区医保局): the tenant. */
  | 'REGION';

/** Changes to a hospital (修改定点医疗机构). Its own REGION only; the code never changes. */
export type UpdateHospitalInput = {
  /** Code of the hospital to change. */
  code: string;
  /** New grade (等次); explicit null clears it. */
  grade?: HospitalGrade | null | undefined;
  /** New level (医院等级). */
  level?: HospitalLevel | null | undefined;
  /** New name (机构名称). */
  name?: string | null | undefined;
  /** New kind (机构类别). */
  type?: HospitalType | null | undefined;
};

/** Changes to a pooling region (修改统筹地区). Its own PROVINCE only; the code never changes. */
export type UpdatePoolingRegionInput = {
  /** Code of the region to change. */
  code: string;
  /** New level (统筹层次). */
  level?: RegionLevel | null | undefined;
  /** New name (名称). */
  name?: string | null | undefined;
};

/** Changes to a province (修改省份). NATIONAL scope only; the code never changes. */
export type UpdateProvinceInput = {
  /** Code of the province to change. */
  code: string;
  /** New name (名称). */
  name?: string | null | undefined;
};

export type CreateProvinceMutationVariables = Exact<{
  input: CreateProvinceInput;
}>;


export type CreateProvinceMutation = { createProvince: { province: { id: string, code: string, name: string } } };

export type UpdateProvinceMutationVariables = Exact<{
  input: UpdateProvinceInput;
}>;


export type UpdateProvinceMutation = { updateProvince: { province: { code: string, name: string } } };

export type CreatePoolingRegionMutationVariables = Exact<{
  input: CreatePoolingRegionInput;
}>;


export type CreatePoolingRegionMutation = { createPoolingRegion: { poolingRegion: { id: string, code: string, name: string, level: RegionLevel, provinceCode: string } } };

export type UpdatePoolingRegionMutationVariables = Exact<{
  input: UpdatePoolingRegionInput;
}>;


export type UpdatePoolingRegionMutation = { updatePoolingRegion: { poolingRegion: { code: string, name: string, level: RegionLevel } } };

export type CreateHospitalMutationVariables = Exact<{
  input: CreateHospitalInput;
}>;


export type CreateHospitalMutation = { createHospital: { hospital: { id: string, code: string, name: string, level: HospitalLevel, grade: HospitalGrade | null, type: HospitalType, regionCode: string, provinceCode: string, region: { code: string } } } };

export type UpdateHospitalMutationVariables = Exact<{
  input: UpdateHospitalInput;
}>;


export type UpdateHospitalMutation = { updateHospital: { hospital: { code: string, name: string, level: HospitalLevel, grade: HospitalGrade | null, type: HospitalType } } };

export type CreateTwoHospitalsMutationVariables = Exact<{
  first: CreateHospitalInput;
  second: CreateHospitalInput;
}>;


export type CreateTwoHospitalsMutation = { a: { hospital: { code: string } }, b: { hospital: { code: string } } };

export type HospitalFieldsFragment = { id: string, code: string, name: string, level: HospitalLevel, grade: HospitalGrade | null, type: HospitalType, provinceCode: string, regionCode: string };

export type RegionFieldsFragment = { id: string, code: string, name: string, level: RegionLevel, provinceCode: string };

export type ProvincesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProvincesQuery = { provinces: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string } }> } };

export type ProvinceQueryVariables = Exact<{
  code: string;
}>;


export type ProvinceQuery = { province: { id: string, code: string, name: string } | null };

export type PoolingRegionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PoolingRegionFilter | null | undefined;
}>;


export type PoolingRegionsQuery = { poolingRegions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, level: RegionLevel, provinceCode: string } }> } };

export type PoolingRegionQueryVariables = Exact<{
  code: string;
}>;


export type PoolingRegionQuery = { poolingRegion: { id: string, code: string, name: string, level: RegionLevel, provinceCode: string, province: { code: string } } | null };

export type HospitalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: HospitalFilter | null | undefined;
}>;


export type HospitalsQuery = { hospitals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, level: HospitalLevel, grade: HospitalGrade | null, type: HospitalType, provinceCode: string, regionCode: string } }> } };

export type HospitalQueryVariables = Exact<{
  code: string;
}>;


export type HospitalQuery = { hospital: { id: string, code: string, name: string, level: HospitalLevel, grade: HospitalGrade | null, type: HospitalType, provinceCode: string, regionCode: string, region: { code: string, name: string }, province: { code: string } } | null };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Hospital', code: string, provinceCode: string, id: string }
    | { __typename: 'PoolingRegion', code: string, provinceCode: string, id: string }
    | { __typename: 'Province', code: string, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Hospital', id: string }
    | { __typename: 'PoolingRegion', id: string }
    | { __typename: 'Province', id: string }
   | null> };

export type ProvinceTreeQueryVariables = Exact<{
  code: string;
  regions?: number | null | undefined;
  hospitals?: number | null | undefined;
}>;


export type ProvinceTreeQuery = { province: { code: string, name: string, poolingRegions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, name: string, level: RegionLevel, province: { code: string }, hospitals: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { code: string, name: string, level: HospitalLevel, grade: HospitalGrade | null, type: HospitalType, provinceCode: string, region: { code: string } } }> } } }> } } | null };

export type ProvinceHospitalsQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  filter?: HospitalFilter | null | undefined;
}>;


export type ProvinceHospitalsQuery = { province: { hospitals: { totalCount: number, edges: Array<{ node: { code: string, provinceCode: string } }> } } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { subject: string, scope: Scope, code: string, roles: Array<string>, provinceCode: string | null, province: { code: string, name: string } | null, tenant:
      | { __typename: 'Hospital', code: string, name: string }
      | { __typename: 'PoolingRegion', code: string, name: string }
      | { __typename: 'Province', code: string, name: string }
     | null } };

export const HospitalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HospitalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hospital"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]} as unknown as DocumentNode<HospitalFieldsFragment, unknown>;
export const RegionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolingRegion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]} as unknown as DocumentNode<RegionFieldsFragment, unknown>;
export const CreateProvinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProvince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProvinceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProvince"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProvinceMutation, CreateProvinceMutationVariables>;
export const UpdateProvinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProvince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProvinceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProvince"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProvinceMutation, UpdateProvinceMutationVariables>;
export const CreatePoolingRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePoolingRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePoolingRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPoolingRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolingRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePoolingRegionMutation, CreatePoolingRegionMutationVariables>;
export const UpdatePoolingRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePoolingRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePoolingRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePoolingRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolingRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePoolingRegionMutation, UpdatePoolingRegionMutationVariables>;
export const CreateHospitalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHospital"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHospitalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHospital"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospital"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateHospitalMutation, CreateHospitalMutationVariables>;
export const UpdateHospitalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHospital"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHospitalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHospital"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospital"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateHospitalMutation, UpdateHospitalMutationVariables>;
export const CreateTwoHospitalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTwoHospitals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHospitalInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHospitalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"createHospital"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospital"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"createHospital"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospital"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTwoHospitalsMutation, CreateTwoHospitalsMutationVariables>;
export const ProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;
export const ProvinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Province"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProvinceQuery, ProvinceQueryVariables>;
export const PoolingRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolingRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PoolingRegionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolingRegions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolingRegion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]} as unknown as DocumentNode<PoolingRegionsQuery, PoolingRegionsQueryVariables>;
export const PoolingRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolingRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolingRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionFields"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolingRegion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]} as unknown as DocumentNode<PoolingRegionQuery, PoolingRegionQueryVariables>;
export const HospitalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hospitals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HospitalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HospitalFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HospitalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hospital"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]} as unknown as DocumentNode<HospitalsQuery, HospitalsQueryVariables>;
export const HospitalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hospital"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospital"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HospitalFields"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HospitalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hospital"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]} as unknown as DocumentNode<HospitalQuery, HospitalQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolingRegion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hospital"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const ProvinceTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hospitals"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"poolingRegions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hospitals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hospitals"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceTreeQuery, ProvinceTreeQueryVariables>;
export const ProvinceHospitalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceHospitals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HospitalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceHospitalsQuery, ProvinceHospitalsQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolingRegion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hospital"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;