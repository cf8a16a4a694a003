/**
 * DEMO TCM-advantage disease catalog (中医优势病种按病种付费目录) — demonstration data, NOT a
 * bureau's catalog. Every row is flagged `demo: true`.
 *
 * - Diseases: real ones from the national TCM clinical pathways and pilot practice (国家中医药管理局
 *   《22个专业95个病种中医临床路径》2010, 骨伤科中医临床路径 2017), the pool the 2025 pilot notice
 *   (国家医保局办公室 国家中医药局综合司, 2025-09-24) tells regions to choose from.
 * - TCD codes: as printed in those pathways (GB/T 15657-1995 form, e.g. BWG000). The 医保版 TCD
 *   code table follows GB/T 15657-2021 (`A…` form); a region importing its own catalog replaces
 *   these codes.
 * - ICD-10 mappings: categories/subcategories present in the ICD-10 医保版 2.0 table.
 * - Standards (CNY per case), minimum TCM-treatment shares and LOS bounds: invented, but shaped
 *   like pilot rules (LOS upper bounds follow each pathway's standard stay).
 */
import type { TcmDiseaseRow } from '../../../domain/grouping/tcm';

export const TCM_DEMO_CATALOG: readonly TcmDiseaseRow[] = [
  {
    tcdCode: 'BWG000',
    name: '痔（混合痔） [DEMO]',
    // Ⅲ/Ⅳ度痔 and 混合痔 (K64.811, under 特指痔 K64.8): the operated grades
    icd10Codes: ['K64.2', 'K64.3', 'K64.8'],
    standard: '6800',
    minTcmTreatmentShare: '0.15',
    minLos: 3,
    maxLos: 14,
    demo: true,
  },
  {
    tcdCode: 'BWG040',
    name: '肛痈（肛管直肠周围脓肿） [DEMO]',
    icd10Codes: ['K61'],
    standard: '7200',
    minTcmTreatmentShare: '0.15',
    minLos: 3,
    maxLos: 21,
    demo: true,
  },
  {
    tcdCode: 'BGS000',
    name: '项痹病（神经根型颈椎病） [DEMO]',
    icd10Codes: ['M47.2', 'M50.1'],
    standard: '9800',
    minTcmTreatmentShare: '0.5',
    minLos: 7,
    maxLos: 21,
    demo: true,
  },
  {
    tcdCode: 'BNV090',
    name: '膝痹病（膝关节骨性关节炎） [DEMO]',
    icd10Codes: ['M17'],
    standard: '8600',
    minTcmTreatmentShare: '0.5',
    minLos: 7,
    maxLos: 21,
    demo: true,
  },
  {
    tcdCode: 'BNG080',
    name: '中风病（脑梗死）恢复期 [DEMO]',
    // recovery phase: the acute infarct code or its sequela (脑梗死后遗症 I69.3)
    icd10Codes: ['I63', 'I69.3'],
    standard: '16500',
    minTcmTreatmentShare: '0.4',
    minLos: 14,
    maxLos: 28,
    demo: true,
  },
  {
    tcdCode: 'BNS050',
    name: '腰痛病（腰椎间盘突出症） [DEMO]',
    icd10Codes: ['M51.2'],
    standard: '8200',
    minTcmTreatmentShare: '0.5',
    minLos: 7,
    maxLos: 15,
    demo: true,
  },
  {
    tcdCode: 'BGG000',
    name: '锁骨骨折 [DEMO]',
    icd10Codes: ['S42.0'],
    standard: '7500',
    minTcmTreatmentShare: '0.3',
    minLos: null,
    maxLos: 21,
    demo: true,
  },
  {
    tcdCode: 'BNV050',
    name: '痛风病（痛风性关节炎） [DEMO]',
    icd10Codes: ['M10'],
    standard: '5600',
    minTcmTreatmentShare: '0.4',
    minLos: 5,
    maxLos: 14,
    demo: true,
  },
  {
    tcdCode: 'BNV070',
    name: '燥痹（干燥综合征） [DEMO]',
    icd10Codes: ['M35.0'],
    standard: '9200',
    minTcmTreatmentShare: '0.45',
    minLos: 7,
    maxLos: 21,
    demo: true,
  },
  {
    tcdCode: 'BNX100',
    name: '痴呆（血管性痴呆） [DEMO]',
    icd10Codes: ['F01'],
    standard: '12800',
    minTcmTreatmentShare: '0.4',
    minLos: 14,
    maxLos: 30,
    demo: true,
  },
];
