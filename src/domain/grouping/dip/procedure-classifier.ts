/**
 * Procedure classes of the DIP comprehensive groups (综合病种), lowest to highest:
 * 保守治疗 < 诊断性操作 < 治疗性操作 < 相关手术 (DIP 技术规范 1.0; DOMAIN-FORMULAS §2).
 */
export type ProcedureClass = 'CONSERVATIVE' | 'DIAGNOSTIC' | 'THERAPEUTIC' | 'RELATED_SURGERY';

/** The classes in ascending order; a case's class is the highest of its procedures. */
export const PROCEDURE_CLASSES: readonly ProcedureClass[] = [
  'CONSERVATIVE',
  'DIAGNOSTIC',
  'THERAPEUTIC',
  'RELATED_SURGERY',
];

const RANK: Record<ProcedureClass, number> = {
  CONSERVATIVE: 0,
  DIAGNOSTIC: 1,
  THERAPEUTIC: 2,
  RELATED_SURGERY: 3,
};

/** Rank of a class (0 = conservative … 3 = related surgery). */
export function procedureClassRank(c: ProcedureClass): number {
  return RANK[c];
}

/**
 * Classifies one ICD-9-CM-3 procedure code. Pluggable: every region publishes its own operating-
 * room list and diagnostic/therapeutic split with its DIP catalog, so the grouper takes the
 * classifier as an option and the default below is only a fallback.
 */
export interface ProcedureClassifier {
  classify(code: string): ProcedureClass;
}

/** Inputs of the default classifier; both lists are optional. */
export interface DefaultClassifierOptions {
  /**
   * Operating-room procedures (手术室手术, e.g. CHS-DRG's `SS_VALID` list). When given, exactly
   * these codes are RELATED_SURGERY; when absent, the section heuristic below decides.
   */
  readonly operatingRoomProcedures?: Iterable<string>;
  /** Extra code prefixes to treat as DIAGNOSTIC, added to `DEFAULT_DIAGNOSTIC_PREFIXES`. */
  readonly diagnosticPrefixes?: Iterable<string>;
}

/**
 * Diagnostic procedures inside the body-system sections of ICD-9-CM-3: the "diagnostic procedures
 * on …" subsections (biopsies, endoscopic inspection, cardiac catheterisation). Sections 87–91
 * (imaging, examinations, laboratory) and 92.0–92.1 (nuclear scans) are diagnostic as a whole.
 */
export const DEFAULT_DIAGNOSTIC_PREFIXES: readonly string[] = [
  '01.1', // skull, brain, meninges
  '03.3', // spinal cord and canal
  '06.1', // thyroid, parathyroid
  '31.4', // larynx, trachea (laryngoscopy, tracheoscopy)
  '33.2', // bronchus, lung (bronchoscopy, biopsy)
  '34.2', // chest wall, pleura, mediastinum
  '37.2', // heart, pericardium (cardiac catheterisation)
  '40.1', // lymphatic structures
  '41.3', // bone marrow, spleen
  '42.2', // oesophagus
  '44.1', // stomach
  '45.1', // small intestine (incl. EGD)
  '45.2', // large intestine (colonoscopy)
  '48.2', // rectum
  '50.1', // liver
  '51.1', // biliary tract (ERCP)
  '52.1', // pancreas
  '54.2', // abdominal region (diagnostic laparoscopy)
  '55.2', // kidney
  '56.3', // ureter
  '57.3', // bladder (cystoscopy)
  '65.1', // ovary
  '68.1', // uterus
  '77.4', // bone biopsy
  '83.2', // muscle, tendon, soft tissue
  '85.1', // breast
  '86.1', // skin
];

const ICD9CM3 = /^(\d{2})\.\d/;

/**
 * The default classifier (a fallback a region replaces with its own lists):
 * 1. a code that is not ICD-9-CM-3 shaped (`NN.d…`) → CONSERVATIVE (it counts as no procedure);
 * 2. with an operating-room list: listed → RELATED_SURGERY;
 * 3. sections 87–91, 92.0–92.1, or a diagnostic prefix → DIAGNOSTIC;
 * 4. without an operating-room list: sections 01–86 (operations on body systems) → RELATED_SURGERY;
 * 5. everything else (00, 92.2–99, and non-listed codes when a list is given) → THERAPEUTIC.
 */
export function createDefaultProcedureClassifier(
  options: DefaultClassifierOptions = {},
): ProcedureClassifier {
  const orList = options.operatingRoomProcedures ? new Set(options.operatingRoomProcedures) : null;
  const prefixes = [...DEFAULT_DIAGNOSTIC_PREFIXES, ...(options.diagnosticPrefixes ?? [])];
  const cache = new Map<string, ProcedureClass>();
  const classifyUncached = (code: string): ProcedureClass => {
    const m = ICD9CM3.exec(code);
    if (!m) return 'CONSERVATIVE';
    if (orList?.has(code)) return 'RELATED_SURGERY';
    const section = Number(m[1]);
    if (section >= 87 && section <= 91) return 'DIAGNOSTIC';
    if (section === 92 && (code.startsWith('92.0') || code.startsWith('92.1'))) return 'DIAGNOSTIC';
    if (prefixes.some((p) => code.startsWith(p))) return 'DIAGNOSTIC';
    if (!orList && section >= 1 && section <= 86) return 'RELATED_SURGERY';
    return 'THERAPEUTIC';
  };
  return {
    classify(code: string): ProcedureClass {
      let c = cache.get(code);
      if (c === undefined) {
        c = classifyUncached(code);
        // bounded: a misbehaving feed of unique junk codes must not grow memory without limit
        if (cache.size < 50_000) cache.set(code, c);
      }
      return c;
    },
  };
}

/** The highest class among a case's procedures; no procedures → CONSERVATIVE. */
export function highestProcedureClass(
  procedures: Iterable<string>,
  classifier: ProcedureClassifier,
): ProcedureClass {
  let best: ProcedureClass = 'CONSERVATIVE';
  for (const code of procedures) {
    const c = classifier.classify(code);
    if (RANK[c] > RANK[best]) best = c;
  }
  return best;
}
