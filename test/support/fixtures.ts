import {
  CreateHospitalDocument,
  CreatePoolingRegionDocument,
  CreateProvinceDocument,
} from '../generated/graphql';
import { send } from './client';
import { Scope, type TestApp } from './test-app';

/** A second province, created through the API the way a national and provincial bureau would. */
export const GUIZHOU = {
  code: '520000',
  name: '贵州省',
  regions: [
    {
      code: '520100',
      name: '贵阳市',
      hospitals: [
        {
          code: 'H52010000001',
          name: '贵州省人民医院',
          level: 'TERTIARY',
          grade: 'A',
          type: 'GENERAL',
        },
        {
          code: 'H52010000002',
          name: '贵州中医药大学第一附属医院',
          level: 'TERTIARY',
          grade: 'A',
          type: 'TCM',
        },
        {
          code: 'H52010000003',
          name: '贵阳市第二人民医院',
          level: 'TERTIARY',
          grade: 'B',
          type: 'GENERAL',
        },
      ],
    },
    {
      code: '520300',
      name: '遵义市',
      hospitals: [
        {
          code: 'H52030000001',
          name: '遵义医科大学附属医院',
          level: 'TERTIARY',
          grade: 'A',
          type: 'GENERAL',
        },
        { code: 'H52030000002', name: '遵义市中医院', level: 'TERTIARY', grade: 'A', type: 'TCM' },
      ],
    },
  ],
} as const;

export const GUIZHOU_HOSPITALS = GUIZHOU.regions.flatMap((r) => r.hospitals.map((h) => h.code));

function ok<T>(result: { data?: T | null; errors?: unknown[] }): T {
  if (result.errors?.length || !result.data)
    throw new Error(`fixture write failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function createGuizhou(t: TestApp): Promise<void> {
  const national = await t.token(Scope.NATIONAL);
  ok(
    await send(
      t.url,
      CreateProvinceDocument,
      { input: { code: GUIZHOU.code, name: GUIZHOU.name } },
      national,
    ),
  );
  const province = await t.token(Scope.PROVINCE, GUIZHOU.code);
  for (const region of GUIZHOU.regions) {
    ok(
      await send(
        t.url,
        CreatePoolingRegionDocument,
        { input: { code: region.code, name: region.name, level: 'CITY' } },
        province,
      ),
    );
    const regionToken = await t.token(Scope.REGION, region.code);
    for (const hospital of region.hospitals) {
      ok(await send(t.url, CreateHospitalDocument, { input: { ...hospital } }, regionToken));
    }
  }
}
