import { pgColumns, type EntityManager } from '../../db';
import {
  HospitalGrade as G,
  HospitalLevel as L,
  HospitalType as T,
  RegionLevel,
} from './tenancy.enums';

/**
 * Demo province: Sichuan (四川省, 510000) with its provincial pool (省本级, 519900) and eight
 * city pools, real administrative codes and names (GB/T 2260), and 4–8 real hospitals per pool
 * with their published level, grade and kind. Hospital national codes are DEMO values in the
 * real format (H + 6-digit area + 5-digit sequence), not the institutions' actual codes.
 */
interface DemoHospital {
  name: string;
  level: L;
  grade: G | null;
  type: T;
}

interface DemoRegion {
  code: string;
  name: string;
  level: RegionLevel;
  hospitals: DemoHospital[];
}

const h = (name: string, level: L, grade: G | null, type: T): DemoHospital => ({
  name,
  level,
  grade,
  type,
});

export const DEMO_PROVINCE = { code: '510000', name: '四川省' };

export const DEMO_REGIONS: DemoRegion[] = [
  {
    code: '519900',
    name: '四川省省本级',
    level: RegionLevel.PROVINCIAL_POOL,
    hospitals: [
      h('四川省人民医院', L.TERTIARY, G.A, T.GENERAL),
      h('四川省肿瘤医院', L.TERTIARY, G.A, T.SPECIALTY),
      h('四川省中医院', L.TERTIARY, G.A, T.TCM),
      h('四川省第四人民医院', L.TERTIARY, G.B, T.GENERAL),
      h('四川省骨科医院', L.TERTIARY, G.A, T.TCM),
      h('四川省妇幼保健院', L.TERTIARY, G.A, T.SPECIALTY),
    ],
  },
  {
    code: '510100',
    name: '成都市',
    level: RegionLevel.CITY,
    hospitals: [
      h('四川大学华西医院', L.TERTIARY, G.A, T.GENERAL),
      h('成都市第一人民医院', L.TERTIARY, G.A, T.INTEGRATED),
      h('成都市第二人民医院', L.TERTIARY, G.A, T.GENERAL),
      h('成都市第三人民医院', L.TERTIARY, G.A, T.GENERAL),
      h('成都市中西医结合医院', L.TERTIARY, G.A, T.INTEGRATED),
      h('成都市龙泉驿区第一人民医院', L.SECONDARY, G.A, T.GENERAL),
      h('成都市郫都区中医医院', L.SECONDARY, G.A, T.TCM),
      h('成都市锦江区牛市口社区卫生服务中心', L.PRIMARY, null, T.GENERAL),
    ],
  },
  {
    code: '510300',
    name: '自贡市',
    level: RegionLevel.CITY,
    hospitals: [
      h('自贡市第一人民医院', L.TERTIARY, G.A, T.GENERAL),
      h('自贡市第四人民医院', L.TERTIARY, G.A, T.GENERAL),
      h('自贡市中医医院', L.TERTIARY, G.A, T.TCM),
      h('荣县人民医院', L.SECONDARY, G.A, T.GENERAL),
      h('富顺县中医医院', L.SECONDARY, G.A, T.TCM),
    ],
  },
  {
    code: '510500',
    name: '泸州市',
    level: RegionLevel.CITY,
    hospitals: [
      h('西南医科大学附属医院', L.TERTIARY, G.A, T.GENERAL),
      h('西南医科大学附属中医医院', L.TERTIARY, G.A, T.TCM),
      h('泸州市人民医院', L.TERTIARY, G.B, T.GENERAL),
      h('泸县人民医院', L.SECONDARY, G.A, T.GENERAL),
      h('合江县人民医院', L.SECONDARY, G.A, T.GENERAL),
      h('叙永县中医医院', L.SECONDARY, G.A, T.TCM),
    ],
  },
  {
    code: '510600',
    name: '德阳市',
    level: RegionLevel.CITY,
    hospitals: [
      h('德阳市人民医院', L.TERTIARY, G.A, T.GENERAL),
      h('德阳市中西医结合医院', L.TERTIARY, G.B, T.INTEGRATED),
      h('广汉市人民医院', L.SECONDARY, G.A, T.GENERAL),
      h('什邡市人民医院', L.SECONDARY, G.A, T.GENERAL),
      h('绵竹市中医医院', L.SECONDARY, G.A, T.TCM),
    ],
  },
  {
    code: '510700',
    name: '绵阳市',
    level: RegionLevel.CITY,
    hospitals: [
      h('绵阳市中心医院', L.TERTIARY, G.A, T.GENERAL),
      h('绵阳市第三人民医院', L.TERTIARY, G.A, T.SPECIALTY),
      h('绵阳市中医医院', L.TERTIARY, G.A, T.TCM),
      h('江油市人民医院', L.SECONDARY, G.A, T.GENERAL),
      h('三台县人民医院', L.SECONDARY, G.A, T.GENERAL),
      h('绵阳市游仙区忠兴镇中心卫生院', L.PRIMARY, G.A, T.GENERAL),
    ],
  },
  {
    code: '511300',
    name: '南充市',
    level: RegionLevel.CITY,
    hospitals: [
      h('川北医学院附属医院', L.TERTIARY, G.A, T.GENERAL),
      h('南充市中心医院', L.TERTIARY, G.A, T.GENERAL),
      h('南充市中医医院', L.TERTIARY, G.A, T.TCM),
      h('阆中市人民医院', L.SECONDARY, G.A, T.GENERAL),
      h('营山县人民医院', L.SECONDARY, G.A, T.GENERAL),
    ],
  },
  {
    code: '511500',
    name: '宜宾市',
    level: RegionLevel.CITY,
    hospitals: [
      h('宜宾市第一人民医院', L.TERTIARY, G.A, T.GENERAL),
      h('宜宾市第二人民医院', L.TERTIARY, G.A, T.GENERAL),
      h('宜宾市中医医院', L.TERTIARY, G.A, T.TCM),
      h('南溪区人民医院', L.SECONDARY, G.A, T.GENERAL),
    ],
  },
  {
    code: '513400',
    name: '凉山彝族自治州',
    level: RegionLevel.CITY,
    hospitals: [
      h('凉山彝族自治州第一人民医院', L.TERTIARY, G.A, T.GENERAL),
      h('凉山彝族自治州第二人民医院', L.TERTIARY, G.A, T.GENERAL),
      h('凉山彝族自治州中西医结合医院', L.TERTIARY, G.B, T.INTEGRATED),
      h('西昌市人民医院', L.SECONDARY, G.A, T.GENERAL),
      h('会理市人民医院', L.SECONDARY, G.A, T.GENERAL),
    ],
  },
];

/** Demo hospital code: H + the region's code + a 5-digit sequence (demo values, real format). */
export function demoHospitalCode(regionCode: string, index: number): string {
  return `H${regionCode}${String(index + 1).padStart(5, '0')}`;
}

/**
 * Seeds the demo province into an empty registry, as the owner role, in set-based inserts.
 * Returns false (and writes nothing) when any province already exists.
 */
export async function seedDemoProvince(em: EntityManager): Promise<boolean> {
  const [{ count }] = await em.execute<{ count: string }[]>(
    'select count(*) as count from province',
  );
  if (Number(count) > 0) return false;
  await em.execute('insert into province (code, name) values (?, ?)', [
    DEMO_PROVINCE.code,
    DEMO_PROVINCE.name,
  ]);
  const regions = DEMO_REGIONS.map((r) => [r.code, DEMO_PROVINCE.code, r.name, r.level]);
  await em.execute(
    `insert into pooling_region (code, province_code, name, level)
     select * from unnest(?::text[], ?::text[], ?::text[], ?::text[])`,
    pgColumns(regions, 4),
  );
  const hospitals = DEMO_REGIONS.flatMap((r) =>
    r.hospitals.map((x, i) => [
      demoHospitalCode(r.code, i),
      DEMO_PROVINCE.code,
      r.code,
      x.name,
      x.level,
      x.grade,
      x.type,
    ]),
  );
  await em.execute(
    `insert into hospital (code, province_code, region_code, name, level, grade, type)
     select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])`,
    pgColumns(hospitals, 7),
  );
  return true;
}
