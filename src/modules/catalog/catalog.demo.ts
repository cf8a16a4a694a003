import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pgArray, type EntityManager } from '../../db';
import { Dec } from '../../domain/decimal';
import { fileLines } from '../../shared/file-lines';
import { CatalogKind, CodeKind } from './catalog.enums';
import type { DipAuxRow, DipGroupRow } from '../../domain/grouping/dip';
import {
  BED_DAY_CATEGORIES,
  copySql,
  DIP_AUX_FACTORS,
  DIP_GROUPS,
  dipAuxValues,
  dipGroupValues,
  DRG_GROUPS,
  TCM_DISEASES,
  tablesOf,
  upsertSql,
  type CatalogTable,
} from './catalog-tables';
import { loadDipDemoCatalog } from './demo/dip-demo-catalog';
import { TCM_DEMO_CATALOG } from './demo/tcm-demo-catalog';
import { importCodeTable } from './code-table.import';
import { demoDrgFigures } from './drg-demo-weights';
import { SEED_DIR } from './seed-files';

interface DemoVersion {
  kind: CatalogKind;
  name: string;
  versionLabel: string;
  owner: { scope: 'NATIONAL' | 'PROVINCE' | 'REGION'; code: string; province: string | null };
  effectiveFrom: string;
  parentId?: string;
  rulePackageId?: string;
  scaleK?: string;
  publish: boolean;
  rows?: { table: CatalogTable; values: (string | null)[][] }[];
}

/** Inserts a version as a DRAFT, copies/writes its rows, then publishes it if asked (rows of a published version are frozen). */
async function createVersion(em: EntityManager, v: DemoVersion): Promise<string> {
  const id = randomUUID();
  await em.execute(
    `insert into catalog_version (id, kind, name, version_label, owner_scope, owner_code, province_code, parent_id, status,
       effective_from, scale_k, rule_package_id, demo, notes)
     values (?::uuid, ?, ?, ?, ?, ?, ?, ?::uuid, 'DRAFT', ?::date, ?::numeric, ?::uuid, true, ?)`,
    [
      id,
      v.kind,
      v.name,
      v.versionLabel,
      v.owner.scope,
      v.owner.code,
      v.owner.province,
      v.parentId ?? null,
      v.effectiveFrom,
      v.scaleK ?? null,
      v.rulePackageId ?? null,
      'DEMO data: weights, scores and standards come from a synthetic cost model, not an official catalog.',
    ],
  );
  if (v.parentId) {
    for (const table of tablesOf(v.kind)) {
      await em.execute(copySql(table), [id, v.parentId]);
    }
  }
  for (const { table, values } of v.rows ?? []) {
    await em.execute(upsertSql(table), [
      id,
      ...table.columns.map((_, i) => pgArray(values.map((row) => row[i]))),
    ]);
  }
  if (v.publish) {
    await em.execute(
      `update catalog_version set status = 'PUBLISHED', published_at = now() where id = ?::uuid`,
      [id],
    );
  }
  return id;
}

const lines = fileLines;

interface RulesJson {
  meta: { name: string; version: string };
  adrgs: Record<string, { mdc: string; drgs: { code: string }[] }>;
  drgNames: Record<string, string>;
}

const NATIONAL = { scope: 'NATIONAL', code: '000000', province: null } as const;
const SICHUAN = { scope: 'PROVINCE', code: '510000', province: '510000' } as const;
const CHENGDU = { scope: 'REGION', code: '510100', province: '510000' } as const;

/**
 * Seeds demo catalogs into an empty catalog store, as the owner role:
 * - a built-in subset of the ICD-10 / ICD-9-CM-3 医保版 tables (the codes the demo uses);
 * - the CHS-DRG 1.1 rule package (Apache-2.0, see seed/NOTICE-chs-drg-1.1) and a national DRG
 *   catalog of its 628 DRGs with DEMO weights (see drg-demo-weights.ts), effective 2024-01-01;
 * - Sichuan's provincial DRG catalog derived from it (2025-01-01, a few local weights), Chengdu's
 *   derived from Sichuan's (2025-07-01), and a Chengdu draft for 2026 (visible to Chengdu only);
 * - a national DIP catalog (seed/dip-demo-catalog.json: 724 groups and 8 auxiliary rows built from
 *   the ICD tables by scripts/build-dip-demo.ts, K = 100), adopted unchanged by 泸州 and 宜宾 (the
 *   demo regions paid by DIP), a TCM-advantage catalog of 10 diseases, and a bed-day catalog.
 * Returns false (and writes nothing) when any catalog version exists.
 */
export async function seedDemoCatalogs(em: EntityManager): Promise<boolean> {
  const [{ n }] = await em.execute<{ n: number }[]>(
    'select count(*)::int as n from catalog_version',
  );
  if (n > 0) return false;

  await importCodeTable(em, CodeKind.ICD10, lines(join(SEED_DIR, 'icd10-subset.tsv')));
  await importCodeTable(em, CodeKind.ICD9CM3, lines(join(SEED_DIR, 'icd9cm3-subset.tsv')));

  const text = readFileSync(join(SEED_DIR, 'chs-drg-1.1.rules.json'), 'utf8');
  const rules = JSON.parse(text) as RulesJson;
  const rulePackageId = randomUUID();
  await em.execute(
    `insert into rule_package (id, kind, name, version, owner_scope, owner_code, province_code, content, sha256)
     values (?::uuid, 'DRG', ?, ?, 'NATIONAL', '000000', null, ?::jsonb, ?)`,
    [
      rulePackageId,
      rules.meta.name,
      rules.meta.version,
      text,
      createHash('sha256').update(text).digest('hex'),
    ],
  );

  const drgRows = Object.entries(rules.adrgs).flatMap(([adrg, def]) =>
    def.drgs.map(({ code }) => {
      const figures = demoDrgFigures(code, adrg, def.mdc);
      return [
        code,
        def.mdc,
        adrg,
        rules.drgNames[code] ?? code,
        figures.weight,
        figures.averageCost,
        figures.averageLos,
      ];
    }),
  );
  const national = await createVersion(em, {
    kind: CatalogKind.DRG,
    name: 'CHS-DRG 1.1 国家版（演示权重）',
    versionLabel: '1.1-demo',
    owner: NATIONAL,
    effectiveFrom: '2024-01-01',
    rulePackageId,
    publish: true,
    rows: [{ table: DRG_GROUPS, values: drgRows }],
  });

  // Local adjustments (demo): a province raises two weights, a city one more.
  const reweigh = (codes: string[], factor: string) =>
    drgRows
      .filter((row) => codes.includes(row[0] as string))
      .map((row) => {
        const copy = [...row];
        copy[4] = new Dec(row[4] as string).times(factor).toDecimalPlaces(4).toFixed(4);
        return copy;
      });
  const sichuan = await createVersion(em, {
    kind: CatalogKind.DRG,
    name: 'CHS-DRG 1.1 四川省版（演示）',
    versionLabel: '2025.1',
    owner: SICHUAN,
    effectiveFrom: '2025-01-01',
    parentId: national,
    rulePackageId,
    publish: true,
    rows: [{ table: DRG_GROUPS, values: reweigh(['GZ13', 'ES21'], '1.05') }],
  });
  const chengdu = await createVersion(em, {
    kind: CatalogKind.DRG,
    name: 'CHS-DRG 1.1 成都市版（演示）',
    versionLabel: '2025.2',
    owner: CHENGDU,
    effectiveFrom: '2025-07-01',
    parentId: sichuan,
    rulePackageId,
    publish: true,
    rows: [{ table: DRG_GROUPS, values: reweigh(['IR29'], '0.97') }],
  });
  await createVersion(em, {
    kind: CatalogKind.DRG,
    name: 'CHS-DRG 1.1 成都市版（2026草稿）',
    versionLabel: '2026.1-draft',
    owner: CHENGDU,
    effectiveFrom: '2026-01-01',
    parentId: chengdu,
    rulePackageId,
    publish: false,
  });

  await createVersion(em, {
    kind: CatalogKind.BED_DAY,
    name: '按床日付费类别（演示）',
    versionLabel: '2024-demo',
    owner: NATIONAL,
    effectiveFrom: '2024-01-01',
    publish: true,
    rows: [
      {
        table: BED_DAY_CATEGORIES,
        values: [
          ['PSY', '精神类长期住院', '320.00', '180'],
          ['REHAB', '医疗康复', '560.00', '90'],
          ['HOSPICE', '安宁疗护', '480.00', '60'],
          ['TCM-REHAB', '中医康复', '450.00', '60'],
        ],
      },
    ],
  });
  const dipDemo = loadDipDemoCatalog();
  const dipGroups = dipDemo.rows.filter((r): r is DipGroupRow => 'diagnosisKey' in r);
  const dipAux = dipDemo.rows.filter((r): r is DipAuxRow => !('diagnosisKey' in r));
  const nationalDip = await createVersion(em, {
    kind: CatalogKind.DIP,
    name: 'DIP 病种目录（演示）',
    versionLabel: '2024-demo',
    owner: NATIONAL,
    effectiveFrom: '2024-01-01',
    scaleK: dipDemo.scaleK,
    publish: true,
    rows: [
      {
        table: DIP_GROUPS,
        values: dipGroups.map(dipGroupValues),
      },
      {
        table: DIP_AUX_FACTORS,
        values: dipAux.map(dipAuxValues),
      },
    ],
  });
  // the regions paid by DIP (泸州, 宜宾) adopt the national DIP catalog as their own, so DIP is
  // the most local paying catalog there (a region's DRG comes from the province)
  for (const [code, name] of [
    ['510500', '泸州市'],
    ['511500', '宜宾市'],
  ])
    await createVersion(em, {
      kind: CatalogKind.DIP,
      name: `DIP 病种目录 ${name}版（演示）`,
      versionLabel: '2024-demo',
      owner: { scope: 'REGION', code, province: SICHUAN.code },
      effectiveFrom: '2024-01-01',
      parentId: nationalDip,
      scaleK: dipDemo.scaleK,
      publish: true,
    });
  await createVersion(em, {
    kind: CatalogKind.TCM_ADVANTAGE,
    name: '中医优势病种目录（演示）',
    versionLabel: '2025-demo',
    owner: NATIONAL,
    effectiveFrom: '2025-01-01',
    publish: true,
    rows: [
      {
        table: TCM_DISEASES,
        values: TCM_DEMO_CATALOG.map((d) => [
          d.tcdCode,
          d.name,
          d.icd10Codes.join(','),
          d.standard,
          d.minTcmTreatmentShare,
          d.minLos == null ? null : String(d.minLos),
          d.maxLos == null ? null : String(d.maxLos),
        ]),
      },
    ],
  });
  return true;
}
