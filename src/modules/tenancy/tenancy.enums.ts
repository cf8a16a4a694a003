import { registerEnumType } from 'type-graphql';

/** Level of a pooling region (统筹层次). */
export enum RegionLevel {
  PROVINCIAL_POOL = 'PROVINCIAL_POOL',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
}

/** Hospital level (医院等级: 三级/二级/一级). */
export enum HospitalLevel {
  TERTIARY = 'TERTIARY',
  SECONDARY = 'SECONDARY',
  PRIMARY = 'PRIMARY',
  UNRATED = 'UNRATED',
}

/** Grade within a level (等次: 甲/乙/丙). */
export enum HospitalGrade {
  A = 'A',
  B = 'B',
  C = 'C',
}

/** Kind of hospital (医疗机构类别). */
export enum HospitalType {
  GENERAL = 'GENERAL',
  TCM = 'TCM',
  INTEGRATED = 'INTEGRATED',
  SPECIALTY = 'SPECIALTY',
}

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Level of a pooling region (统筹层次).',
  valuesConfig: {
    PROVINCIAL_POOL: { description: 'Provincial pool (省本级 / 省级统筹).' },
    CITY: { description: 'City-level pool (市级统筹).' },
    COUNTY: { description: 'County-level pool (县级统筹).' },
  },
});

registerEnumType(HospitalLevel, {
  name: 'HospitalLevel',
  description: 'Hospital level (医院等级).',
  valuesConfig: {
    TERTIARY: { description: 'Tertiary (三级).' },
    SECONDARY: { description: 'Secondary (二级).' },
    PRIMARY: { description: 'Primary (一级).' },
    UNRATED: { description: 'Not rated (未定级).' },
  },
});

registerEnumType(HospitalGrade, {
  name: 'HospitalGrade',
  description: 'Grade within a hospital level (等次).',
  valuesConfig: {
    A: { description: 'Grade A (甲等).' },
    B: { description: 'Grade B (乙等).' },
    C: { description: 'Grade C (丙等).' },
  },
});

registerEnumType(HospitalType, {
  name: 'HospitalType',
  description: 'Kind of hospital (医疗机构类别).',
  valuesConfig: {
    GENERAL: { description: 'General hospital (综合医院).' },
    TCM: { description: 'Traditional Chinese medicine hospital (中医医院).' },
    INTEGRATED: {
      description: 'Integrated Chinese and Western medicine hospital (中西医结合医院).',
    },
    SPECIALTY: { description: 'Specialty hospital (专科医院).' },
  },
});
