import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../../db';
import { Dec } from '../../domain/decimal';
import { parametersToJson, parseStandardParameters } from '../../domain/pricing';
import { DEMO_PROVINCE, DEMO_REGIONS } from '../tenancy';
import { PaymentMethod } from './standard.enums';

/** Demo regions paid by DIP (the rest by the DRG point method). */
const DIP_REGIONS = new Set(['510500', '511500']);

/** Parameters through the domain parser, stored normalised (a typo fails the seed, not a case). */
function parameters(input: Record<string, unknown>): Record<string, unknown> {
  const parsed = parseStandardParameters(input);
  if (!parsed.ok) throw new Error(`demo standard parameters: ${JSON.stringify(parsed.errors)}`);
  return parametersToJson(parsed.value);
}

/** A demo point value per region: the same order of magnitude as §8 (≈ 100 CNY per point). */
function pointValues(index: number): { employee: string; resident: string } {
  const employee = new Dec('98.8120').minus(new Dec(index).times('1.35'));
  return {
    employee: employee.toFixed(4),
    resident: employee.times('0.86').toDecimalPlaces(4).toFixed(4),
  };
}

const DRG_TEMPLATE = {
  method: 'DRG_POINTS',
  // thresholds tiered by base points, as in the worked example (§8)
  highThresholdBasis: 'BASE_POINT_TIER',
  highRatioTiers: [
    { maxBase: '100', ratio: '3' },
    { maxBase: null, ratio: '2' },
  ],
  lowRatio: '0.4',
  highFormula: 'BASE_PLUS_EXCESS',
  lowFormula: 'BASE_TIMES_RATIO',
  missingLevelFallback: 'NEXT_HIGHER_THEN_LOWER',
  defaultCoefficient: '0.75',
  tcmCoefficient: '1.05',
  bilateralSurgeryCoefficient: '1.5',
  outOfRegionMode: 'PER_INSURED_REGION',
  outOfRegionCoefficient: '1.00',
  losExcludedAtLeast: 60,
  incompleteStayMaxDays: 3,
  readmissionWindowDays: 15,
  readmissionExemptGroups: ['RE19', 'RU14'],
  specialCaseCapScope: 'REGION',
  specialCaseCapShare: '0.05',
  specialCaseCapPeriod: 'QUARTER',
};

const DIP_STANDARD = {
  method: 'DIP_SCORE',
  // DIP national rule: high at ratio ≥ 2, low at ≤ 0.5, extreme above 5 paid per item
  highThresholdBasis: 'FIXED',
  highRatio: '2',
  lowRatio: '0.5',
  highFormula: 'EXCESS_MULTIPLE',
  lowFormula: 'BASE_TIMES_RATIO',
  upperBoundRatio: '5',
  extremeFormula: 'FEE_FOR_SERVICE',
  comparator: 'GROUP_AVERAGE',
  defaultCoefficient: '0.75',
  missingLevelFallback: 'NEXT_HIGHER_THEN_LOWER',
  outOfRegionMode: 'SINGLE_COEFFICIENT',
  outOfRegionCoefficient: '0.98',
  blankGroupFactor: '0.7',
  specialCaseCapScope: 'REGION',
  specialCaseCapShare: '0.005',
  specialCaseCapPeriod: 'QUARTER',
};

interface Catalogs {
  drg: Map<string, string>;
  /** DIP versions by owner code (national '000000', and regions' own). */
  dips: Map<string, string>;
  dip: string | null;
  tcm: { code: string; standard: string }[];
  bedDay: { code: string; dailyStandard: string; maxDays: number | null }[];
}

async function demoCatalogs(em: EntityManager): Promise<Catalogs | null> {
  const versions = await em.execute<{ id: string; kind: string; owner_code: string }[]>(
    `select id, kind, owner_code from catalog_version
     where demo and status = 'PUBLISHED' order by effective_from`,
  );
  const drg = new Map<string, string>();
  for (const v of versions.filter((x) => x.kind === 'DRG')) drg.set(v.owner_code, v.id);
  const dips = new Map<string, string>();
  for (const v of versions.filter((x) => x.kind === 'DIP')) dips.set(v.owner_code, v.id);
  if (drg.size === 0) return null;
  const tcmVersion = versions.find((v) => v.kind === 'TCM_ADVANTAGE');
  const bedDayVersion = versions.find((v) => v.kind === 'BED_DAY');
  const tcm = tcmVersion
    ? await em.execute<{ code: string; standard: string }[]>(
        'select code, standard::text as standard from tcm_disease where version_id = ?::uuid order by code',
        [tcmVersion.id],
      )
    : [];
  const bedDay = bedDayVersion
    ? (
        await em.execute<{ code: string; daily_standard: string; max_days: number | null }[]>(
          'select code, daily_standard::text as daily_standard, max_days from bed_day_category where version_id = ?::uuid order by code',
          [bedDayVersion.id],
        )
      ).map((r) => ({ code: r.code, dailyStandard: r.daily_standard, maxDays: r.max_days }))
    : [];
  return { drg, dips, dip: dips.get('000000') ?? null, tcm, bedDay };
}

async function effectiveFrom(em: EntityManager, versionId: string): Promise<string> {
  const [row] = await em.execute<{ d: string }[]>(
    "select to_char(effective_from, 'YYYY-MM-DD') as d from catalog_version where id = ?::uuid",
    [versionId],
  );
  return row.d;
}

interface DemoStandard {
  method: PaymentMethod;
  /** Default '2025-demo' from 2025-01-01. */
  versionLabel?: string;
  effectiveFrom?: string;
  name: string;
  owner: { scope: 'PROVINCE' | 'REGION'; code: string };
  parentId: string | null;
  catalogVersionId: string | null;
  parameters: Record<string, unknown>;
  rows: (id: string) => [sql: string, params: unknown[]][];
}

/** Inserts a standard as a DRAFT, copies the parent's rows, writes its own, then publishes it. */
async function createStandard(em: EntityManager, s: DemoStandard): Promise<string> {
  const id = randomUUID();
  await em.execute(
    `insert into payment_standard (id, method, name, version_label, year, owner_scope, owner_code, province_code,
       parent_id, catalog_version_id, status, effective_from, parameters, demo, notes)
     values (?::uuid, ?, ?, ?, 2025, ?, ?, ?, ?::uuid, ?::uuid, 'DRAFT', ?::date, ?::jsonb, true, ?)`,
    [
      id,
      s.method,
      s.name,
      s.versionLabel ?? '2025-demo',
      s.owner.scope,
      s.owner.code,
      DEMO_PROVINCE.code,
      s.parentId,
      s.catalogVersionId,
      s.effectiveFrom ?? '2025-01-01',
      JSON.stringify(s.parameters),
      'DEMO data: point values, coefficients and standards are illustrative, not an official standard.',
    ],
  );
  if (s.parentId) {
    for (const [table, columns] of [
      ['standard_coefficient', 'hospital_code, level, grade, group_code, coefficient'],
      ['standard_bed_day', 'category_code, daily_points, daily_amount, max_days'],
      ['standard_tcm_advantage', 'disease_code, standard, pre_pilot_standard'],
      ['standard_exclusion_item', 'item_kind, code, name, effective_from, effective_to'],
    ])
      await em.execute(
        `insert into ${table} (version_id, province_code, ${columns})
         select ?::uuid, province_code, ${columns} from ${table} where version_id = ?::uuid`,
        [id, s.parentId],
      );
  }
  for (const [sql, params] of s.rows(id)) await em.execute(sql, params);
  await em.execute(
    `update payment_standard set status = 'PUBLISHED', published_at = now() where id = ?::uuid`,
    [id],
  );
  return id;
}

const LEVEL_COEFFICIENTS: [level: string, grade: string | null, value: string][] = [
  ['TERTIARY', 'A', '1.0000'],
  ['TERTIARY', 'B', '0.9500'],
  ['TERTIARY', null, '0.9200'],
  ['SECONDARY', null, '0.8500'],
  ['PRIMARY', null, '0.7500'],
];

function levelRows(id: string): [string, unknown[]][] {
  return LEVEL_COEFFICIENTS.map(([level, grade, value]) => [
    `insert into standard_coefficient (version_id, province_code, level, grade, coefficient) values (?::uuid, ?, ?, ?, ?::numeric)`,
    [id, DEMO_PROVINCE.code, level, grade, value],
  ]);
}

function commonRows(id: string, catalogs: Catalogs, pointValue: Dec): [string, unknown[]][] {
  return [
    ...levelRows(id),
    // TCM-advantage standards: the catalog's, recorded against a pre-pilot standard 5 % lower
    ...catalogs.tcm.map((d): [string, unknown[]] => [
      `insert into standard_tcm_advantage (version_id, province_code, disease_code, standard, pre_pilot_standard)
       values (?::uuid, ?, ?, ?::numeric, ?::numeric)`,
      [id, DEMO_PROVINCE.code, d.code, d.standard, new Dec(d.standard).times('0.95').toFixed(2)],
    ]),
    // bed-day: the catalog's daily standard, in points at the budgeted point value (same pool)
    ...catalogs.bedDay.map((b): [string, unknown[]] => [
      `insert into standard_bed_day (version_id, province_code, category_code, daily_points, daily_amount, max_days)
       values (?::uuid, ?, ?, ?::numeric, ?::numeric, ?)`,
      [
        id,
        DEMO_PROVINCE.code,
        b.code,
        new Dec(b.dailyStandard).div(pointValue).toDecimalPlaces(4).toFixed(4),
        b.dailyStandard,
        b.maxDays,
      ],
    ]),
    [
      `insert into standard_exclusion_item (version_id, province_code, item_kind, code, name, effective_from, effective_to)
       values (?::uuid, ?, 'DEVICE', 'C0301010010000000001', '经导管主动脉瓣置换系统（演示）', '2025-01-01', '2027-01-01'),
              (?::uuid, ?, 'PROCEDURE', '35.0500x001', '经导管主动脉瓣置换术（演示）', '2025-01-01', '2027-01-01')`,
      [id, DEMO_PROVINCE.code, id, DEMO_PROVINCE.code],
    ],
  ];
}

/**
 * Seeds published 2025 demo payment standards, as the owner role: Sichuan's DRG point-method
 * template (level coefficients with the 90 %/110 % fallback, TCM-advantage and bed-day standards,
 * two new-technology exclusions), every demo region's standard derived from it with its own point
 * values — except 泸州 and 宜宾, paid by DIP over the demo DIP catalog — and Chengdu's
 * out-of-region coefficients per insured region. All flagged `demo`.
 * Returns false (and writes nothing) when any standard exists, or the demo registry or catalogs are missing.
 */
export async function seedDemoStandards(em: EntityManager): Promise<boolean> {
  const [{ n }] = await em.execute<{ n: number }[]>(
    'select count(*)::int as n from payment_standard',
  );
  if (n > 0) return false;
  const [{ regions }] = await em.execute<{ regions: number }[]>(
    'select count(*)::int as regions from pooling_region where province_code = ?',
    [DEMO_PROVINCE.code],
  );
  const catalogs = await demoCatalogs(em);
  if (regions === 0 || !catalogs) return false;
  const provincialDrg = catalogs.drg.get(DEMO_PROVINCE.code) ?? catalogs.drg.get('000000') ?? null;

  const template = pointValues(0);
  const templateId = await createStandard(em, {
    method: PaymentMethod.DRG_POINTS,
    name: '四川省DRG点数法支付标准模板（演示）',
    owner: { scope: 'PROVINCE', code: DEMO_PROVINCE.code },
    parentId: null,
    catalogVersionId: provincialDrg,
    parameters: parameters({
      ...DRG_TEMPLATE,
      pointValueEmployee: template.employee,
      pointValueResident: template.resident,
    }),
    rows: (id) => commonRows(id, catalogs, new Dec(template.employee)),
  });

  for (const [index, region] of DEMO_REGIONS.entries()) {
    const values = pointValues(index);
    if (DIP_REGIONS.has(region.code) && catalogs.dip) {
      await createStandard(em, {
        method: PaymentMethod.DIP_SCORE,
        name: `${region.name}DIP分值付费支付标准（演示）`,
        owner: { scope: 'REGION', code: region.code },
        parentId: null,
        catalogVersionId: catalogs.dips.get(region.code) ?? catalogs.dip,
        parameters: parameters({
          ...DIP_STANDARD,
          pointValueEmployee: values.employee,
          pointValueResident: values.resident,
        }),
        rows: (id) => commonRows(id, catalogs, new Dec(values.employee)),
      });
      continue;
    }
    const others = DEMO_REGIONS.filter((r) => r.code !== region.code).slice(0, 3);
    const own = catalogs.drg.get(region.code);
    const regionStandard = (
      catalogVersionId: string | null,
      effectiveFrom: string,
      label: string,
    ) =>
      createStandard(em, {
        versionLabel: label,
        effectiveFrom,
        method: PaymentMethod.DRG_POINTS,
        name: `${region.name}DRG点数法支付标准（演示）`,
        owner: { scope: 'REGION', code: region.code },
        parentId: templateId,
        catalogVersionId,
        parameters: parameters({
          ...DRG_TEMPLATE,
          pointValueEmployee: values.employee,
          pointValueResident: values.resident,
        }),
        // out-of-region coefficients agreed with three insured regions (seed 003)
        rows: (id) =>
          others.map((other, i): [string, unknown[]] => [
            `insert into standard_out_of_region_coefficient (version_id, province_code, insured_region_code, coefficient)
           values (?::uuid, ?, ?, ?::numeric)`,
            [
              id,
              DEMO_PROVINCE.code,
              other.code,
              new Dec('0.95').plus(new Dec(i).times('0.02')).toFixed(4),
            ],
          ]),
      });
    // a region whose own DRG catalog takes effect during the year (成都, 2025-07-01) also needs a
    // standard over the province's catalog for the months before: a case prices only with the
    // standard of the catalog it grouped with
    const ownFrom = own ? await effectiveFrom(em, own) : null;
    if (own && ownFrom && ownFrom > '2025-01-01') {
      await regionStandard(own, ownFrom, '2025-demo');
      await regionStandard(provincialDrg, '2025-01-01', '2025.1-demo');
    } else {
      await regionStandard(own ?? provincialDrg, '2025-01-01', '2025-demo');
    }
  }
  return true;
}
