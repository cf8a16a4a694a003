/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A special-case application (特例单议申请) for a case’s current revision. */
export type ApplySpecialCaseInput = {
  /** The case (SettlementCase global id): the caller’s own. */
  caseId: string | number;
  /** Category (申请类别). */
  category: SpecialCaseCategory;
  /** Amount claimed (申请金额), CNY, above 0, at most 2 decimals and the total cost. */
  claimedAmount?: string | null | undefined;
  /** Reason (申请理由), 1–2000 characters. */
  reason: string;
};

/** A hospital’s assessment score (考核得分). */
export type AssessmentScoreInput = {
  /** Hospital (定点医疗机构) code, of the region. */
  hospitalCode: string;
  /** Score, 0–1000, at most 2 decimals. */
  score: string;
};

/** Kind of DIP auxiliary catalog row (辅助目录类型). */
export type AuxFactorKind =
  /** Age band (年龄). */
  | 'AGE'
  /** Death during stay (死亡). */
  | 'DEATH'
  /** Severity by CC/MCC (疾病严重程度). */
  | 'SEVERITY'
  /** Tumour stage (肿瘤分期). */
  | 'TUMOR_STAGE';

/** A bed-day category row to add or change in a draft (床日类别). */
export type BedDayCategoryInput = {
  /** Category code. */
  code: string;
  /** Daily standard in CNY. */
  dailyStandard: string;
  /** Longest stay paid per bed-day. */
  maxDays?: number | null | undefined;
  /** Name. */
  name: string;
};

/** A medical alliance (医联体) with one combined budget and its sharing bands (结余留用、合理超支分担). */
export type BudgetAllianceInput = {
  /** Budget from the employee fund, CNY. */
  budgetEmployee: string;
  /** Budget from the resident fund, CNY. */
  budgetResident: string;
  /** Alliance code, unique in the budget. */
  code: string;
  /** Lead hospital (牵头医院): one of the members. */
  leadHospitalCode: string;
  /** Member hospitals, the lead among them; a hospital in at most one alliance. */
  members: Array<BudgetAllianceMemberInput>;
  /** Monthly prepayment to the lead hospital, CNY. */
  monthlyPrepayment: string;
  /** Name (名称). */
  name: string;
  /** Overspend bands (合理超支分担): the share of the overspend the fund bears. */
  overspendBands: Array<SharingBandInput>;
  /** Surplus bands (结余留用): the share of the surplus the alliance keeps. */
  surplusBands: Array<SharingBandInput>;
};

/** A member of a medical alliance (医联体成员). */
export type BudgetAllianceMemberInput = {
  /** Hospital code: a hospital of the owning region. */
  hospitalCode: string;
  /** Tilt coefficient (倾斜系数), > 0 and ≤ 10, at most 4 decimals; default 1. */
  tilt?: string | null | undefined;
};

/** Filter for budgets (总额预算筛选). */
export type BudgetFilter = {
  /** Only this pooling region’s (统筹地区). */
  regionCode?: string | null | undefined;
  /** Only this status. */
  status?: VersionStatus | null | undefined;
  /** Only this budget year (预算年度). */
  year?: number | null | undefined;
};

/** An out-of-region budget with one insured region (异地就医预算, seed 003 二(二)). */
export type BudgetOutOfRegionInput = {
  /** Amount, CNY, ≥ 0, at most 2 decimals. */
  amount: string;
  /** Insurance type (险种). */
  insuranceType: InsuranceType;
  /** Insured region (参保地): another pooling region of the same province. */
  insuredRegionCode: string;
};

/** A hospital’s prepayment inputs (预付金测算, 医保办函〔2024〕101号). */
export type BudgetPrepaymentInput = {
  /** Months of spending the fund balance covers (基金累计结存可支付月数). */
  fundBalanceMonths: string;
  /** Hospital code: a hospital of the owning region. */
  hospitalCode: string;
  /** Insurance type (险种). */
  insuranceType: InsuranceType;
  /** Average monthly fund spending of each previous year, latest first (1–3 years), CNY. */
  monthlySpending: Array<string>;
};

/** An institution’s enrolment in a package for one month, and its referral costs. */
export type CapitationEnrolmentInput = {
  /** Primary-care institution of the region (level PRIMARY). */
  hospitalCode: string;
  /** Month, 1–12. */
  month: number;
  /** Package code of the year. */
  packageCode: string;
  /** Enrolled persons (签约人数), ≥ 0. */
  persons: number;
  /** Referral costs the institution bears this month (转诊费用), ≥ 0, to the fen. */
  referralCost: string;
};

/** A per-capita package of the year. */
export type CapitationPackageInput = {
  /** Package code: letters, digits, `._-`, at most 40. */
  code: string;
  /** Insurance type: EMPLOYEE or RESIDENT (outpatient pooling: RESIDENT). */
  insuranceType: string;
  /** Name (名称). */
  name: string;
  /** Amount per person and month, > 0, to the fen. */
  perHeadMonth: string;
};

/** What case figures are broken down by (汇总维度). */
export type CaseAggregateDimension =
  /** The payment class (病例类型: NORMAL, HIGH, LOW …); null when unpriced. */
  | 'CLASS'
  /** The group paid (DRG/DIP group, or TCM-advantage disease); unpriced cases by the DRG, else DIP group they grouped to. */
  | 'GROUP'
  /** The treating hospital (定点医疗机构编码). */
  | 'HOSPITAL'
  /** The insured-site region (参保地). */
  | 'INSURED_REGION'
  /** The treatment-site region (就医地). */
  | 'TREATMENT_REGION';

/** How a case was classed for payment (病例类型). */
export type CaseClass =
  /** Paid per bed-day (按床日付费). */
  | 'BED_DAY'
  /** Outside the standard (除外病例): LOS exclusion or new drugs/devices/technology, paid per item. */
  | 'EXCLUDED'
  /** Above the upper bound (超上限病例): paid per item or coefficient only. */
  | 'EXTREME'
  /** High-cost outlier (费用极高病例): cost ratio at or above the high threshold. */
  | 'HIGH'
  /** Incomplete stay (未完成治疗): prorated to the cost, capped. */
  | 'INCOMPLETE'
  /** Low-cost outlier (费用极低病例): cost ratio at or below the low threshold. */
  | 'LOW'
  /** Normal case (正常病例): the group’s standard × coefficients. */
  | 'NORMAL'
  /** TCM-advantage disease (中医优势病种): its fixed standard. */
  | 'TCM_ADVANTAGE'
  /** Not grouped (未入组): paid as the standard says for such cases. */
  | 'UNGROUPED';

/** A diagnosis (诊断), principal first. */
export type CaseDiagnosisInput = {
  /** Condition on admission (入院病情) 1–4. */
  admissionCondition?: number | null | undefined;
  /** ICD-10 医保版 code (诊断代码). */
  code?: string | null | undefined;
  /** Name (诊断名称). */
  name?: string | null | undefined;
};

/** A case to group (待分组病例), the grouping-relevant items of a settlement list (结算清单). */
export type CaseGroupingInput = {
  /** Age in years (年龄). */
  age?: number | null | undefined;
  /** Age in days, for infants (年龄(天)). */
  ageDays?: number | null | undefined;
  /** Birth weight in grams, for newborns (新生儿出生体重). */
  birthWeight?: number | null | undefined;
  /** Diagnoses, principal first (诊断, ICD-10 医保版). */
  diagnoses: Array<string>;
  /** Discharge way (离院方式): 1 医嘱离院 … 5 死亡, 9 其他. */
  dischargeWay?: number | null | undefined;
  /** Case id, echoed back (病案号). */
  id?: string | null | undefined;
  /** Length of stay in days (住院天数). */
  los?: number | null | undefined;
  /** Procedures, principal first (手术操作, ICD-9-CM-3 医保版). */
  procedures: Array<string>;
  /** Sex (性别): 1 male, 2 female. */
  sex?: number | null | undefined;
  /** TCM principal diagnosis (中医主病, TCD code). */
  tcmPrincipalDiagnosis?: string | null | undefined;
  /** Share of TCM treatment in the cost (中医治疗费用占比), 0–1. */
  tcmTreatmentShare?: string | null | undefined;
  /** Total cost in CNY (总费用); DIP ties use it. */
  totalCost?: string | null | undefined;
  /** Tumour stage (肿瘤分期), for DIP auxiliary factors. */
  tumorStage?: string | null | undefined;
};

/** A procedure (手术操作), principal first. */
export type CaseProcedureInput = {
  /** Anaesthesia start (麻醉开始时间). */
  anaesthesiaFrom?: string | null | undefined;
  /** Anaesthesia end (麻醉结束时间). */
  anaesthesiaTo?: string | null | undefined;
  /** Performed on both sides (双侧手术); the national list has no laterality item, so the hospital states it. A payment standard may pay such cases with its bilateral-surgery coefficient. */
  bilateral?: boolean | null | undefined;
  /** ICD-9-CM-3 医保版 code (手术操作代码). */
  code?: string | null | undefined;
  /** Name (手术操作名称). */
  name?: string | null | undefined;
  /** When performed. */
  performedAt?: string | null | undefined;
};

/** A region’s role for a case: where it was treated or where the person is insured. */
export type CaseSite =
  /** Cases of persons insured in the region (参保地), treated anywhere in the province. */
  | 'INSURED'
  /** Cases treated in the region’s hospitals (就医地). */
  | 'TREATMENT';

/** Kind of catalog (目录类型). */
export type CatalogKind =
  /** Bed-day categories (按床日付费). */
  | 'BED_DAY'
  /** DIP groups (按病种分值付费). */
  | 'DIP'
  /** DRG groups (按病组付费, CHS-DRG). */
  | 'DRG'
  /** TCM-advantage diseases (中医优势病种). */
  | 'TCM_ADVANTAGE';

/** Level that owns a catalog version (归属层级). */
export type CatalogOwnerScope =
  /** National (国家). */
  | 'NATIONAL'
  /** Provincial (省级). */
  | 'PROVINCE'
  /** Pooling region (统筹地区). */
  | 'REGION';

/** Filter for catalog rows (目录条目筛选). */
export type CatalogRowFilter = {
  /** DRG only: this ADRG. */
  adrg?: string | null | undefined;
  /** DIP auxiliary rows only: this kind. */
  auxKind?: AuxFactorKind | null | undefined;
  /** Code starts with this prefix. */
  codePrefix?: string | null | undefined;
  /** DIP only: this diagnosis key. */
  diagnosisKey?: string | null | undefined;
  /** DIP only: this group kind. */
  dipKind?: DipGroupKind | null | undefined;
  /** DRG only: this MDC, e.g. "MDCG". */
  mdc?: string | null | undefined;
  /** Name contains this fragment. */
  nameContains?: string | null | undefined;
};

/** Filter for catalog versions (目录版本筛选). */
export type CatalogVersionFilter = {
  /** Only this kind. */
  kind?: CatalogKind | null | undefined;
  /** Only versions of this owner code. */
  ownerCode?: string | null | undefined;
  /** Only versions owned at this level. */
  ownerScope?: CatalogOwnerScope | null | undefined;
  /** Only this status. */
  status?: VersionStatus | null | undefined;
};

/** Status of a clearing run (清算状态). */
export type ClearingRunStatus =
  /** Approved (已审定): frozen by the database. */
  | 'APPROVED'
  /** Computed (已计算): recomputed at will until approved. */
  | 'COMPUTED';

/** Filter for code-table lookups (编码查询). */
export type CodeEntryFilter = {
  /** Code starts with this prefix (编码前缀). */
  codePrefix?: string | null | undefined;
  /** Name contains this fragment (名称包含). */
  nameContains?: string | null | undefined;
};

/** Code table (编码表). */
export type CodeKind =
  /** Procedures, ICD-9-CM-3 医保版. */
  | 'ICD9CM3'
  /** Diagnoses, ICD-10 医保版. */
  | 'ICD10'
  /** TCM diseases (中医病名, TCD). */
  | 'TCM_DISEASE'
  /** TCM syndromes (中医证候, TCD). */
  | 'TCM_SYNDROME';

/** A remark on an application. */
export type CommentSpecialCaseInput = {
  /** The application (SpecialCaseApplication global id). */
  applicationId: string | number;
  /** The remark, 1–2000 characters. */
  body: string;
};

/** A new budget of the caller's pooling region (新建总额预算), created as a DRAFT. With `parentId` it starts as a copy of that published budget's parameters and rows (the region's earlier version). */
export type CreateBudgetInput = {
  /** First day in force once published (生效日期). */
  effectiveFrom: string;
  /** Day it stops being in force, exclusive (失效日期). */
  effectiveTo?: string | null | undefined;
  /** Name (名称). */
  name: string;
  /** Notes (备注). */
  notes?: string | null | undefined;
  /** Parameters (预算参数), validated whole; default the parent's, else none yet. */
  parameters?: Record<string, unknown> | null | undefined;
  /** A published budget of the caller's region to derive from (上一版本). */
  parentId?: string | number | null | undefined;
  /** Version label (版本号), unique per region and year. */
  versionLabel: string;
  /** Budget year (预算年度). */
  year: number;
};

/** A new catalog version owned by the caller (新建目录版本), created as a DRAFT. */
export type CreateCatalogVersionInput = {
  /** First day in force once published (生效日期). */
  effectiveFrom: string;
  /** Day it stops being in force, exclusive (失效日期). */
  effectiveTo?: string | null | undefined;
  /** Kind of catalog. */
  kind: CatalogKind;
  /** Name (名称). */
  name: string;
  /** Notes (备注). */
  notes?: string | null | undefined;
  /** DRG rule package to group with (DRG only). */
  rulePackageId?: string | number | null | undefined;
  /** DIP scale constant K (DIP only; default 100). */
  scaleK?: string | null | undefined;
  /** Version label (版本号). */
  versionLabel: string;
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

/** A new payment standard owned by the caller (新建支付标准), created as a DRAFT: a region's standard, or a province's template. With `parentId` it starts as a copy of that published standard's parameters and rows (derivation from the province template, or from the region's earlier version). */
export type CreatePaymentStandardInput = {
  /** The catalog version whose groups it prices (DRG catalog for DRG methods, DIP for DIP); default the parent’s. */
  catalogVersionId?: string | number | null | undefined;
  /** First day in force once published (生效日期). */
  effectiveFrom: string;
  /** Day it stops being in force, exclusive (失效日期). */
  effectiveTo?: string | null | undefined;
  /** Payment method (支付方式). */
  method: PaymentMethod;
  /** Name (名称). */
  name: string;
  /** Notes (备注). */
  notes?: string | null | undefined;
  /** Scalar parameters (支付参数), validated whole; default the parent's, else none yet (set them before publishing). */
  parameters?: Record<string, unknown> | null | undefined;
  /** A published standard to derive from (上级标准): the caller's province's template, or the caller's own earlier standard. */
  parentId?: string | number | null | undefined;
  /** Version label (版本号), unique per owner, method and year. */
  versionLabel: string;
  /** Payment year (支付年度). */
  year: number;
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

/** The treatment region’s decision (审核结论) on a pending application. */
export type DecideSpecialCaseInput = {
  /** The decided amount (核定金额) for ADJUSTED_AMOUNT: above 0, at most 2 decimals, at most the total cost. */
  amount?: string | null | undefined;
  /** The application (SpecialCaseApplication global id). */
  applicationId: string | number;
  /** APPROVED or REJECTED. */
  outcome: SpecialCaseOutcome;
  /** How an approval pays: required to approve, refused with a rejection. */
  payment?: SpecialCasePaymentKind | null | undefined;
  /** Reason (审核意见), 1–2000 characters: required to reject. */
  reason?: string | null | undefined;
};

/** Whether a lookup in force may pick demonstration catalog versions (演示目录, `demo: true`): synthetic weights and scores from the demo seed, never for paying real cases. */
export type DemoCatalogs =
  /** Official versions only (正式目录). */
  | 'EXCLUDE'
  /** Demonstration versions only, e.g. to walk through the demo or compare it with the official catalog. */
  | 'ONLY'
  /** Official versions; demonstration versions only for a region with no official catalog at all (none published, of any kind and for any day, by the region, its province or the national bureau), as in a demo installation. The default: once official catalogs exist, a demo one is never picked unless asked for. */
  | 'UNLESS_OFFICIAL';

/** A draft derived from a published parent version (派生目录版本): rows are copied as INHERITED. */
export type DeriveCatalogVersionInput = {
  /** First day in force once published (生效日期). */
  effectiveFrom: string;
  /** Day it stops being in force, exclusive (失效日期). */
  effectiveTo?: string | null | undefined;
  /** Name (名称). */
  name: string;
  /** The published version to derive from (上级版本). */
  parentId: string | number;
  /** Version label (版本号). */
  versionLabel: string;
};

/** Kind of DIP group (病种类型). */
export type DipGroupKind =
  /** Comprehensive group (综合病种). */
  | 'COMPREHENSIVE'
  /** Core group (核心病种). */
  | 'CORE'
  /** Primary-care group (基层病种). */
  | 'PRIMARY_CARE';

/** A DRG group row to add or change in a draft (DRG病组). */
export type DrgGroupInput = {
  /** ADRG, e.g. "GZ1". */
  adrg: string;
  /** Reference average cost (例均费用). */
  averageCost?: string | null | undefined;
  /** Reference average length of stay (平均住院日). */
  averageLos?: string | null | undefined;
  /** DRG code, e.g. "GZ13". */
  code: string;
  /** MDC, e.g. "MDCG". */
  mdc: string;
  /** Name. */
  name: string;
  /** Relative weight (相对权重). */
  weight: string;
};

/** Kind of new-technology exclusion item (除外支付项目类别). */
export type ExclusionItemKind =
  /** Medical device or consumable (新耗材). */
  | 'DEVICE'
  /** Drug (新药). */
  | 'DRUG'
  /** Procedure or technology (新技术). */
  | 'PROCEDURE';

/** Fee total of one category (住院费用分类). */
export type FeeLineInput = {
  /** Amount in CNY, at most 2 decimals. */
  amount?: string | null | undefined;
  /** Category code, letters, digits and _. */
  category?: string | null | undefined;
};

/** One fund’s payment (基金支付项). */
export type FundPaymentInput = {
  /** Amount in CNY, at most 2 decimals. */
  amount?: string | null | undefined;
  /** Fund code, letters, digits and _. */
  fund?: string | null | undefined;
};

/** The grouping that decided the case (入组方式). */
export type GroupedBy =
  /** A DIP group (DIP病种). */
  | 'DIP'
  /** A DRG group (DRG病组). */
  | 'DRG'
  /** A TCM-advantage disease (中医优势病种), ahead of DRG/DIP. */
  | 'TCM_ADVANTAGE';

/** Payment grouping (分组方式). */
export type GroupingMethod =
  /** DIP (按病种分值). */
  | 'DIP'
  /** DRG (按病组). */
  | 'DRG';

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

/** An ICU stay (重症监护). */
export type IcuStayInput = {
  /** Entered ICU. */
  from?: string | null | undefined;
  /** Left ICU. */
  to?: string | null | undefined;
};

/** What an upload did with one settlement list (上传结果). */
export type IngestStatus =
  /** Stored: a new case or a new revision of a changed one. */
  | 'ACCEPTED'
  /** Refused (QC error or not permitted): nothing written. */
  | 'REJECTED'
  /** Identical to the current revision: nothing written. */
  | 'UNCHANGED';

/** Insurance type (险种类型). */
export type InsuranceType =
  /** Employee basic medical insurance (职工基本医疗保险). */
  | 'EMPLOYEE'
  /** Urban and rural resident medical insurance (城乡居民基本医疗保险). */
  | 'RESIDENT';

/** What an insured region prepaid a treatment region in the year (区域间预付金). */
export type InterRegionPrepaymentInput = {
  /** Amount prepaid, CNY (≥ 0, to the fen). */
  amount: string;
  /** Insurance type (险种): EMPLOYEE or RESIDENT. */
  insuranceType: string;
  /** Insured-site region (参保地). */
  insuredRegionCode: string;
  /** Treatment-site region (就医地). */
  treatmentRegionCode: string;
};

/** How a province clears in-province out-of-region care (省内异地清算方式). */
export type InterRegionVariant =
  /** The insured site owes the DRG/DIP fund due under the treatment site’s standard; delta = fund due − itemised paid (按病组/病种). */
  | 'DRG_DIP_BASED'
  /** The insured site owes the itemised fund it paid; the DRG/DIP result stays with the treatment site (按项目). */
  | 'ITEMISED'
  /** The out-of-region budget joined the treatment site’s global budget: points paid at its annual point value (纳入总额). */
  | 'POOLED';

/** Conditions every listed job meets (筛选条件). */
export type JobFilter = {
  /** Exactly this kind (任务类型). */
  kind?: string | null | undefined;
  /** Any of these statuses (状态). */
  status?: Array<JobStatus> | null | undefined;
};

/** Where a background job is (任务状态). */
export type JobStatus =
  /** Cancelled by its starter; finished chunks stay (已取消). */
  | 'CANCELLED'
  /** Stopped by an error; `error` says which (失败). */
  | 'FAILED'
  /** Waiting for a worker (排队中). */
  | 'QUEUED'
  /** Planned and running chunk by chunk (运行中). */
  | 'RUNNING'
  /** Every chunk done (已完成). */
  | 'SUCCEEDED';

/** Status of a monthly settlement batch (月度结算批次状态). */
export type MonthlyBatchStatus =
  /** Closed (已关账): frozen by the database; later changes go to the next month as corrections. */
  | 'CLOSED'
  /** Open (未关账): computed and recomputed until closed. */
  | 'OPEN';

/** How a payment standard pays a case (支付方式). */
export type PaymentMethod =
  /** DIP (按病种分值付费): group score × coefficient × point value. */
  | 'DIP_SCORE'
  /** DRG point method (点数法): RW × 100 points × point value. */
  | 'DRG_POINTS'
  /** DRG rate method (费率法): base rate × RW × coefficients. */
  | 'DRG_RATE';

/** Filter for payment standards (支付标准筛选). */
export type PaymentStandardFilter = {
  /** Only this payment method. */
  method?: PaymentMethod | null | undefined;
  /** Only standards owned at this level (REGION: standards; PROVINCE: templates). */
  ownerScope?: StandardOwnerScope | null | undefined;
  /** Only this status. */
  status?: VersionStatus | null | undefined;
  /** Only this payment year (支付年度). */
  year?: number | null | undefined;
};

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

/** Severity of a QC rule (质控级别). */
export type QcSeverity =
  /** Rejects the settlement list (错误). */
  | 'ERROR'
  /** Stores the list and flags it (提示). */
  | 'WARNING';

/** Quality-control outcome of a stored settlement list (质控结果). */
export type QcStatus =
  /** No finding (通过). */
  | 'PASSED'
  /** Stored with warnings (提示), e.g. a suspected split stay. */
  | 'WARNING';

/** Level of a pooling region (统筹层次). */
export type RegionLevel =
  /** City-level pool (市级统筹). */
  | 'CITY'
  /** County-level pool (县级统筹). */
  | 'COUNTY'
  /** Provincial pool (省本级 / 省级统筹). */
  | 'PROVINCIAL_POOL';

/** Where a catalog row comes from in a derived version (来源). */
export type RowOrigin =
  /** Added by this version (本地新增). */
  | 'ADDED'
  /** Copied unchanged from the parent version (继承). */
  | 'INHERITED'
  /** Copied from the parent, then changed locally (本地调整). */
  | 'OVERRIDDEN';

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

/** Rows of one of the caller's draft budgets (维护预算明细): each list given replaces that table's rows whole; lists left out stay. All or nothing. */
export type SetBudgetRowsInput = {
  /** Medical alliances with their members (医联体). */
  alliances?: Array<BudgetAllianceInput> | null | undefined;
  /** The draft budget. */
  id: string | number;
  /** Out-of-region budgets (异地就医预算). */
  outOfRegion?: Array<BudgetOutOfRegionInput> | null | undefined;
  /** Prepayments (预付金). */
  prepayments?: Array<BudgetPrepaymentInput> | null | undefined;
};

/** Rows of one of the caller's draft standards (维护支付标准明细): each list given replaces that table's rows whole; lists left out stay as they are. All or nothing. */
export type SetPaymentStandardRowsInput = {
  /** Per-bed-day standards (床日标准). */
  bedDays?: Array<StandardBedDayInput> | null | undefined;
  /** Coefficients (系数). */
  coefficients?: Array<StandardCoefficientInput> | null | undefined;
  /** New-technology exclusion items (除外支付项目). */
  exclusionItems?: Array<StandardExclusionItemInput> | null | undefined;
  /** The draft standard. */
  id: string | number;
  /** Out-of-region coefficients per insured region (异地调节系数). */
  outOfRegionCoefficients?: Array<StandardOutOfRegionCoefficientInput> | null | undefined;
  /** TCM-advantage disease standards (中医优势病种标准). */
  tcmAdvantage?: Array<StandardTcmAdvantageInput> | null | undefined;
};

/** Conditions every listed case meets (病例筛选). */
export type SettlementCaseFilter = {
  /** DIP group code of the current revision. */
  dipGroupCode?: string | null | undefined;
  /** Discharged on or after this day (出院日期起). */
  dischargedFrom?: string | null | undefined;
  /** Discharged on or before this day (出院日期止). */
  dischargedTo?: string | null | undefined;
  /** DRG code of the current revision. */
  drgCode?: string | null | undefined;
  /** Treating hospital. */
  hospitalCode?: string | null | undefined;
  /** Insurance type. */
  insuranceType?: InsuranceType | null | undefined;
  /** Insured-site region (参保地). */
  insuredRegionCode?: string | null | undefined;
  /** QC outcome of the current revision. */
  qcStatus?: QcStatus | null | undefined;
  /** Treatment-site region (就医地). */
  treatmentRegionCode?: string | null | undefined;
};

/** A settlement list (医疗保障基金结算清单) to upload. Missing fields are QC findings (2005) of this list, not errors of the request; the treatment region is the hospital’s, never given. */
export type SettlementListInput = {
  /** Newborn admission weight in grams (新生儿入院体重). */
  admissionWeight?: number | null | undefined;
  /** Admitted (入院时间). */
  admittedAt?: string | null | undefined;
  /** Age in years (年龄); 0 or absent under one year. */
  age?: number | null | undefined;
  /** Age in days under one year (年龄(天), nwb_age). */
  ageDays?: number | null | undefined;
  /** Newborn birth weights in grams, to 10 g (新生儿出生体重). */
  birthWeights?: Array<number> | null | undefined;
  /** Diagnoses, principal first. */
  diagnoses?: Array<CaseDiagnosisInput> | null | undefined;
  /** Discharge way (离院方式): 1, 2, 3, 4, 5 or 9. */
  dischargeWay?: number | null | undefined;
  /** Discharged (出院时间). */
  dischargedAt?: string | null | undefined;
  /** Fee totals by category. */
  fees?: Array<FeeLineInput> | null | undefined;
  /** Fund payments, itemised. */
  fundPayments?: Array<FundPaymentInput> | null | undefined;
  /** Treating hospital (定点医疗机构代码). */
  hospitalCode: string;
  /** ICU stays. */
  icuStays?: Array<IcuStayInput> | null | undefined;
  /** Insurance type (险种类型). */
  insuranceType?: InsuranceType | null | undefined;
  /** Insured person identifier (个人编号): personal data. */
  insuredPersonId?: string | null | undefined;
  /** Insured-site region (参保地统筹区), of the hospital’s province. */
  insuredRegionCode?: string | null | undefined;
  /** Length of stay in days (住院天数). */
  los?: number | null | undefined;
  /** Newborn admission type (新生儿入院类型), one digit. */
  newbornAdmissionType?: string | null | undefined;
  /** Patient payment in CNY (个人负担). */
  patientPaid?: string | null | undefined;
  /** Planned readmission within 31 days. */
  plannedReadmission?: boolean | null | undefined;
  /** Procedures, principal first. */
  procedures?: Array<CaseProcedureInput> | null | undefined;
  /** Settlement period start (结算开始日期). */
  settlementFrom?: string | null | undefined;
  /** Settlement id (结算ID, setl_id): with the hospital, the key of the case. */
  settlementId: string;
  /** Settlement period end (结算结束日期). */
  settlementTo?: string | null | undefined;
  /** Sex (性别): 1 male, 2 female, 0 unknown, 9 unspecified. */
  sex?: number | null | undefined;
  /** New drugs, devices, technology used. */
  specialItems?: Array<SpecialItemInput> | null | undefined;
  /** Stay id (就诊ID, mdtrt_id). */
  stayId?: string | null | undefined;
  /** TCM principal diagnosis (中医主病, TCD). */
  tcmPrincipalDiagnosis?: string | null | undefined;
  /** Share of TCM treatment, 0–1. */
  tcmTreatmentShare?: string | null | undefined;
  /** Total cost in CNY (医疗费总额). */
  totalCost?: string | null | undefined;
  /** Ventilation time in minutes (呼吸机使用时长). */
  ventilationMinutes?: number | null | undefined;
};

/** A band of 结余留用、合理超支分担: bands ascend by upToShare, only the last open. */
export type SharingBandInput = {
  /** Share kept or borne, 0–1. */
  share: string;
  /** Upper end of the slice as a share of the budget, > 0; null: open (last band). */
  upToShare?: string | null | undefined;
};

/** Conditions every listed application meets (筛选条件). */
export type SpecialCaseApplicationFilter = {
  /** Category (申请类别). */
  category?: SpecialCaseCategory | null | undefined;
  /** Discharged on or after this day (出院日期起). */
  dischargedFrom?: string | null | undefined;
  /** Discharged on or before this day (出院日期止). */
  dischargedTo?: string | null | undefined;
  /** Status (申请状态). */
  status?: SpecialCaseStatus | null | undefined;
};

/** Why a case is put up for special-case review (特例单议类别). */
export type SpecialCaseCategory =
  /** Cost far above the standard (费用极高). */
  | 'HIGH_COST'
  /** Critical care, long ICU stay (重症监护). */
  | 'ICU_CRITICAL'
  /** Exceptionally long stay (住院时间过长). */
  | 'LONG_STAY'
  /** New drugs, devices or technology used (新药耗新技术, seed 004). */
  | 'NEW_TECHNOLOGY'
  /** Another reason, given in the reason text (其他). */
  | 'OTHER';

/** The treatment region’s decision on an application (审核结论). */
export type SpecialCaseOutcome =
  /** Paid outside the formula, as the decision says (通过). */
  | 'APPROVED'
  /** Paid by the formula; the decision gives the reason (不通过). */
  | 'REJECTED';

/** How an approved special case is paid (特例支付方式). */
export type SpecialCasePaymentKind =
  /** An amount the region decides, above 0 and at most the total cost (核定金额). */
  | 'ADJUSTED_AMOUNT'
  /** The case’s total cost, per item (按项目付费). */
  | 'FEE_FOR_SERVICE';

/** Where a special-case application stands (申请状态). */
export type SpecialCaseStatus =
  /** Approved by the treatment region (审核通过). */
  | 'APPROVED'
  /** Applied, not yet decided (待审核). */
  | 'PENDING'
  /** Rejected by the treatment region (审核不通过). */
  | 'REJECTED'
  /** Withdrawn by the hospital before a decision (已撤回). */
  | 'WITHDRAWN';

/** A new drug, device or technology used (新药耗新技术). */
export type SpecialItemInput = {
  /** Cost of the item in CNY (项目费用), at most 2 decimals, not negative; all items together at most the total cost. Needed when the payment standard pays approved items beside the standard. */
  amount?: string | null | undefined;
  /** Item code (项目编码). */
  code?: string | null | undefined;
  /** Kind of item. */
  kind?: SpecialItemKind | null | undefined;
};

/** Kind of new drug, device or technology item (新药耗新技术类别). */
export type SpecialItemKind =
  /** New medical consumable or device (新耗材). */
  | 'DEVICE'
  /** New drug (新药). */
  | 'DRUG'
  /** New technology or procedure (新技术). */
  | 'PROCEDURE';

/** A per-bed-day standard (按床日付费标准). */
export type StandardBedDayInput = {
  /** Bed-day category code (床日类别). */
  categoryCode: string;
  /** Money per day, CNY (rate method), at most 2 decimals. */
  dailyAmount?: string | null | undefined;
  /** Points per day (point methods), at most 4 decimals. */
  dailyPoints?: string | null | undefined;
  /** Days paid at most; none: every day. */
  maxDays?: number | null | undefined;
};

/** A coefficient row (系数): exactly one of hospitalCode or level; grade only with a level; groupCode for one group, or none for every group. */
export type StandardCoefficientInput = {
  /** The coefficient, > 0, at most 4 decimals. */
  coefficient: string;
  /** Grade within the level (等次). */
  grade?: HospitalGrade | null | undefined;
  /** Group code (病组); none: every group. */
  groupCode?: string | null | undefined;
  /** Hospital code (定点医疗机构代码). */
  hospitalCode?: string | null | undefined;
  /** Hospital level (医院等级). */
  level?: HospitalLevel | null | undefined;
};

/** A new-technology exclusion item (新药耗新技术除外支付项目). */
export type StandardExclusionItemInput = {
  /** Item code (项目编码). */
  code: string;
  /** First day excluded. */
  effectiveFrom: string;
  /** Day the exclusion ends (exclusive). */
  effectiveTo?: string | null | undefined;
  /** Kind of item. */
  itemKind: ExclusionItemKind;
  /** Item name (项目名称). */
  name: string;
};

/** An out-of-region coefficient for one insured region (异地调节系数). */
export type StandardOutOfRegionCoefficientInput = {
  /** The coefficient, > 0, at most 4 decimals. */
  coefficient: string;
  /** Insured region code (参保地), a region of the same province. */
  insuredRegionCode: string;
};

/** Who owns a payment standard (归属层级). */
export type StandardOwnerScope =
  /** A province: a template its regions derive from (省级模板). */
  | 'PROVINCE'
  /** A pooling region: the standard its cases are paid by (统筹地区). */
  | 'REGION';

/** A TCM-advantage disease standard (中医优势病种支付标准). */
export type StandardTcmAdvantageInput = {
  /** TCM disease code (中医病种代码). */
  diseaseCode: string;
  /** The standard before the pilot (试点前标准), CNY; publishing refuses a lower standard. */
  prePilotStandard: string;
  /** Fixed standard per case, CNY, at most 2 decimals. */
  standard: string;
};

/** A TCM-advantage disease row to add or change in a draft (中医优势病种). */
export type TcmDiseaseInput = {
  /** TCM disease code (TCD). */
  code: string;
  /** Mapped ICD-10 codes. */
  icd10Codes: Array<string>;
  /** Maximum length of stay. */
  maxLos?: number | null | undefined;
  /** Minimum length of stay. */
  minLos?: number | null | undefined;
  /** Minimum TCM treatment share, 0–1. */
  minTcmTreatmentShare: string;
  /** Name. */
  name: string;
  /** Per-case standard in CNY. */
  standard: string;
};

/** Changes to one of the caller's draft budgets (修改总额预算草稿). */
export type UpdateBudgetInput = {
  /** New first day in force. */
  effectiveFrom?: string | null | undefined;
  /** New end day (exclusive); an explicit null makes it open-ended. */
  effectiveTo?: string | null | undefined;
  /** The draft budget. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New notes. */
  notes?: string | null | undefined;
  /** New version label. */
  versionLabel?: string | null | undefined;
};

/** Changes to a DRAFT catalog version (修改草稿). */
export type UpdateCatalogVersionInput = {
  /** New first day in force. */
  effectiveFrom?: string | null | undefined;
  /** New end day (exclusive). */
  effectiveTo?: string | null | undefined;
  /** The draft version. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New notes. */
  notes?: string | null | undefined;
  /** New DRG rule package. */
  rulePackageId?: string | number | null | undefined;
  /** New DIP scale constant K. */
  scaleK?: string | null | undefined;
  /** New version label. */
  versionLabel?: string | null | undefined;
};

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

/** Changes to one of the caller's draft standards (修改支付标准草稿). */
export type UpdatePaymentStandardInput = {
  /** New catalog version it prices. */
  catalogVersionId?: string | number | null | undefined;
  /** New first day in force. */
  effectiveFrom?: string | null | undefined;
  /** New end day (exclusive); an explicit null makes it open-ended. */
  effectiveTo?: string | null | undefined;
  /** The draft standard. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New notes. */
  notes?: string | null | undefined;
  /** New version label. */
  versionLabel?: string | null | undefined;
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

/** A DIP catalog to load into a draft (上传DIP目录), replacing its groups and auxiliary rows. */
export type UploadDipCatalogInput = {
  /** Auxiliary rows: code, kind, name, condition (JSON), factor. */
  auxFactors?: string | null | undefined;
  /** Format of `groups` and `auxFactors`: JSON (array of objects) or CSV (header row). */
  format: string;
  /** Groups: code, kind, diagnosisKey, procedureExpression, procedureClass, name, score, averageCost. */
  groups: string;
  /** The draft DIP version. */
  versionId: string | number;
};

/** A DRG rule package to upload (上传分组规则包). */
export type UploadRulePackageInput = {
  /** The package as JSON text, format "drg-rule-package" v1. */
  content: string;
  /** Name (名称). */
  name: string;
  /** Version (版本). */
  version: string;
};

/** Lifecycle of a versioned rule set (版本状态) — catalog versions, payment standards: DRAFT → PUBLISHED → RETIRED; a published version never changes. */
export type VersionStatus =
  /** Being edited (草稿); visible to its owner only, never in force. */
  | 'DRAFT'
  /** Published (已发布): immutable, in force over its period. */
  | 'PUBLISHED'
  /** Retired (已废止) from `retiredOn`; still in force before it. */
  | 'RETIRED';

export type CaseAggregatesQueryVariables = Exact<{
  code: string;
  from: string;
  to: string;
  by: CaseAggregateDimension;
  site?: CaseSite | null | undefined;
  insuranceType?: InsuranceType | null | undefined;
  first?: number | null | undefined;
}>;


export type CaseAggregatesQuery = { poolingRegion: { code: string, caseAggregates: { by: CaseAggregateDimension, site: CaseSite, from: string, to: string, truncated: boolean, rows: Array<{ key: string | null, cases: number, pricedCases: number, totalCost: string, points: string, provisionalAmount: string, fundDue: string }>, total: { key: string | null, cases: number, pricedCases: number, totalCost: string, points: string, provisionalAmount: string, fundDue: string } } } | null };

export type ComputeAnnualClearingMutationVariables = Exact<{
  regionCode: string;
  year: number;
}>;


export type ComputeAnnualClearingMutation = { computeAnnualClearing: { clearing: { id: string, status: ClearingRunStatus }, job: { id: string, status: JobStatus } } };

export type ApproveAnnualClearingMutationVariables = Exact<{
  regionCode: string;
  year: number;
}>;


export type ApproveAnnualClearingMutation = { approveAnnualClearing: { clearing: { id: string, status: ClearingRunStatus, approvedAt: string | null } } };

export type SetAssessmentScoresMutationVariables = Exact<{
  regionCode: string;
  year: number;
  scores: Array<AssessmentScoreInput> | AssessmentScoreInput;
}>;


export type SetAssessmentScoresMutation = { setAssessmentScores: Array<{ hospitalCode: string, score: string }> };

export type AssessmentScoresQueryVariables = Exact<{
  regionCode: string;
  year: number;
}>;


export type AssessmentScoresQuery = { assessmentScores: Array<{ hospitalCode: string, score: string }> };

export type AnnualClearingQueryVariables = Exact<{
  regionCode: string;
  year: number;
  hospitalCode?: string | null | undefined;
}>;


export type AnnualClearingQuery = { annualClearing: { id: string, provinceCode: string, regionCode: string, year: number, budgetId: string, variant: InterRegionVariant | null, status: ClearingRunStatus, caseCount: number, unpricedCases: number, fundBudget: string, reserve: string, fundDue: string, clearingAmount: string, computedAt: string | null, approvedAt: string | null, pools: Array<{ insuranceType: string, formula: string, fundBudget: string, outOfRegionBudget: string, reserve: string, distributable: string, totalPoints: string, patientShare: string, pointValue: string | null, pointValueDisplay: string | null }>, lines: Array<{ hospitalCode: string, caseCount: number, points: string, gross: string, patientShare: string, fundDue: string, fixedFundDue: string, outOfRegionFundDue: string, specialCaseAdjustment: string, exclusionAdjustment: string, assessmentScore: string | null, assessmentAdjustment: string, allianceCode: string | null, allianceAdjustment: string, capitation: string, depositWithheld: string, depositReleased: string, monthlyPayments: string, prepaymentRecovered: string, clearingAmount: string }>, alliances: Array<{ allianceCode: string, leadHospitalCode: string, budget: string, actual: string, balance: string, shared: string, settlement: string, adjustment: string }> } | null };

export type BudgetFieldsFragment = { id: string, name: string, versionLabel: string, year: number, ownerCode: string, provinceCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, demo: boolean, notes: string | null, parameters: Record<string, unknown>, parent: { id: string } | null };

export type BudgetsQueryVariables = Exact<{
  filter?: BudgetFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BudgetsQuery = { budgets: { totalCount: number, edges: Array<{ node: { id: string, name: string, ownerCode: string, status: VersionStatus, year: number, demo: boolean } }> } };

export type BudgetQueryVariables = Exact<{
  id: string | number;
}>;


export type BudgetQuery = { budget: { id: string, name: string, versionLabel: string, year: number, ownerCode: string, provinceCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, demo: boolean, notes: string | null, parameters: Record<string, unknown>, outOfRegion: { totalCount: number, edges: Array<{ node: { insuredRegionCode: string, insuranceType: InsuranceType, amount: string } }> }, prepayments: { totalCount: number, edges: Array<{ node: { hospitalCode: string, insuranceType: InsuranceType, monthlySpending: Array<string>, fundBalanceMonths: string, granted: string | null } }> }, alliances: { totalCount: number, edges: Array<{ node: { code: string, name: string, leadHospitalCode: string, budgetEmployee: string, budgetResident: string, monthlyPrepayment: string, surplusBands: Array<{ upToShare: string | null, share: string }>, overspendBands: Array<{ upToShare: string | null, share: string }> } }> }, allianceMembers: { totalCount: number, edges: Array<{ node: { allianceCode: string, hospitalCode: string, tilt: string } }> }, parent: { id: string } | null } | null };

export type BudgetNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type BudgetNodeQuery = { node:
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type BudgetInForceQueryVariables = Exact<{
  regionCode: string;
  day: string;
}>;


export type BudgetInForceQuery = { budgetInForce: { id: string, versionLabel: string, status: VersionStatus } | null };

export type CreateBudgetMutationVariables = Exact<{
  input: CreateBudgetInput;
}>;


export type CreateBudgetMutation = { createBudget: { budget: { id: string, name: string, versionLabel: string, year: number, ownerCode: string, provinceCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, demo: boolean, notes: string | null, parameters: Record<string, unknown>, parent: { id: string } | null } } };

export type UpdateBudgetMutationVariables = Exact<{
  input: UpdateBudgetInput;
}>;


export type UpdateBudgetMutation = { updateBudget: { budget: { id: string, name: string, versionLabel: string, year: number, ownerCode: string, provinceCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, demo: boolean, notes: string | null, parameters: Record<string, unknown>, parent: { id: string } | null } } };

export type SetBudgetParametersMutationVariables = Exact<{
  id: string | number;
  parameters: Record<string, unknown>;
}>;


export type SetBudgetParametersMutation = { setBudgetParameters: { budget: { id: string, parameters: Record<string, unknown> } } };

export type SetBudgetRowsMutationVariables = Exact<{
  input: SetBudgetRowsInput;
}>;


export type SetBudgetRowsMutation = { setBudgetRows: { budget: { id: string } } };

export type PublishBudgetMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishBudgetMutation = { publishBudget: { budget: { id: string, status: VersionStatus, publishedAt: string | null } } };

export type RetireBudgetMutationVariables = Exact<{
  id: string | number;
  retiredOn?: string | null | undefined;
}>;


export type RetireBudgetMutation = { retireBudget: { budget: { id: string, status: VersionStatus, retiredOn: string | null } } };

export type OutOfRegionBudgetsQueryVariables = Exact<{
  insuredRegionCode: string;
  year: number;
}>;


export type OutOfRegionBudgetsQuery = { outOfRegionBudgets: Array<{ budgetId: string, treatmentRegionCode: string, insuredRegionCode: string, insuranceType: InsuranceType, amount: string }> };

export type HospitalPrepaymentsQueryVariables = Exact<{
  hospitalCode: string;
  year: number;
}>;


export type HospitalPrepaymentsQuery = { hospitalPrepayments: Array<{ budgetId: string, regionCode: string, hospitalCode: string, insuranceType: InsuranceType, granted: string | null }> };

export type HospitalAlliancesQueryVariables = Exact<{
  hospitalCode: string;
  year: number;
}>;


export type HospitalAlliancesQuery = { hospitalAlliances: Array<{ budgetId: string, regionCode: string, code: string, name: string, leadHospitalCode: string, budgetEmployee: string, budgetResident: string, monthlyPrepayment: string, members: Array<{ hospitalCode: string, tilt: string }> }> };

export type SetCapitationPackagesMutationVariables = Exact<{
  regionCode: string;
  year: number;
  packages: Array<CapitationPackageInput> | CapitationPackageInput;
}>;


export type SetCapitationPackagesMutation = { setCapitationPackages: Array<{ code: string, name: string, insuranceType: string, perHeadMonth: string }> };

export type SetCapitationEnrolmentMutationVariables = Exact<{
  regionCode: string;
  year: number;
  enrolment: Array<CapitationEnrolmentInput> | CapitationEnrolmentInput;
}>;


export type SetCapitationEnrolmentMutation = { setCapitationEnrolment: number };

export type CapitationLinesQueryVariables = Exact<{
  regionCode: string;
  year: number;
  hospitalCode?: string | null | undefined;
}>;


export type CapitationLinesQuery = { capitationPackages: Array<{ code: string, perHeadMonth: string }>, capitationLines: Array<{ hospitalCode: string, packageCode: string, personMonths: number, gross: string, referralCost: string, net: string }> };

export type CaseRevisionFieldsFragment = { id: string, revision: number, contentHash: string, settlementId: string, stayId: string, personPseudonym: string, insuredPersonId: string | null, insuranceType: InsuranceType, insuredRegionCode: string, sex: number, age: number | null, ageDays: number | null, birthWeights: Array<number>, admittedAt: string, dischargedAt: string, dischargeDate: string, los: number, dischargeWay: number, totalCost: string, fundPaid: string, patientPaid: string, plannedReadmission: boolean, qcStatus: QcStatus, diagnoses: Array<{ code: string, admissionCondition: number | null }>, procedures: Array<{ code: string, anaesthesiaFrom: string | null, anaesthesiaTo: string | null, bilateral: boolean | null }>, fees: Array<{ category: string, amount: string }>, fundPayments: Array<{ fund: string, amount: string }>, specialItems: Array<{ kind: SpecialItemKind, code: string, amount: string | null }>, qcIssues: Array<{ code: string, severity: QcSeverity, field: string, message: string }>, grouping: { groupedBy: string | null, status: string | null, drgStatus: string | null, drgCode: string | null, drgCatalogVersionId: string | null, rulePackageSha256: string | null, dipStatus: string | null, dipGroupCode: string | null, dipCatalogVersionId: string | null, tcmClassified: boolean | null, tcmDiseaseCode: string | null } };

export type SettlementCaseFieldsFragment = { id: string, hospitalCode: string, treatmentRegionCode: string, insuredRegionCode: string, settlementId: string, stayId: string, personPseudonym: string, currentRevision: number, insuranceType: InsuranceType, dischargeDate: string, qcStatus: QcStatus, drgCode: string | null, dipGroupCode: string | null };

export type SubmitSettlementListsMutationVariables = Exact<{
  input: Array<SettlementListInput> | SettlementListInput;
}>;


export type SubmitSettlementListsMutation = { submitSettlementLists: { accepted: number, unchanged: number, rejected: number, results: Array<{ index: number, settlementId: string | null, hospitalCode: string | null, status: IngestStatus, revision: number | null, created: boolean, issues: Array<{ code: string, severity: QcSeverity, field: string, message: string, affectsDrg: boolean, affectsDip: boolean }>, case: { id: string, hospitalCode: string, treatmentRegionCode: string, insuredRegionCode: string, settlementId: string, stayId: string, personPseudonym: string, currentRevision: number, insuranceType: InsuranceType, dischargeDate: string, qcStatus: QcStatus, drgCode: string | null, dipGroupCode: string | null } | null }> } };

export type SettlementCaseQueryVariables = Exact<{
  hospitalCode: string;
  settlementId: string;
}>;


export type SettlementCaseQuery = { settlementCase: { id: string, hospitalCode: string, treatmentRegionCode: string, insuredRegionCode: string, settlementId: string, stayId: string, personPseudonym: string, currentRevision: number, insuranceType: InsuranceType, dischargeDate: string, qcStatus: QcStatus, drgCode: string | null, dipGroupCode: string | null, current: { id: string, revision: number, contentHash: string, settlementId: string, stayId: string, personPseudonym: string, insuredPersonId: string | null, insuranceType: InsuranceType, insuredRegionCode: string, sex: number, age: number | null, ageDays: number | null, birthWeights: Array<number>, admittedAt: string, dischargedAt: string, dischargeDate: string, los: number, dischargeWay: number, totalCost: string, fundPaid: string, patientPaid: string, plannedReadmission: boolean, qcStatus: QcStatus, diagnoses: Array<{ code: string, admissionCondition: number | null }>, procedures: Array<{ code: string, anaesthesiaFrom: string | null, anaesthesiaTo: string | null, bilateral: boolean | null }>, fees: Array<{ category: string, amount: string }>, fundPayments: Array<{ fund: string, amount: string }>, specialItems: Array<{ kind: SpecialItemKind, code: string, amount: string | null }>, qcIssues: Array<{ code: string, severity: QcSeverity, field: string, message: string }>, grouping: { groupedBy: string | null, status: string | null, drgStatus: string | null, drgCode: string | null, drgCatalogVersionId: string | null, rulePackageSha256: string | null, dipStatus: string | null, dipGroupCode: string | null, dipCatalogVersionId: string | null, tcmClassified: boolean | null, tcmDiseaseCode: string | null } }, revisions: Array<{ id: string, revision: number, contentHash: string, settlementId: string, stayId: string, personPseudonym: string, insuredPersonId: string | null, insuranceType: InsuranceType, insuredRegionCode: string, sex: number, age: number | null, ageDays: number | null, birthWeights: Array<number>, admittedAt: string, dischargedAt: string, dischargeDate: string, los: number, dischargeWay: number, totalCost: string, fundPaid: string, patientPaid: string, plannedReadmission: boolean, qcStatus: QcStatus, diagnoses: Array<{ code: string, admissionCondition: number | null }>, procedures: Array<{ code: string, anaesthesiaFrom: string | null, anaesthesiaTo: string | null, bilateral: boolean | null }>, fees: Array<{ category: string, amount: string }>, fundPayments: Array<{ fund: string, amount: string }>, specialItems: Array<{ kind: SpecialItemKind, code: string, amount: string | null }>, qcIssues: Array<{ code: string, severity: QcSeverity, field: string, message: string }>, grouping: { groupedBy: string | null, status: string | null, drgStatus: string | null, drgCode: string | null, drgCatalogVersionId: string | null, rulePackageSha256: string | null, dipStatus: string | null, dipGroupCode: string | null, dipCatalogVersionId: string | null, tcmClassified: boolean | null, tcmDiseaseCode: string | null } }> } | null };

export type SettlementCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SettlementCaseFilter | null | undefined;
}>;


export type SettlementCasesQuery = { settlementCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, hospitalCode: string, treatmentRegionCode: string, insuredRegionCode: string, settlementId: string, stayId: string, personPseudonym: string, currentRevision: number, insuranceType: InsuranceType, dischargeDate: string, qcStatus: QcStatus, drgCode: string | null, dipGroupCode: string | null } }> } };

export type HospitalCasesQueryVariables = Exact<{
  code: string;
  filter?: SettlementCaseFilter | null | undefined;
}>;


export type HospitalCasesQuery = { hospital: { code: string, settlementCases: { totalCount: number, edges: Array<{ node: { settlementId: string, current: { insuredPersonId: string | null, personPseudonym: string } } }> } } | null };

export type RegionCasesQueryVariables = Exact<{
  code: string;
  filter?: SettlementCaseFilter | null | undefined;
}>;


export type RegionCasesQuery = { poolingRegion: { code: string, treatedCases: { totalCount: number, edges: Array<{ node: { settlementId: string } }> }, insuredCases: { totalCount: number, edges: Array<{ node: { settlementId: string } }> } } | null };

export type ProvinceCasesQueryVariables = Exact<{
  code: string;
  filter?: SettlementCaseFilter | null | undefined;
}>;


export type ProvinceCasesQuery = { province: { code: string, settlementCases: { totalCount: number, edges: Array<{ node: { settlementId: string, hospital: { code: string } | null } }> } } | null };

export type CaseNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { settlementId: string, id: string, current: { insuredPersonId: string | null, personPseudonym: string } }
    | { id: string }
   | null };

export type QcRulesQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type QcRulesQuery = { qcRules: Array<{ code: string, name: string, severity: QcSeverity, parameters: string, affectsDrg: boolean, affectsDip: boolean, enabled: boolean, overridden: boolean }> };

export type VersionFieldsFragment = { id: string, kind: CatalogKind, name: string, versionLabel: string, ownerScope: CatalogOwnerScope, ownerCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, scaleK: string | null, demo: boolean, parent: { id: string } | null, rulePackage: { id: string, name: string, sha256: string } | null };

export type CatalogVersionsQueryVariables = Exact<{
  filter?: CatalogVersionFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type CatalogVersionsQuery = { catalogVersions: { totalCount: number, edges: Array<{ node: { id: string, kind: CatalogKind, name: string, versionLabel: string, ownerScope: CatalogOwnerScope, ownerCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, scaleK: string | null, demo: boolean, parent: { id: string } | null, rulePackage: { id: string, name: string, sha256: string } | null } }> } };

export type CatalogVersionQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  filter?: CatalogRowFilter | null | undefined;
}>;


export type CatalogVersionQuery = { node:
    | { id: string, kind: CatalogKind, name: string, versionLabel: string, ownerScope: CatalogOwnerScope, ownerCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, scaleK: string | null, demo: boolean, drgGroups: { totalCount: number, edges: Array<{ node: { code: string, mdc: string, adrg: string, name: string, weight: string, averageCost: string | null, averageLos: string | null, origin: RowOrigin } }> }, bedDayCategories: { totalCount: number, edges: Array<{ node: { code: string, name: string, dailyStandard: string, maxDays: number | null, origin: RowOrigin } }> }, tcmDiseases: { totalCount: number, edges: Array<{ node: { code: string, name: string, icd10Codes: Array<string>, standard: string, minTcmTreatmentShare: string, minLos: number | null, maxLos: number | null, origin: RowOrigin } }> }, parent: { id: string } | null, rulePackage: { id: string, name: string, sha256: string } | null }
    | Record<PropertyKey, never>
   | null };

export type CatalogInForceQueryVariables = Exact<{
  kind: CatalogKind;
  asOf: string;
  regionCode?: string | null | undefined;
  demo?: DemoCatalogs;
}>;


export type CatalogInForceQuery = { catalogInForce: { id: string, kind: CatalogKind, name: string, versionLabel: string, ownerScope: CatalogOwnerScope, ownerCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, scaleK: string | null, demo: boolean, parent: { id: string } | null, rulePackage: { id: string, name: string, sha256: string } | null } | null };

export type CatalogDiffQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type CatalogDiffQuery = { catalogDiff: { added: Array<{ table: string, code: string, name: string, before: string | null, after: string | null }>, removed: Array<{ table: string, code: string, before: string | null }>, reweighted: Array<{ table: string, code: string, before: string | null, after: string | null }> } };

export type CodeEntriesQueryVariables = Exact<{
  kind: CodeKind;
  filter?: CodeEntryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CodeEntriesQuery = { codeEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: CodeKind, code: string, name: string } }> } };

export type CodeEntryQueryVariables = Exact<{
  kind: CodeKind;
  code: string;
}>;


export type CodeEntryQuery = { codeEntry: { code: string, name: string } | null };

export type CreateCatalogVersionMutationVariables = Exact<{
  input: CreateCatalogVersionInput;
}>;


export type CreateCatalogVersionMutation = { createCatalogVersion: { catalogVersion: { id: string, kind: CatalogKind, name: string, versionLabel: string, ownerScope: CatalogOwnerScope, ownerCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, scaleK: string | null, demo: boolean, parent: { id: string } | null, rulePackage: { id: string, name: string, sha256: string } | null } } };

export type DeriveCatalogVersionMutationVariables = Exact<{
  input: DeriveCatalogVersionInput;
}>;


export type DeriveCatalogVersionMutation = { deriveCatalogVersion: { catalogVersion: { id: string, kind: CatalogKind, name: string, versionLabel: string, ownerScope: CatalogOwnerScope, ownerCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, scaleK: string | null, demo: boolean, parent: { id: string } | null, rulePackage: { id: string, name: string, sha256: string } | null } } };

export type UpdateCatalogVersionMutationVariables = Exact<{
  input: UpdateCatalogVersionInput;
}>;


export type UpdateCatalogVersionMutation = { updateCatalogVersion: { catalogVersion: { id: string, kind: CatalogKind, name: string, versionLabel: string, ownerScope: CatalogOwnerScope, ownerCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, scaleK: string | null, demo: boolean, parent: { id: string } | null, rulePackage: { id: string, name: string, sha256: string } | null } } };

export type PublishCatalogVersionMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishCatalogVersionMutation = { publishCatalogVersion: { catalogVersion: { id: string, kind: CatalogKind, name: string, versionLabel: string, ownerScope: CatalogOwnerScope, ownerCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, scaleK: string | null, demo: boolean, parent: { id: string } | null, rulePackage: { id: string, name: string, sha256: string } | null } } };

export type RetireCatalogVersionMutationVariables = Exact<{
  id: string | number;
  retiredOn?: string | null | undefined;
}>;


export type RetireCatalogVersionMutation = { retireCatalogVersion: { catalogVersion: { id: string, kind: CatalogKind, name: string, versionLabel: string, ownerScope: CatalogOwnerScope, ownerCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, scaleK: string | null, demo: boolean, parent: { id: string } | null, rulePackage: { id: string, name: string, sha256: string } | null } } };

export type UpsertDrgGroupsMutationVariables = Exact<{
  versionId: string | number;
  groups: Array<DrgGroupInput> | DrgGroupInput;
}>;


export type UpsertDrgGroupsMutation = { upsertDrgGroups: { count: number, catalogVersion: { id: string } } };

export type UpsertTcmDiseasesMutationVariables = Exact<{
  versionId: string | number;
  diseases: Array<TcmDiseaseInput> | TcmDiseaseInput;
}>;


export type UpsertTcmDiseasesMutation = { upsertTcmDiseases: { count: number } };

export type UpsertBedDayCategoriesMutationVariables = Exact<{
  versionId: string | number;
  categories: Array<BedDayCategoryInput> | BedDayCategoryInput;
}>;


export type UpsertBedDayCategoriesMutation = { upsertBedDayCategories: { count: number } };

export type RemoveCatalogRowsMutationVariables = Exact<{
  versionId: string | number;
  codes: Array<string> | string;
}>;


export type RemoveCatalogRowsMutation = { removeCatalogRows: { count: number } };

export type UploadRulePackageMutationVariables = Exact<{
  input: UploadRulePackageInput;
}>;


export type UploadRulePackageMutation = { uploadRulePackage: { rulePackage: { id: string, name: string, version: string, sha256: string, ownerScope: CatalogOwnerScope, ownerCode: string } } };

export type GroupCaseQueryVariables = Exact<{
  input: CaseGroupingInput;
  catalogVersion?: string | number | null | undefined;
  asOf?: string | null | undefined;
  method?: GroupingMethod | null | undefined;
  regionCode?: string | null | undefined;
  demo?: DemoCatalogs;
}>;


export type GroupCaseQuery = { groupCase: { caseId: string | null, groupedBy: GroupedBy, status: string, explanation: Array<string>, trace: string, catalogVersion: { id: string, name: string }, drg: { status: string, mdc: string | null, adrg: string | null, drg: string | null, drgName: string | null, group: { code: string, weight: string, origin: RowOrigin } | null, rulePackage: { sha256: string } } | null, dip: { status: string, groupCode: string | null, groupKind: string | null, baseScore: string | null, auxFactor: string | null, adjustedScore: string | null, group: { code: string, name: string, score: string } | null } | null, tcm: { classified: boolean, reasons: Array<string>, disease: { code: string, name: string, standard: string } | null } | null } };

export type UploadDipCatalogMutationVariables = Exact<{
  input: UploadDipCatalogInput;
}>;


export type UploadDipCatalogMutation = { uploadDipCatalog: { count: number } };

export type DipGroupsQueryVariables = Exact<{
  id: string | number;
}>;


export type DipGroupsQuery = { node:
    | { dipGroups: { totalCount: number, edges: Array<{ node: { code: string, score: string, origin: RowOrigin } }> } }
    | Record<PropertyKey, never>
   | null };

export type SetInterRegionVariantMutationVariables = Exact<{
  provinceCode: string;
  year: number;
  variant: InterRegionVariant;
}>;


export type SetInterRegionVariantMutation = { setInterRegionVariant: InterRegionVariant };

export type SetInterRegionPrepaymentsMutationVariables = Exact<{
  provinceCode: string;
  year: number;
  prepayments: Array<InterRegionPrepaymentInput> | InterRegionPrepaymentInput;
}>;


export type SetInterRegionPrepaymentsMutation = { setInterRegionPrepayments: number };

export type ComputeInterRegionClearingMutationVariables = Exact<{
  provinceCode: string;
  year: number;
}>;


export type ComputeInterRegionClearingMutation = { computeInterRegionClearing: { clearing: { id: string, status: ClearingRunStatus, variant: InterRegionVariant }, job: { id: string, status: JobStatus } } };

export type ApproveInterRegionClearingMutationVariables = Exact<{
  provinceCode: string;
  year: number;
}>;


export type ApproveInterRegionClearingMutation = { approveInterRegionClearing: { id: string, status: ClearingRunStatus, approvedAt: string | null } };

export type InterRegionClearingQueryVariables = Exact<{
  provinceCode: string;
  year: number;
  regionCode?: string | null | undefined;
}>;


export type InterRegionClearingQuery = { interRegionClearing: { id: string, provinceCode: string, year: number, variant: InterRegionVariant, status: ClearingRunStatus, computedAt: string | null, matrixCsv: string, pairs: Array<{ treatmentRegionCode: string, insuredRegionCode: string, insuranceType: string, caseCount: number, unpricedCases: number, totalCost: string, patientShare: string, itemisedFundPaid: string, drgDipFundDue: string, points: string, pointValue: string | null, coefficientApplied: string | null, specialCases: number, disputedCases: number, prepayment: string, due: string, delta: string, balance: string }>, positions: Array<{ regionCode: string, receivable: string, payable: string, net: string }> } | null };

export type InterRegionStatementQueryVariables = Exact<{
  provinceCode: string;
  year: number;
  regionCode: string;
}>;


export type InterRegionStatementQuery = { interRegionClearing: { statementCsv: string } | null };

export type JobQueryVariables = Exact<{
  id: string | number;
}>;


export type JobQuery = { job: { id: string, kind: string, parameters: string, status: JobStatus, done: number, total: number | null, startedByScope: Scope, startedByCode: string, provinceCode: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, updatedAt: string, error: { code: string, reason: string, message: string } | null } | null };

export type JobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: JobFilter | null | undefined;
}>;


export type JobsQuery = { jobs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: string, status: JobStatus, done: number, total: number | null, startedByCode: string } }> } };

export type CancelJobMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelJobMutation = { cancelJob: { job: { id: string, status: JobStatus, done: number, total: number | null, finishedAt: string | null } } };

export type ComputeMonthlySettlementMutationVariables = Exact<{
  regionCode: string;
  month: string;
}>;


export type ComputeMonthlySettlementMutation = { computeMonthlySettlement: { batch: { id: string, month: string, status: MonthlyBatchStatus }, job: { id: string, status: JobStatus } } };

export type CloseMonthlySettlementMutationVariables = Exact<{
  regionCode: string;
  month: string;
}>;


export type CloseMonthlySettlementMutation = { closeMonthlySettlement: { batch: { id: string, status: MonthlyBatchStatus, closedAt: string | null } } };

export type MonthlySettlementQueryVariables = Exact<{
  regionCode: string;
  month: string;
  hospitalCode?: string | null | undefined;
}>;


export type MonthlySettlementQuery = { monthlySettlement: { id: string, regionCode: string, month: string, status: MonthlyBatchStatus, paymentShare: string, depositShare: string, pointValueEmployee: string | null, pointValueResident: string | null, caseCount: number, correctionCount: number, fundDue: string, provisional: string, deposit: string, paid: string, computedAt: string | null, closedAt: string | null, lines: Array<{ hospitalCode: string, caseCount: number, correctionCount: number, fundDue: string, provisional: string, deposit: string, paid: string }> } | null };

export type MonthlySettlementsQueryVariables = Exact<{
  regionCode: string;
  year: number;
}>;


export type MonthlySettlementsQuery = { monthlySettlements: Array<{ month: string, status: MonthlyBatchStatus, caseCount: number, fundDue: string }> };

export type RepricePeriodMutationVariables = Exact<{
  regionCode: string;
  from: string;
  to: string;
}>;


export type RepricePeriodMutation = { repricePeriod: { job: { id: string, kind: string, status: JobStatus, done: number, total: number | null, parameters: string } } };

export type RegroupPeriodMutationVariables = Exact<{
  regionCode: string;
  from: string;
  to: string;
}>;


export type RegroupPeriodMutation = { regroupPeriod: { job: { id: string, kind: string, status: JobStatus, done: number, total: number | null } } };

export type CaseRegroupingsQueryVariables = Exact<{
  hospitalCode: string;
  settlementId: string;
}>;


export type CaseRegroupingsQuery = { settlementCase: { current: { grouping: { drgCode: string | null }, regroupings: Array<{ jobId: string, regroupedAt: string, before: { drgCode: string | null, drgCatalogVersionId: string | null }, after: { drgCode: string | null, drgCatalogVersionId: string | null } }> } } | null };

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
    | { __typename: 'AnnualClearing', id: string }
    | { __typename: 'Budget', id: string }
    | { __typename: 'CaseRevision', id: string }
    | { __typename: 'CatalogVersion', id: string }
    | { __typename: 'Hospital', code: string, provinceCode: string, id: string }
    | { __typename: 'InterRegionClearing', id: string }
    | { __typename: 'Job', id: string }
    | { __typename: 'MonthlyBatch', id: string }
    | { __typename: 'PaymentStandard', id: string }
    | { __typename: 'PoolingRegion', code: string, provinceCode: string, id: string }
    | { __typename: 'Province', code: string, id: string }
    | { __typename: 'RulePackage', id: string }
    | { __typename: 'SettlementCase', id: string }
    | { __typename: 'SpecialCaseApplication', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'AnnualClearing', id: string }
    | { __typename: 'Budget', id: string }
    | { __typename: 'CaseRevision', id: string }
    | { __typename: 'CatalogVersion', id: string }
    | { __typename: 'Hospital', id: string }
    | { __typename: 'InterRegionClearing', id: string }
    | { __typename: 'Job', id: string }
    | { __typename: 'MonthlyBatch', id: string }
    | { __typename: 'PaymentStandard', id: string }
    | { __typename: 'PoolingRegion', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'RulePackage', id: string }
    | { __typename: 'SettlementCase', id: string }
    | { __typename: 'SpecialCaseApplication', id: string }
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

export type ProvinceRegionsHospitalsQueryVariables = Exact<{
  code: string;
  regions?: number | null | undefined;
  hospitals?: number | null | undefined;
}>;


export type ProvinceRegionsHospitalsQuery = { province: { code: string, name: string, poolingRegions: { edges: Array<{ node: { code: string, name: string, hospitals: { edges: Array<{ node: { code: string, name: string, level: HospitalLevel } }> } } }> } } | null };

export type SpecialCaseApplicationFieldsFragment = { id: string, provinceCode: string, revision: number, hospitalCode: string, treatmentRegionCode: string, insuredRegionCode: string, dischargeDate: string, category: SpecialCaseCategory, reason: string, claimedAmount: string | null, status: SpecialCaseStatus, appliedAt: string, closedAt: string | null, decision: { outcome: SpecialCaseOutcome, payment: SpecialCasePaymentKind | null, reason: string | null, revision: number, totalCost: string, formulaAmount: string | null, finalAmount: string | null, patientShare: string, fundDue: string | null, adjustment: string | null, cap: { scope: string, period: string, periodFrom: string, periodTo: string, share: string, caseCount: number, allowed: number, used: number } | null } | null, comments: Array<{ authorScope: string, authorCode: string, body: string }> };

export type ApplySpecialCaseMutationVariables = Exact<{
  input: ApplySpecialCaseInput;
}>;


export type ApplySpecialCaseMutation = { applySpecialCase: { application: { id: string, provinceCode: string, revision: number, hospitalCode: string, treatmentRegionCode: string, insuredRegionCode: string, dischargeDate: string, category: SpecialCaseCategory, reason: string, claimedAmount: string | null, status: SpecialCaseStatus, appliedAt: string, closedAt: string | null, decision: { outcome: SpecialCaseOutcome, payment: SpecialCasePaymentKind | null, reason: string | null, revision: number, totalCost: string, formulaAmount: string | null, finalAmount: string | null, patientShare: string, fundDue: string | null, adjustment: string | null, cap: { scope: string, period: string, periodFrom: string, periodTo: string, share: string, caseCount: number, allowed: number, used: number } | null } | null, comments: Array<{ authorScope: string, authorCode: string, body: string }> } } };

export type WithdrawSpecialCaseMutationVariables = Exact<{
  applicationId: string | number;
}>;


export type WithdrawSpecialCaseMutation = { withdrawSpecialCase: { application: { id: string, provinceCode: string, revision: number, hospitalCode: string, treatmentRegionCode: string, insuredRegionCode: string, dischargeDate: string, category: SpecialCaseCategory, reason: string, claimedAmount: string | null, status: SpecialCaseStatus, appliedAt: string, closedAt: string | null, decision: { outcome: SpecialCaseOutcome, payment: SpecialCasePaymentKind | null, reason: string | null, revision: number, totalCost: string, formulaAmount: string | null, finalAmount: string | null, patientShare: string, fundDue: string | null, adjustment: string | null, cap: { scope: string, period: string, periodFrom: string, periodTo: string, share: string, caseCount: number, allowed: number, used: number } | null } | null, comments: Array<{ authorScope: string, authorCode: string, body: string }> } } };

export type DecideSpecialCaseMutationVariables = Exact<{
  input: DecideSpecialCaseInput;
}>;


export type DecideSpecialCaseMutation = { decideSpecialCase: { application: { id: string, provinceCode: string, revision: number, hospitalCode: string, treatmentRegionCode: string, insuredRegionCode: string, dischargeDate: string, category: SpecialCaseCategory, reason: string, claimedAmount: string | null, status: SpecialCaseStatus, appliedAt: string, closedAt: string | null, decision: { outcome: SpecialCaseOutcome, payment: SpecialCasePaymentKind | null, reason: string | null, revision: number, totalCost: string, formulaAmount: string | null, finalAmount: string | null, patientShare: string, fundDue: string | null, adjustment: string | null, cap: { scope: string, period: string, periodFrom: string, periodTo: string, share: string, caseCount: number, allowed: number, used: number } | null } | null, comments: Array<{ authorScope: string, authorCode: string, body: string }> } } };

export type CommentSpecialCaseMutationVariables = Exact<{
  input: CommentSpecialCaseInput;
}>;


export type CommentSpecialCaseMutation = { commentSpecialCase: { application: { id: string, provinceCode: string, revision: number, hospitalCode: string, treatmentRegionCode: string, insuredRegionCode: string, dischargeDate: string, category: SpecialCaseCategory, reason: string, claimedAmount: string | null, status: SpecialCaseStatus, appliedAt: string, closedAt: string | null, decision: { outcome: SpecialCaseOutcome, payment: SpecialCasePaymentKind | null, reason: string | null, revision: number, totalCost: string, formulaAmount: string | null, finalAmount: string | null, patientShare: string, fundDue: string | null, adjustment: string | null, cap: { scope: string, period: string, periodFrom: string, periodTo: string, share: string, caseCount: number, allowed: number, used: number } | null } | null, comments: Array<{ authorScope: string, authorCode: string, body: string }> } } };

export type SpecialCaseApplicationsQueryVariables = Exact<{
  filter?: SpecialCaseApplicationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type SpecialCaseApplicationsQuery = { specialCaseApplications: { totalCount: number, edges: Array<{ node: { id: string, provinceCode: string, revision: number, hospitalCode: string, treatmentRegionCode: string, insuredRegionCode: string, dischargeDate: string, category: SpecialCaseCategory, reason: string, claimedAmount: string | null, status: SpecialCaseStatus, appliedAt: string, closedAt: string | null, decision: { outcome: SpecialCaseOutcome, payment: SpecialCasePaymentKind | null, reason: string | null, revision: number, totalCost: string, formulaAmount: string | null, finalAmount: string | null, patientShare: string, fundDue: string | null, adjustment: string | null, cap: { scope: string, period: string, periodFrom: string, periodTo: string, share: string, caseCount: number, allowed: number, used: number } | null } | null, comments: Array<{ authorScope: string, authorCode: string, body: string }> } }> } };

export type SpecialCaseApplicationNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type SpecialCaseApplicationNodeQuery = { node:
    | { id: string, provinceCode: string, revision: number, hospitalCode: string, treatmentRegionCode: string, insuredRegionCode: string, dischargeDate: string, category: SpecialCaseCategory, reason: string, claimedAmount: string | null, status: SpecialCaseStatus, appliedAt: string, closedAt: string | null, decision: { outcome: SpecialCaseOutcome, payment: SpecialCasePaymentKind | null, reason: string | null, revision: number, totalCost: string, formulaAmount: string | null, finalAmount: string | null, patientShare: string, fundDue: string | null, adjustment: string | null, cap: { scope: string, period: string, periodFrom: string, periodTo: string, share: string, caseCount: number, allowed: number, used: number } | null } | null, comments: Array<{ authorScope: string, authorCode: string, body: string }> }
    | Record<PropertyKey, never>
   | null };

export type RegionSpecialCaseApplicationsQueryVariables = Exact<{
  code: string;
  filter?: SpecialCaseApplicationFilter | null | undefined;
}>;


export type RegionSpecialCaseApplicationsQuery = { poolingRegion: { treatedSpecialCaseApplications: { totalCount: number, edges: Array<{ node: { id: string, status: SpecialCaseStatus, category: SpecialCaseCategory } }> }, insuredSpecialCaseApplications: { totalCount: number, edges: Array<{ node: { id: string, status: SpecialCaseStatus } }> } } | null };

export type HospitalSpecialCaseApplicationsQueryVariables = Exact<{
  code: string;
  filter?: SpecialCaseApplicationFilter | null | undefined;
}>;


export type HospitalSpecialCaseApplicationsQuery = { hospital: { specialCaseApplications: { totalCount: number, edges: Array<{ node: { id: string, status: SpecialCaseStatus } }> } } | null };

export type ProvinceSpecialCaseApplicationsQueryVariables = Exact<{
  code: string;
  filter?: SpecialCaseApplicationFilter | null | undefined;
}>;


export type ProvinceSpecialCaseApplicationsQuery = { province: { specialCaseApplications: { totalCount: number, edges: Array<{ node: { id: string, status: SpecialCaseStatus } }> } } | null };

export type CaseSpecialCaseQueryVariables = Exact<{
  hospitalCode: string;
  settlementId: string;
}>;


export type CaseSpecialCaseQuery = { settlementCase: { id: string, currentRevision: number, specialCaseApplications: { totalCount: number, edges: Array<{ node: { id: string, status: SpecialCaseStatus, revision: number } }> }, payment: { provisionalAmount: string, patientShare: string, fundDue: string } | null, finalPayment: { source: string, amount: string, patientShare: string, fundDue: string, decision: { outcome: SpecialCaseOutcome, finalAmount: string | null } | null } | null, revisions: Array<{ revision: number, specialCaseDecision: { outcome: SpecialCaseOutcome, finalAmount: string | null, fundDue: string | null } | null, finalPayment: { source: string, amount: string, fundDue: string } | null }> } | null };

export type CasePaymentFieldsFragment = { caseClass: CaseClass, rule: string, method: PaymentMethod, groupCode: string | null, baseValue: string | null, comparator: string | null, comparatorAmount: string | null, ratio: string | null, highThreshold: string | null, lowThreshold: string | null, points: string | null, pointValue: string | null, standardAmount: string | null, amount: string, provisionalAmount: string, patientShare: string, fundDue: string, flags: Array<string>, dischargeDate: string, coefficients: Array<{ kind: string, value: string, source: string }>, trace: { paymentStandardId: string, catalogVersionId: string | null, rulePackageSha256: string | null } };

export type CasePaymentQueryVariables = Exact<{
  hospitalCode: string;
  settlementId: string;
}>;


export type CasePaymentQuery = { settlementCase: { currentRevision: number, payment: { caseClass: CaseClass, rule: string, method: PaymentMethod, groupCode: string | null, baseValue: string | null, comparator: string | null, comparatorAmount: string | null, ratio: string | null, highThreshold: string | null, lowThreshold: string | null, points: string | null, pointValue: string | null, standardAmount: string | null, amount: string, provisionalAmount: string, patientShare: string, fundDue: string, flags: Array<string>, dischargeDate: string, coefficients: Array<{ kind: string, value: string, source: string }>, trace: { paymentStandardId: string, catalogVersionId: string | null, rulePackageSha256: string | null } } | null, paymentIssue: { code: string, message: string, paymentStandardId: string | null } | null, current: { revision: number, grouping: { drgCode: string | null } }, revisions: Array<{ revision: number, totalCost: string, payment: { caseClass: CaseClass, rule: string, method: PaymentMethod, groupCode: string | null, baseValue: string | null, comparator: string | null, comparatorAmount: string | null, ratio: string | null, highThreshold: string | null, lowThreshold: string | null, points: string | null, pointValue: string | null, standardAmount: string | null, amount: string, provisionalAmount: string, patientShare: string, fundDue: string, flags: Array<string>, dischargeDate: string, coefficients: Array<{ kind: string, value: string, source: string }>, trace: { paymentStandardId: string, catalogVersionId: string | null, rulePackageSha256: string | null } } | null, paymentIssue: { code: string, message: string } | null }> } | null };

export type CasePaymentsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: SettlementCaseFilter | null | undefined;
}>;


export type CasePaymentsQuery = { settlementCases: { edges: Array<{ node: { settlementId: string, payment: { caseClass: CaseClass, fundDue: string } | null, paymentIssue: { code: string } | null, revisions: Array<{ revision: number, payment: { caseClass: CaseClass, fundDue: string } | null }> } }> } };

export type StandardFieldsFragment = { id: string, method: PaymentMethod, name: string, versionLabel: string, year: number, ownerScope: StandardOwnerScope, ownerCode: string, provinceCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, demo: boolean, notes: string | null, parameters: Record<string, unknown>, parent: { id: string } | null, catalogVersion: { id: string, kind: CatalogKind } | null };

export type PaymentStandardsQueryVariables = Exact<{
  ownerCode?: string | null | undefined;
  filter?: PaymentStandardFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaymentStandardsQuery = { paymentStandards: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, method: PaymentMethod, name: string, ownerScope: StandardOwnerScope, ownerCode: string, status: VersionStatus, year: number, demo: boolean } }> } };

export type PaymentStandardQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type PaymentStandardQuery = { node:
    | { id: string, method: PaymentMethod, name: string, versionLabel: string, year: number, ownerScope: StandardOwnerScope, ownerCode: string, provinceCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, demo: boolean, notes: string | null, parameters: Record<string, unknown>, coefficients: { totalCount: number, edges: Array<{ node: { hospitalCode: string | null, level: HospitalLevel | null, grade: HospitalGrade | null, groupCode: string | null, coefficient: string } }> }, outOfRegionCoefficients: { totalCount: number, edges: Array<{ node: { insuredRegionCode: string, coefficient: string } }> }, bedDays: { totalCount: number, edges: Array<{ node: { categoryCode: string, dailyPoints: string | null, dailyAmount: string | null, maxDays: number | null } }> }, tcmAdvantage: { totalCount: number, edges: Array<{ node: { diseaseCode: string, standard: string, prePilotStandard: string } }> }, exclusionItems: { totalCount: number, edges: Array<{ node: { itemKind: ExclusionItemKind, code: string, name: string, effectiveFrom: string, effectiveTo: string | null } }> }, parent: { id: string } | null, catalogVersion: { id: string, kind: CatalogKind } | null }
    | Record<PropertyKey, never>
   | null };

export type PaymentStandardInForceQueryVariables = Exact<{
  method: PaymentMethod;
  asOf: string;
  regionCode?: string | null | undefined;
}>;


export type PaymentStandardInForceQuery = { paymentStandardInForce: { id: string, method: PaymentMethod, name: string, versionLabel: string, year: number, ownerScope: StandardOwnerScope, ownerCode: string, provinceCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, demo: boolean, notes: string | null, parameters: Record<string, unknown>, parent: { id: string } | null, catalogVersion: { id: string, kind: CatalogKind } | null } | null };

export type CreatePaymentStandardMutationVariables = Exact<{
  input: CreatePaymentStandardInput;
}>;


export type CreatePaymentStandardMutation = { createPaymentStandard: { paymentStandard: { id: string, method: PaymentMethod, name: string, versionLabel: string, year: number, ownerScope: StandardOwnerScope, ownerCode: string, provinceCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, demo: boolean, notes: string | null, parameters: Record<string, unknown>, parent: { id: string } | null, catalogVersion: { id: string, kind: CatalogKind } | null } } };

export type UpdatePaymentStandardMutationVariables = Exact<{
  input: UpdatePaymentStandardInput;
}>;


export type UpdatePaymentStandardMutation = { updatePaymentStandard: { paymentStandard: { id: string, method: PaymentMethod, name: string, versionLabel: string, year: number, ownerScope: StandardOwnerScope, ownerCode: string, provinceCode: string, status: VersionStatus, effectiveFrom: string, effectiveTo: string | null, retiredOn: string | null, demo: boolean, notes: string | null, parameters: Record<string, unknown>, parent: { id: string } | null, catalogVersion: { id: string, kind: CatalogKind } | null } } };

export type SetPaymentStandardParametersMutationVariables = Exact<{
  id: string | number;
  parameters: Record<string, unknown>;
}>;


export type SetPaymentStandardParametersMutation = { setPaymentStandardParameters: { paymentStandard: { id: string, parameters: Record<string, unknown> } } };

export type SetPaymentStandardRowsMutationVariables = Exact<{
  input: SetPaymentStandardRowsInput;
}>;


export type SetPaymentStandardRowsMutation = { setPaymentStandardRows: { paymentStandard: { id: string, coefficients: { totalCount: number }, outOfRegionCoefficients: { totalCount: number }, bedDays: { totalCount: number }, tcmAdvantage: { totalCount: number }, exclusionItems: { totalCount: number } } } };

export type PublishPaymentStandardMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishPaymentStandardMutation = { publishPaymentStandard: { paymentStandard: { id: string, status: VersionStatus } } };

export type RetirePaymentStandardMutationVariables = Exact<{
  id: string | number;
  retiredOn?: string | null | undefined;
}>;


export type RetirePaymentStandardMutation = { retirePaymentStandard: { paymentStandard: { id: string, status: VersionStatus, retiredOn: string | null } } };

export type RegionPaymentStandardsQueryVariables = Exact<{
  code: string;
  filter?: PaymentStandardFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type RegionPaymentStandardsQuery = { poolingRegion: { code: string, paymentStandards: { totalCount: number, edges: Array<{ node: { id: string, ownerCode: string, method: PaymentMethod, status: VersionStatus } }> } } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { subject: string, scope: Scope, code: string, roles: Array<string>, provinceCode: string | null, province: { code: string, name: string } | null, tenant:
      | { __typename: 'Hospital', code: string, name: string }
      | { __typename: 'PoolingRegion', code: string, name: string }
      | { __typename: 'Province', code: string, name: string }
     | null } };

export const BudgetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Budget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BudgetFieldsFragment, unknown>;
export const CaseRevisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRevisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"personPseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"insuredPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"birthWeights"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"los"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeWay"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"admissionCondition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"anaesthesiaFrom"}},{"kind":"Field","name":{"kind":"Name","value":"anaesthesiaTo"}},{"kind":"Field","name":{"kind":"Name","value":"bilateral"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"fundPayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundPaid"}},{"kind":"Field","name":{"kind":"Name","value":"patientPaid"}},{"kind":"Field","name":{"kind":"Name","value":"specialItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedReadmission"}},{"kind":"Field","name":{"kind":"Name","value":"qcStatus"}},{"kind":"Field","name":{"kind":"Name","value":"qcIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grouping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drgStatus"}},{"kind":"Field","name":{"kind":"Name","value":"drgCode"}},{"kind":"Field","name":{"kind":"Name","value":"drgCatalogVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"rulePackageSha256"}},{"kind":"Field","name":{"kind":"Name","value":"dipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"dipGroupCode"}},{"kind":"Field","name":{"kind":"Name","value":"dipCatalogVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"tcmClassified"}},{"kind":"Field","name":{"kind":"Name","value":"tcmDiseaseCode"}}]}}]}}]} as unknown as DocumentNode<CaseRevisionFieldsFragment, unknown>;
export const SettlementCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"personPseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"qcStatus"}},{"kind":"Field","name":{"kind":"Name","value":"drgCode"}},{"kind":"Field","name":{"kind":"Name","value":"dipGroupCode"}}]}}]} as unknown as DocumentNode<SettlementCaseFieldsFragment, unknown>;
export const VersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scaleK"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulePackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<VersionFieldsFragment, unknown>;
export const HospitalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HospitalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hospital"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]} as unknown as DocumentNode<HospitalFieldsFragment, unknown>;
export const RegionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolingRegion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]} as unknown as DocumentNode<RegionFieldsFragment, unknown>;
export const SpecialCaseApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialCaseApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"payment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"formulaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"finalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorScope"}},{"kind":"Field","name":{"kind":"Name","value":"authorCode"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<SpecialCaseApplicationFieldsFragment, unknown>;
export const CasePaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CasePaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CasePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseClass"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorAmount"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"highThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"lowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"coefficients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointValue"}},{"kind":"Field","name":{"kind":"Name","value":"standardAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStandardId"}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"rulePackageSha256"}}]}}]}}]} as unknown as DocumentNode<CasePaymentFieldsFragment, unknown>;
export const StandardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStandard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<StandardFieldsFragment, unknown>;
export const CaseAggregatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseAggregates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAggregateDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSite"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"insuranceType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolingRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"caseAggregates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"site"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}},{"kind":"Argument","name":{"kind":"Name","value":"insuranceType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"insuranceType"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"pricedCases"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"pricedCases"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseAggregatesQuery, CaseAggregatesQueryVariables>;
export const ComputeAnnualClearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputeAnnualClearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeAnnualClearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ComputeAnnualClearingMutation, ComputeAnnualClearingMutationVariables>;
export const ApproveAnnualClearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAnnualClearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAnnualClearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveAnnualClearingMutation, ApproveAnnualClearingMutationVariables>;
export const SetAssessmentScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAssessmentScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentScoreInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAssessmentScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<SetAssessmentScoresMutation, SetAssessmentScoresMutationVariables>;
export const AssessmentScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<AssessmentScoresQuery, AssessmentScoresQueryVariables>;
export const AnnualClearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualClearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualClearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budgetId"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedCases"}},{"kind":"Field","name":{"kind":"Name","value":"fundBudget"}},{"kind":"Field","name":{"kind":"Name","value":"reserve"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"clearingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"fundBudget"}},{"kind":"Field","name":{"kind":"Name","value":"outOfRegionBudget"}},{"kind":"Field","name":{"kind":"Name","value":"reserve"}},{"kind":"Field","name":{"kind":"Name","value":"distributable"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"pointValue"}},{"kind":"Field","name":{"kind":"Name","value":"pointValueDisplay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hospitalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"fixedFundDue"}},{"kind":"Field","name":{"kind":"Name","value":"outOfRegionFundDue"}},{"kind":"Field","name":{"kind":"Name","value":"specialCaseAdjustment"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionAdjustment"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentScore"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentAdjustment"}},{"kind":"Field","name":{"kind":"Name","value":"allianceCode"}},{"kind":"Field","name":{"kind":"Name","value":"allianceAdjustment"}},{"kind":"Field","name":{"kind":"Name","value":"capitation"}},{"kind":"Field","name":{"kind":"Name","value":"depositWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"depositReleased"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPayments"}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentRecovered"}},{"kind":"Field","name":{"kind":"Name","value":"clearingAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceCode"}},{"kind":"Field","name":{"kind":"Name","value":"leadHospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}}]}}]}}]}}]} as unknown as DocumentNode<AnnualClearingQuery, AnnualClearingQueryVariables>;
export const BudgetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Budgets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BudgetsQuery, BudgetsQueryVariables>;
export const BudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Budget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetFields"}},{"kind":"Field","name":{"kind":"Name","value":"outOfRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prepayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpending"}},{"kind":"Field","name":{"kind":"Name","value":"fundBalanceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alliances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leadHospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"budgetResident"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrepayment"}},{"kind":"Field","name":{"kind":"Name","value":"surplusBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToShare"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overspendBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upToShare"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allianceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceCode"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"tilt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Budget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BudgetQuery, BudgetQueryVariables>;
export const BudgetNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Budget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetNodeQuery, BudgetNodeQueryVariables>;
export const BudgetInForceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetInForce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetInForce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BudgetInForceQuery, BudgetInForceQueryVariables>;
export const CreateBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Budget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateBudgetMutation, CreateBudgetMutationVariables>;
export const UpdateBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Budget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateBudgetMutation, UpdateBudgetMutationVariables>;
export const SetBudgetParametersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBudgetParameters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parameters"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBudgetParameters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"parameters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parameters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}}]}}]}}]}}]} as unknown as DocumentNode<SetBudgetParametersMutation, SetBudgetParametersMutationVariables>;
export const SetBudgetRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBudgetRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBudgetRowsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBudgetRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetBudgetRowsMutation, SetBudgetRowsMutationVariables>;
export const PublishBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PublishBudgetMutation, PublishBudgetMutationVariables>;
export const RetireBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retiredOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"retiredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retiredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}}]}}]}}]}}]} as unknown as DocumentNode<RetireBudgetMutation, RetireBudgetMutationVariables>;
export const OutOfRegionBudgetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutOfRegionBudgets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"insuredRegionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outOfRegionBudgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"insuredRegionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"insuredRegionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetId"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<OutOfRegionBudgetsQuery, OutOfRegionBudgetsQueryVariables>;
export const HospitalPrepaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HospitalPrepayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitalPrepayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hospitalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}}]}}]} as unknown as DocumentNode<HospitalPrepaymentsQuery, HospitalPrepaymentsQueryVariables>;
export const HospitalAlliancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HospitalAlliances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitalAlliances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hospitalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leadHospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"budgetResident"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrepayment"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"tilt"}}]}}]}}]}}]} as unknown as DocumentNode<HospitalAlliancesQuery, HospitalAlliancesQueryVariables>;
export const SetCapitationPackagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCapitationPackages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packages"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapitationPackageInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCapitationPackages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"packages"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packages"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"perHeadMonth"}}]}}]}}]} as unknown as DocumentNode<SetCapitationPackagesMutation, SetCapitationPackagesMutationVariables>;
export const SetCapitationEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCapitationEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolment"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapitationEnrolmentInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCapitationEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"enrolment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolment"}}}]}]}}]} as unknown as DocumentNode<SetCapitationEnrolmentMutation, SetCapitationEnrolmentMutationVariables>;
export const CapitationLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapitationLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capitationPackages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"perHeadMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capitationLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"hospitalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"packageCode"}},{"kind":"Field","name":{"kind":"Name","value":"personMonths"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"referralCost"}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}}]}}]} as unknown as DocumentNode<CapitationLinesQuery, CapitationLinesQueryVariables>;
export const SubmitSettlementListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSettlementLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementListInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSettlementLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"affectsDrg"}},{"kind":"Field","name":{"kind":"Name","value":"affectsDip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementCaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"personPseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"qcStatus"}},{"kind":"Field","name":{"kind":"Name","value":"drgCode"}},{"kind":"Field","name":{"kind":"Name","value":"dipGroupCode"}}]}}]} as unknown as DocumentNode<SubmitSettlementListsMutation, SubmitSettlementListsMutationVariables>;
export const SettlementCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hospitalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"settlementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementCaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRevisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRevisionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"personPseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"qcStatus"}},{"kind":"Field","name":{"kind":"Name","value":"drgCode"}},{"kind":"Field","name":{"kind":"Name","value":"dipGroupCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRevisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"personPseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"insuredPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"birthWeights"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"los"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeWay"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"admissionCondition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"anaesthesiaFrom"}},{"kind":"Field","name":{"kind":"Name","value":"anaesthesiaTo"}},{"kind":"Field","name":{"kind":"Name","value":"bilateral"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"fundPayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundPaid"}},{"kind":"Field","name":{"kind":"Name","value":"patientPaid"}},{"kind":"Field","name":{"kind":"Name","value":"specialItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedReadmission"}},{"kind":"Field","name":{"kind":"Name","value":"qcStatus"}},{"kind":"Field","name":{"kind":"Name","value":"qcIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grouping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drgStatus"}},{"kind":"Field","name":{"kind":"Name","value":"drgCode"}},{"kind":"Field","name":{"kind":"Name","value":"drgCatalogVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"rulePackageSha256"}},{"kind":"Field","name":{"kind":"Name","value":"dipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"dipGroupCode"}},{"kind":"Field","name":{"kind":"Name","value":"dipCatalogVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"tcmClassified"}},{"kind":"Field","name":{"kind":"Name","value":"tcmDiseaseCode"}}]}}]}}]} as unknown as DocumentNode<SettlementCaseQuery, SettlementCaseQueryVariables>;
export const SettlementCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementCaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"personPseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"qcStatus"}},{"kind":"Field","name":{"kind":"Name","value":"drgCode"}},{"kind":"Field","name":{"kind":"Name","value":"dipGroupCode"}}]}}]} as unknown as DocumentNode<SettlementCasesQuery, SettlementCasesQueryVariables>;
export const HospitalCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HospitalCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospital"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"settlementCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"personPseudonym"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HospitalCasesQuery, HospitalCasesQueryVariables>;
export const RegionCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolingRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"treatedCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuredCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionCasesQuery, RegionCasesQueryVariables>;
export const ProvinceCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"settlementCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"hospital"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceCasesQuery, ProvinceCasesQueryVariables>;
export const CaseNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"personPseudonym"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseNodeQuery, CaseNodeQueryVariables>;
export const QcRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QcRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qcRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"affectsDrg"}},{"kind":"Field","name":{"kind":"Name","value":"affectsDip"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}}]}}]} as unknown as DocumentNode<QcRulesQuery, QcRulesQueryVariables>;
export const CatalogVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scaleK"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulePackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<CatalogVersionsQuery, CatalogVersionsQueryVariables>;
export const CatalogVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogRowFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"drgGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mdc"}},{"kind":"Field","name":{"kind":"Name","value":"adrg"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"averageCost"}},{"kind":"Field","name":{"kind":"Name","value":"averageLos"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedDayCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dailyStandard"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tcmDiseases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Codes"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"minTcmTreatmentShare"}},{"kind":"Field","name":{"kind":"Name","value":"minLos"}},{"kind":"Field","name":{"kind":"Name","value":"maxLos"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scaleK"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulePackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<CatalogVersionQuery, CatalogVersionQueryVariables>;
export const CatalogInForceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogInForce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemoCatalogs"}}},"defaultValue":{"kind":"EnumValue","value":"UNLESS_OFFICIAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogInForce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"demo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scaleK"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulePackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<CatalogInForceQuery, CatalogInForceQueryVariables>;
export const CatalogDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"before"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reweighted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogDiffQuery, CatalogDiffQueryVariables>;
export const CodeEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodeEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CodeKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CodeEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CodeEntriesQuery, CodeEntriesQueryVariables>;
export const CodeEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodeEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CodeKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CodeEntryQuery, CodeEntryQueryVariables>;
export const CreateCatalogVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCatalogVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCatalogVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCatalogVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scaleK"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulePackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<CreateCatalogVersionMutation, CreateCatalogVersionMutationVariables>;
export const DeriveCatalogVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeriveCatalogVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeriveCatalogVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deriveCatalogVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scaleK"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulePackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<DeriveCatalogVersionMutation, DeriveCatalogVersionMutationVariables>;
export const UpdateCatalogVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCatalogVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCatalogVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCatalogVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scaleK"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulePackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<UpdateCatalogVersionMutation, UpdateCatalogVersionMutationVariables>;
export const PublishCatalogVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCatalogVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCatalogVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scaleK"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulePackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<PublishCatalogVersionMutation, PublishCatalogVersionMutationVariables>;
export const RetireCatalogVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireCatalogVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retiredOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireCatalogVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"retiredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retiredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"scaleK"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulePackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<RetireCatalogVersionMutation, RetireCatalogVersionMutationVariables>;
export const UpsertDrgGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertDrgGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groups"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrgGroupInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertDrgGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groups"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertDrgGroupsMutation, UpsertDrgGroupsMutationVariables>;
export const UpsertTcmDiseasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertTcmDiseases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"diseases"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TcmDiseaseInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertTcmDiseases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"diseases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"diseases"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<UpsertTcmDiseasesMutation, UpsertTcmDiseasesMutationVariables>;
export const UpsertBedDayCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertBedDayCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categories"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BedDayCategoryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertBedDayCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"categories"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categories"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<UpsertBedDayCategoriesMutation, UpsertBedDayCategoriesMutationVariables>;
export const RemoveCatalogRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCatalogRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCatalogRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RemoveCatalogRowsMutation, RemoveCatalogRowsMutationVariables>;
export const UploadRulePackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadRulePackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadRulePackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadRulePackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rulePackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}}]}}]}}]}}]} as unknown as DocumentNode<UploadRulePackageMutation, UploadRulePackageMutationVariables>;
export const GroupCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseGroupingInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"catalogVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupingMethod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemoCatalogs"}}},"defaultValue":{"kind":"EnumValue","value":"UNLESS_OFFICIAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"catalogVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"catalogVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"demo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"groupedBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mdc"}},{"kind":"Field","name":{"kind":"Name","value":"adrg"}},{"kind":"Field","name":{"kind":"Name","value":"drg"}},{"kind":"Field","name":{"kind":"Name","value":"drgName"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulePackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupKind"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"auxFactor"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedScore"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tcm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classified"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"disease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"trace"}}]}}]}}]} as unknown as DocumentNode<GroupCaseQuery, GroupCaseQueryVariables>;
export const UploadDipCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadDipCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadDipCatalogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadDipCatalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<UploadDipCatalogMutation, UploadDipCatalogMutationVariables>;
export const DipGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DipGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dipGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DipGroupsQuery, DipGroupsQueryVariables>;
export const SetInterRegionVariantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetInterRegionVariant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterRegionVariant"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInterRegionVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variant"}}}]}]}}]} as unknown as DocumentNode<SetInterRegionVariantMutation, SetInterRegionVariantMutationVariables>;
export const SetInterRegionPrepaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetInterRegionPrepayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prepayments"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterRegionPrepaymentInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInterRegionPrepayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"prepayments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prepayments"}}}]}]}}]} as unknown as DocumentNode<SetInterRegionPrepaymentsMutation, SetInterRegionPrepaymentsMutationVariables>;
export const ComputeInterRegionClearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputeInterRegionClearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeInterRegionClearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ComputeInterRegionClearingMutation, ComputeInterRegionClearingMutationVariables>;
export const ApproveInterRegionClearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveInterRegionClearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveInterRegionClearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]}}]} as unknown as DocumentNode<ApproveInterRegionClearingMutation, ApproveInterRegionClearingMutationVariables>;
export const InterRegionClearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterRegionClearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interRegionClearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceType"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedCases"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"itemisedFundPaid"}},{"kind":"Field","name":{"kind":"Name","value":"drgDipFundDue"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointValue"}},{"kind":"Field","name":{"kind":"Name","value":"coefficientApplied"}},{"kind":"Field","name":{"kind":"Name","value":"specialCases"}},{"kind":"Field","name":{"kind":"Name","value":"disputedCases"}},{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"receivable"}},{"kind":"Field","name":{"kind":"Name","value":"payable"}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matrixCsv"}}]}}]}}]} as unknown as DocumentNode<InterRegionClearingQuery, InterRegionClearingQueryVariables>;
export const InterRegionStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterRegionStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interRegionClearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}]}}]}}]} as unknown as DocumentNode<InterRegionStatementQuery, InterRegionStatementQueryVariables>;
export const JobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Job"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedByScope"}},{"kind":"Field","name":{"kind":"Name","value":"startedByCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<JobQuery, JobQueryVariables>;
export const JobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Jobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedByCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobsQuery, JobsQueryVariables>;
export const CancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CancelJobMutation, CancelJobMutationVariables>;
export const ComputeMonthlySettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputeMonthlySettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeMonthlySettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ComputeMonthlySettlementMutation, ComputeMonthlySettlementMutationVariables>;
export const CloseMonthlySettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseMonthlySettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeMonthlySettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CloseMonthlySettlementMutation, CloseMonthlySettlementMutationVariables>;
export const MonthlySettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlySettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentShare"}},{"kind":"Field","name":{"kind":"Name","value":"depositShare"}},{"kind":"Field","name":{"kind":"Name","value":"pointValueEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"pointValueResident"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"correctionCount"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"deposit"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hospitalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"correctionCount"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"deposit"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}}]}}]}}]} as unknown as DocumentNode<MonthlySettlementQuery, MonthlySettlementQueryVariables>;
export const MonthlySettlementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlySettlements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySettlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}}]}}]}}]} as unknown as DocumentNode<MonthlySettlementsQuery, MonthlySettlementsQueryVariables>;
export const RepricePeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RepricePeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repricePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}}]}}]}}]}}]} as unknown as DocumentNode<RepricePeriodMutation, RepricePeriodMutationVariables>;
export const RegroupPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegroupPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regroupPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<RegroupPeriodMutation, RegroupPeriodMutationVariables>;
export const CaseRegroupingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRegroupings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hospitalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"settlementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grouping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drgCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regroupings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drgCode"}},{"kind":"Field","name":{"kind":"Name","value":"drgCatalogVersionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drgCode"}},{"kind":"Field","name":{"kind":"Name","value":"drgCatalogVersionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"regroupedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseRegroupingsQuery, CaseRegroupingsQueryVariables>;
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
export const ProvinceRegionsHospitalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceRegionsHospitals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hospitals"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"poolingRegions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hospitals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hospitals"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceRegionsHospitalsQuery, ProvinceRegionsHospitalsQueryVariables>;
export const ApplySpecialCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplySpecialCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplySpecialCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applySpecialCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialCaseApplicationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialCaseApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"payment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"formulaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"finalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorScope"}},{"kind":"Field","name":{"kind":"Name","value":"authorCode"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<ApplySpecialCaseMutation, ApplySpecialCaseMutationVariables>;
export const WithdrawSpecialCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawSpecialCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSpecialCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialCaseApplicationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialCaseApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"payment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"formulaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"finalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorScope"}},{"kind":"Field","name":{"kind":"Name","value":"authorCode"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<WithdrawSpecialCaseMutation, WithdrawSpecialCaseMutationVariables>;
export const DecideSpecialCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSpecialCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideSpecialCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSpecialCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialCaseApplicationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialCaseApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"payment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"formulaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"finalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorScope"}},{"kind":"Field","name":{"kind":"Name","value":"authorCode"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<DecideSpecialCaseMutation, DecideSpecialCaseMutationVariables>;
export const CommentSpecialCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentSpecialCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentSpecialCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentSpecialCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialCaseApplicationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialCaseApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"payment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"formulaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"finalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorScope"}},{"kind":"Field","name":{"kind":"Name","value":"authorCode"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<CommentSpecialCaseMutation, CommentSpecialCaseMutationVariables>;
export const SpecialCaseApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecialCaseApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialCaseApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialCaseApplicationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialCaseApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"payment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"formulaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"finalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorScope"}},{"kind":"Field","name":{"kind":"Name","value":"authorCode"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<SpecialCaseApplicationsQuery, SpecialCaseApplicationsQueryVariables>;
export const SpecialCaseApplicationNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecialCaseApplicationNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpecialCaseApplicationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpecialCaseApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"payment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"formulaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"finalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorScope"}},{"kind":"Field","name":{"kind":"Name","value":"authorCode"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<SpecialCaseApplicationNodeQuery, SpecialCaseApplicationNodeQueryVariables>;
export const RegionSpecialCaseApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionSpecialCaseApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplicationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolingRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treatedSpecialCaseApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuredSpecialCaseApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionSpecialCaseApplicationsQuery, RegionSpecialCaseApplicationsQueryVariables>;
export const HospitalSpecialCaseApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HospitalSpecialCaseApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplicationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospital"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialCaseApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HospitalSpecialCaseApplicationsQuery, HospitalSpecialCaseApplicationsQueryVariables>;
export const ProvinceSpecialCaseApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceSpecialCaseApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SpecialCaseApplicationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialCaseApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceSpecialCaseApplicationsQuery, ProvinceSpecialCaseApplicationsQueryVariables>;
export const CaseSpecialCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseSpecialCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hospitalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"settlementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"}},{"kind":"Field","name":{"kind":"Name","value":"specialCaseApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"finalAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"specialCaseDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"finalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseSpecialCaseQuery, CaseSpecialCaseQueryVariables>;
export const CasePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hospitalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hospitalCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"settlementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentRevision"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CasePaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStandardId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"grouping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drgCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CasePaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CasePaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CasePayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseClass"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"comparatorAmount"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"highThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"lowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"coefficients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointValue"}},{"kind":"Field","name":{"kind":"Name","value":"standardAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"patientShare"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStandardId"}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"rulePackageSha256"}}]}}]}}]} as unknown as DocumentNode<CasePaymentQuery, CasePaymentQueryVariables>;
export const CasePaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseClass"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseClass"}},{"kind":"Field","name":{"kind":"Name","value":"fundDue"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasePaymentsQuery, CasePaymentsQueryVariables>;
export const PaymentStandardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentStandards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStandardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStandards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownerCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentStandardsQuery, PaymentStandardsQueryVariables>;
export const PaymentStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStandard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StandardFields"}},{"kind":"Field","name":{"kind":"Name","value":"coefficients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hospitalCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"coefficient"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfRegionCoefficients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"coefficient"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"dailyPoints"}},{"kind":"Field","name":{"kind":"Name","value":"dailyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tcmAdvantage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diseaseCode"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"prePilotStandard"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclusionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStandard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PaymentStandardQuery, PaymentStandardQueryVariables>;
export const PaymentStandardInForceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentStandardInForce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentMethod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStandardInForce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StandardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStandard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PaymentStandardInForceQuery, PaymentStandardInForceQueryVariables>;
export const CreatePaymentStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePaymentStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePaymentStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPaymentStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StandardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStandard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreatePaymentStandardMutation, CreatePaymentStandardMutationVariables>;
export const UpdatePaymentStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePaymentStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePaymentStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePaymentStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StandardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStandard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownerScope"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UpdatePaymentStandardMutation, UpdatePaymentStandardMutationVariables>;
export const SetPaymentStandardParametersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPaymentStandardParameters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parameters"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPaymentStandardParameters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"parameters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parameters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}}]}}]}}]}}]} as unknown as DocumentNode<SetPaymentStandardParametersMutation, SetPaymentStandardParametersMutationVariables>;
export const SetPaymentStandardRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPaymentStandardRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPaymentStandardRowsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPaymentStandardRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coefficients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfRegionCoefficients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tcmAdvantage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclusionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetPaymentStandardRowsMutation, SetPaymentStandardRowsMutationVariables>;
export const PublishPaymentStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPaymentStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPaymentStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PublishPaymentStandardMutation, PublishPaymentStandardMutationVariables>;
export const RetirePaymentStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetirePaymentStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retiredOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retirePaymentStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"retiredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retiredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}}]}}]}}]}}]} as unknown as DocumentNode<RetirePaymentStandardMutation, RetirePaymentStandardMutationVariables>;
export const RegionPaymentStandardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionPaymentStandards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStandardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolingRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStandards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionPaymentStandardsQuery, RegionPaymentStandardsQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoolingRegion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Hospital"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;