import type { CaseTemplate, DemoCaseModel, DemoHospitalFacts } from './demo-case-model';

/**
 * Deterministic demo settlement lists (the JSON Lines / SettlementListInput format). The same
 * model, seed, year and count give the same lists, byte for byte: one seeded PRNG (sfc32), no
 * clock, no `Math.random`, a fixed order of draws.
 *
 * The mix (documented in the README, checked by test/case/demo-cases.test.ts):
 * - stays from the model's templates (DIP core / primary-care groups that also group by DRG),
 *   30 % with a comorbidity as second diagnosis; in TCM hospitals a quarter are TCM-advantage
 *   stays (TCD diagnosis, TCM treatment share above the catalog's minimum, LOS inside its bounds);
 *   in specialty and TCM hospitals 6 % are long psychiatric or rehabilitation stays (bed-day wards:
 *   the list carries no bed-day category, so they group and price like any stay);
 * - cost log-normal around the group's average (the DIP group's in regions paid by DIP, else the
 *   DRG's), scaled by hospital level; 4 % high outliers (3.2–6× the average), 2 % low (0.1–0.3×);
 * - 7 % insured in another region of the province; about 55 % employees, 45 % residents;
 * - 0.3 % new-technology stays (TAVR with the demo standard's exclusion items);
 * - fees by category sum to the total; fund + patient = total; every list passes QC except the
 *   deliberate 0.5 % readmissions of the same person with the same principal diagnosis within
 *   15 days (QC 3009, a WARNING: stored and flagged).
 * Money is computed in integer fen (exact) and written as decimal text.
 */
export interface DemoCaseOptions {
  cases: number;
  seed: number;
  year: number;
}

/** The JSON object of one list: SettlementListInput's field names, key order fixed. */
export type DemoList = Record<string, unknown>;

/** sfc32 seeded through splitmix32: fast, 128-bit state, good enough for demo data. */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal (Box–Muller, one value per call: the draw count stays fixed). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

const DAY_MS = 86_400_000;
const CHINA_MS = 8 * 3_600_000;
const LEVEL_COST: Record<string, number> = { TERTIARY: 1.1, SECONDARY: 0.85, PRIMARY: 0.7 };
const LEVEL_VOLUME: Record<string, number> = { TERTIARY: 6, SECONDARY: 2, PRIMARY: 1 };

const fen = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** An instant in China time (+08:00) from epoch ms. */
function chinaInstant(ms: number): string {
  const d = new Date(ms + CHINA_MS);
  return `${d.toISOString().slice(0, 19)}+08:00`;
}
const chinaDate = (ms: number) => new Date(ms + CHINA_MS).toISOString().slice(0, 10);

/** Splits `total` fen into the given shares (the last takes the rounding remainder). */
function split(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const parts = shares.map((s) => Math.floor((total * s) / sum));
  parts[parts.length - 1] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

interface Stay {
  hospital: DemoHospitalFacts;
  template: CaseTemplate;
  kind: 'NORMAL' | 'TCM' | 'LONG' | 'NEW_TECH';
  tcd?: { code: string; share: string };
}

/** Generates `options.cases` lists in a fixed order. */
export function* generateDemoCases(
  model: DemoCaseModel,
  options: DemoCaseOptions,
): Generator<DemoList> {
  const rnd = new SeededRandom(options.seed);
  // hospitals weighted by level: a tertiary hospital treats six times a primary one's cases
  const weighted: DemoHospitalFacts[] = model.hospitals.flatMap((h) =>
    Array.from({ length: LEVEL_VOLUME[h.level] ?? 1 }, () => h),
  );
  const yearStart = Date.UTC(options.year, 0, 1) - CHINA_MS;
  const yearDays = Math.round(
    (Date.UTC(options.year + 1, 0, 1) - Date.UTC(options.year, 0, 1)) / DAY_MS,
  );
  let readmission: { list: DemoList; stay: Stay; dischargedMs: number } | null = null;

  for (let i = 0; i < options.cases; i++) {
    let stay: Stay;
    let person: DemoList | null = null;
    let admittedMs: number | null = null;
    if (readmission) {
      // the same person back within 15 days with the same principal diagnosis (QC 3009 warning)
      stay = readmission.stay;
      person = readmission.list;
      // a morning 2–10 days later, China time (the day boundary matters to QC 2137)
      const dayStart =
        Math.floor((readmission.dischargedMs + CHINA_MS) / DAY_MS) * DAY_MS - CHINA_MS;
      admittedMs = dayStart + rnd.int(2, 10) * DAY_MS + rnd.int(8, 14) * 3_600_000;
      readmission = null;
    } else {
      stay = drawStay(model, rnd, rnd.pick(weighted));
    }
    const list = makeList(model, rnd, options, i, stay, yearStart, yearDays, person, admittedMs);
    if (person === null && stay.kind === 'NORMAL' && rnd.chance(0.005) && i + 1 < options.cases)
      readmission = { list, stay, dischargedMs: Date.parse(list.dischargedAt as string) };
    yield list;
  }
}

function drawStay(model: DemoCaseModel, rnd: SeededRandom, hospital: DemoHospitalFacts): Stay {
  const roll = rnd.next();
  if (hospital.type === 'TCM' && roll < 0.25 && model.tcm.length > 0) {
    const disease = rnd.pick(model.tcm);
    const dx = rnd.pick(disease.diagnoses);
    const share = Math.min(0.95, Number(disease.minShare) + 0.05 + rnd.next() * 0.3);
    return {
      hospital,
      kind: 'TCM',
      tcd: { code: disease.tcdCode, share: share.toFixed(2) },
      template: {
        diagnosis: dx,
        procedures: [],
        surgical: false,
        sex: null,
        dipGroup: '',
        dipAverageFen: disease.standardFen,
        drg: '',
        drgAverageFen: disease.standardFen,
        drgAverageLos: (disease.minLos + disease.maxLos) / 2,
      },
    };
  }
  if (
    (hospital.type === 'SPECIALTY' || hospital.type === 'TCM') &&
    roll > 0.94 &&
    model.longStay.length > 0
  )
    return { hospital, kind: 'LONG', template: rnd.pick(model.longStay) };
  if (hospital.level === 'TERTIARY' && roll < 0.003 && model.newTechnology)
    return { hospital, kind: 'NEW_TECH', template: model.newTechnology };
  return { hospital, kind: 'NORMAL', template: rnd.pick(model.templates) };
}

function makeList(
  model: DemoCaseModel,
  rnd: SeededRandom,
  options: DemoCaseOptions,
  i: number,
  stay: Stay,
  yearStart: number,
  yearDays: number,
  person: DemoList | null,
  readmittedMs: number | null,
): DemoList {
  const { hospital, template: t } = stay;
  const dip = model.dipRegions.has(hospital.regionCode);
  // length of stay: log-normal around the group's average, longer for bed-day wards
  let los =
    stay.kind === 'LONG'
      ? rnd.int(30, 90)
      : Math.max(t.surgical ? 2 : 1, Math.round(t.drgAverageLos * Math.exp(0.35 * rnd.normal())));
  if (stay.kind === 'TCM') los = Math.max(Math.ceil(t.drgAverageLos / 2), Math.min(los, 14));
  // cost: log-normal around the average of the group that pays (σ 0.25, clamped inside the
  // normal band), or an outlier
  const average = (dip ? t.dipAverageFen : t.drgAverageFen) || t.drgAverageFen;
  const outlier = rnd.next();
  let factor: number;
  if (stay.kind === 'LONG') factor = (los / Math.max(t.drgAverageLos, 1)) * 0.6;
  else if (stay.kind === 'TCM') factor = 0.8 + rnd.next() * 0.3;
  else if (outlier < 0.04) factor = 3.2 + rnd.next() * 2.8;
  else if (outlier < 0.06) factor = 0.1 + rnd.next() * 0.2;
  else factor = Math.min(1.9, Math.max(0.5, Math.exp(0.25 * rnd.normal())));
  if (outlier >= 0.06 && stay.kind === 'NORMAL') factor *= LEVEL_COST[hospital.level] ?? 1;
  if (stay.kind === 'NEW_TECH') factor = 2.2 + rnd.next() * 0.5;
  if (outlier >= 0.04 && outlier < 0.06 && stay.kind === 'NORMAL')
    los = Math.max(1, Math.min(los, 3));
  const total = Math.max(50_000, Math.round(average * factor));

  // dates: discharge by the end of November for a first stay (room for a readmission)
  const admittedMs =
    readmittedMs ??
    yearStart + rnd.int(0, yearDays - 35 - Math.min(los, 90)) * DAY_MS + rnd.int(8, 16) * 3_600_000;
  const dischargedMs = admittedMs + los * DAY_MS + rnd.int(1, 4) * 3_600_000;

  const outOfRegion = rnd.chance(0.07);
  const drawnRegion = outOfRegion
    ? rnd.pick(model.regionCodes.filter((r) => r !== hospital.regionCode))
    : hospital.regionCode;
  const drawnEmployee = rnd.chance(0.55);
  const drawnSex = t.sex ?? (rnd.chance(0.5) ? 1 : 2);
  const drawnAge =
    stay.kind === 'LONG'
      ? rnd.int(25, 80)
      : Math.min(95, Math.max(18, Math.round(55 + 16 * rnd.normal())));
  // a readmission is the same person: same insured region, insurance, sex and age
  const insuredRegion = (person?.insuredRegionCode as string | undefined) ?? drawnRegion;
  const employee = person ? person.insuranceType === 'EMPLOYEE' : drawnEmployee;
  const sex = (person?.sex as number | undefined) ?? drawnSex;
  const age = (person?.age as number | undefined) ?? drawnAge;
  const insuredPersonId =
    (person?.insuredPersonId as string | undefined) ??
    `${insuredRegion}${options.year - age}${pad(i, 8)}`;

  const diagnoses = [{ code: t.diagnosis.code, name: t.diagnosis.name, admissionCondition: 1 }];
  if (rnd.chance(0.3) && model.comorbidities.length > 0) {
    const c = rnd.pick(model.comorbidities);
    diagnoses.push({ code: c.code, name: c.name, admissionCondition: 1 });
  }
  const operatedMs = admittedMs + Math.min(los - 1, 1) * DAY_MS + 2 * 3_600_000;
  const procedures = t.procedures.map((p, k) => ({
    code: p.code,
    name: p.name,
    performedAt: chinaInstant(operatedMs + k * 3_600_000),
    anaesthesiaFrom: chinaInstant(operatedMs + k * 3_600_000 - 1_800_000),
    anaesthesiaTo: chinaInstant(operatedMs + k * 3_600_000 + 5_400_000),
  }));

  // fees by category, summing to the total
  const surgeryShare = t.surgical ? 0.35 : 0.05;
  const tcmShare = stay.kind === 'TCM' ? Number(stay.tcd!.share) : 0;
  const categories: [string, number][] = [
    ['BED', 0.08 + (stay.kind === 'LONG' ? 0.3 : 0)],
    ['NURSING', 0.05],
    ['EXAMINATION', 0.12],
    ['LABORATORY', 0.1],
    ['SURGERY', surgeryShare],
    ['DRUG_WESTERN', 0.3 - tcmShare * 0.2],
    ['MATERIAL', t.surgical ? 0.15 : 0.03],
  ];
  if (tcmShare > 0) categories.push(['TCM_TREATMENT', tcmShare]);
  const amounts = split(
    total,
    categories.map(([, s]) => s),
  );
  const fees = categories.map(([category], k) => ({ category, amount: fen(amounts[k]) }));

  // fund share by insurance type; the patient pays the rest
  const fundRatio = (employee ? 0.72 : 0.58) + rnd.next() * 0.1;
  const fund = Math.round(total * fundRatio);
  const seriousIllness = total > 5_000_000 ? Math.round(fund * 0.1) : 0;
  const fundPayments = [{ fund: 'POOLING', amount: fen(fund - seriousIllness) }];
  if (seriousIllness > 0)
    fundPayments.push({ fund: 'SERIOUS_ILLNESS', amount: fen(seriousIllness) });

  const id = `${options.year}${pad(i, 9)}`;
  return {
    settlementId: `S${hospital.code.slice(1)}${id}`,
    stayId: `M${hospital.code.slice(1)}${id}`,
    hospitalCode: hospital.code,
    insuredPersonId,
    insuranceType: employee ? 'EMPLOYEE' : 'RESIDENT',
    insuredRegionCode: insuredRegion,
    sex,
    age,
    admittedAt: chinaInstant(admittedMs),
    dischargedAt: chinaInstant(dischargedMs),
    los,
    dischargeWay: 1,
    settlementFrom: chinaDate(admittedMs),
    settlementTo: chinaDate(dischargedMs),
    diagnoses,
    procedures,
    icuStays: [],
    fees,
    totalCost: fen(total),
    fundPayments,
    patientPaid: fen(total - fund),
    specialItems:
      stay.kind === 'NEW_TECH'
        ? [
            { kind: 'DEVICE', code: 'C0301010010000000001' },
            { kind: 'PROCEDURE', code: '35.0500x001' },
          ]
        : [],
    plannedReadmission: false,
    ...(stay.kind === 'TCM'
      ? { tcmPrincipalDiagnosis: stay.tcd!.code, tcmTreatmentShare: stay.tcd!.share }
      : {}),
  };
}

/** The JSON Lines text of one list (no trailing newline). */
export const demoCaseLine = (list: DemoList): string => JSON.stringify(list);
