/**
 * How the DIP grouper reads an ICD-10 (医保版 2.0) diagnosis code: its 3-character category
 * (类目, `K80`), 4-character subcategory (亚目, `K80.1`) and chapter (章, `XI`).
 */

/** The parts of a diagnosis code the DIP grouper keys on. */
export interface DiagnosisKeys {
  /** Letter + two digits, e.g. `K80`. */
  readonly category: string;
  /** Category + `.` + the fourth character, e.g. `K80.1`; `A33.x` for an undivided category. */
  readonly subcategory: string;
  /** Roman numeral of the ICD-10 chapter, e.g. `XI`. */
  readonly chapter: string;
}

// Letter, two digits, then optionally an optional dot and the 4th character (digit or x).
const DIAGNOSIS = /^([A-Za-z])(\d{2})(?:\.?([0-9xX]))?/;

/**
 * Derives the DIP keys of a diagnosis code, or `null` when it is not an ICD-10 code.
 *
 * Rule (DOMAIN-FORMULAS §2: "principal diagnosis 4-character subcategory"):
 * - surrounding whitespace is ignored and the leading letter is upper-cased;
 * - category = letter + two digits (`K80.100x001` → `K80`);
 * - subcategory = category + `.` + the 4th character (`K80.100x001` → `K80.1`); a missing dot is
 *   tolerated (`K801` → `K80.1`); `X` is written `x` as the code table does (`A33.x00` → `A33.x`);
 * - a bare category (`I10`) maps to `I10.x`, which is how ICD-10 医保版 writes categories that
 *   have no subdivision (`I10.x00`); for a category that does have subdivisions `K80.x` simply
 *   has no rows, so such a case falls through to the comprehensive groups.
 * Anything after the 4th character (`00x001`, dagger/asterisk `+N08.3*`) is ignored.
 */
export function diagnosisKeys(code: string): DiagnosisKeys | null {
  const m = DIAGNOSIS.exec(code.trim());
  if (!m) return null;
  const category = m[1].toUpperCase() + m[2];
  const chapter = icd10Chapter(category);
  if (!chapter) return null;
  const fourth = (m[3] ?? 'x').toLowerCase();
  return { category, subcategory: `${category}.${fourth}`, chapter: chapter.numeral };
}

/** One ICD-10 chapter: its numeral, category range (inclusive) and title. */
export interface Icd10Chapter {
  readonly numeral: string;
  readonly first: string;
  readonly last: string;
  readonly title: string;
}

/**
 * The ICD-10 chapters by category range (ICD-10 2nd edition / GB/T 14396-2016, which the 医保版
 * 2.0 code table follows; every category of the shipped table falls in one of these ranges).
 */
export const ICD10_CHAPTERS: readonly Icd10Chapter[] = [
  { numeral: 'I', first: 'A00', last: 'B99', title: '某些传染病和寄生虫病' },
  { numeral: 'II', first: 'C00', last: 'D48', title: '肿瘤' },
  {
    numeral: 'III',
    first: 'D50',
    last: 'D89',
    title: '血液及造血器官疾病和某些涉及免疫机制的疾患',
  },
  { numeral: 'IV', first: 'E00', last: 'E90', title: '内分泌、营养和代谢疾病' },
  { numeral: 'V', first: 'F00', last: 'F99', title: '精神和行为障碍' },
  { numeral: 'VI', first: 'G00', last: 'G99', title: '神经系统疾病' },
  { numeral: 'VII', first: 'H00', last: 'H59', title: '眼和附器疾病' },
  { numeral: 'VIII', first: 'H60', last: 'H95', title: '耳和乳突疾病' },
  { numeral: 'IX', first: 'I00', last: 'I99', title: '循环系统疾病' },
  { numeral: 'X', first: 'J00', last: 'J99', title: '呼吸系统疾病' },
  { numeral: 'XI', first: 'K00', last: 'K93', title: '消化系统疾病' },
  { numeral: 'XII', first: 'L00', last: 'L99', title: '皮肤和皮下组织疾病' },
  { numeral: 'XIII', first: 'M00', last: 'M99', title: '肌肉骨骼系统和结缔组织疾病' },
  { numeral: 'XIV', first: 'N00', last: 'N99', title: '泌尿生殖系统疾病' },
  { numeral: 'XV', first: 'O00', last: 'O99', title: '妊娠、分娩和产褥期' },
  { numeral: 'XVI', first: 'P00', last: 'P96', title: '起源于围生期的某些情况' },
  { numeral: 'XVII', first: 'Q00', last: 'Q99', title: '先天性畸形、变形和染色体异常' },
  { numeral: 'XVIII', first: 'R00', last: 'R99', title: '症状、体征和临床与实验室异常所见' },
  { numeral: 'XIX', first: 'S00', last: 'T98', title: '损伤、中毒和外因的某些其他后果' },
  { numeral: 'XX', first: 'V01', last: 'Y98', title: '疾病和死亡的外因' },
  { numeral: 'XXI', first: 'Z00', last: 'Z99', title: '影响健康状态和与保健机构接触的因素' },
  { numeral: 'XXII', first: 'U00', last: 'U99', title: '用于特殊目的的编码' },
];

const CHAPTER_BY_NUMERAL = new Map(ICD10_CHAPTERS.map((c) => [c.numeral, c]));

// every possible category (26 letters × 100) resolved once, so grouping does a Map lookup
const CHAPTER_BY_CATEGORY = new Map<string, Icd10Chapter>();
for (const chapter of ICD10_CHAPTERS) {
  for (let letter = 65; letter <= 90; letter++) {
    for (let n = 0; n < 100; n++) {
      const category = String.fromCharCode(letter) + String(n).padStart(2, '0');
      // letter + two digits compare correctly as strings
      if (category >= chapter.first && category <= chapter.last) {
        CHAPTER_BY_CATEGORY.set(category, chapter);
      }
    }
  }
}

/** The chapter of a 3-character category (`K80` → XI), or `null` outside every range. */
export function icd10Chapter(category: string): Icd10Chapter | null {
  return CHAPTER_BY_CATEGORY.get(category) ?? null;
}

/** The chapter with this Roman numeral, or `null`. */
export function icd10ChapterByNumeral(numeral: string): Icd10Chapter | null {
  return CHAPTER_BY_NUMERAL.get(numeral) ?? null;
}
