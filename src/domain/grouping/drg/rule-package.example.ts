import type { RulePackage } from './rule-package.types';

/**
 * The "Tiny example" of FORMAT.md: one validation rule, one MDC, one ADRG split by CC. With it
 * the OpenDRG README case (K22.301 principal, K11.901 a CC of table 110, the principal excluding
 * table 111) groups to MDCG / GZ1 / GZ13. Returns a fresh copy, so callers may change it.
 */
export function tinyRulePackage(): RulePackage {
  return {
    format: 'drg-rule-package',
    formatVersion: 1,
    meta: { name: 'CHS-DRG 1.1', version: '1.1', license: 'Apache-2.0' },
    statuses: [
      { name: 'SUCCESS', opendrgEnum: 'SUCCESS', opendrgText: '分组成功', reachable: true },
    ],
    validation: [
      {
        id: 'SEX_MISSING',
        when: { missing: 'sex' },
        status: 'CHECK_FAILED',
        message: '病人性别为空',
      },
    ],
    mdcOrder: ['MDCG'],
    mdcs: { MDCG: { when: { principalDiagnosisIn: 'MDCG' }, adrgs: ['GZ1'] } },
    adrgs: {
      GZ1: {
        mdc: 'MDCG',
        when: { principalDiagnosisIn: 'GZ1.dx' },
        drgs: [
          { code: 'GZ13', when: { anyOf: [{ hasMcc: true }, { hasCc: true }] } },
          { code: 'GZ15', when: { always: true } },
        ],
      },
    },
    drgNames: {
      GZ13: '其他消化系统诊断，伴并发症或合并症',
      GZ15: '其他消化系统诊断，不伴并发症或合并症',
    },
    complications: {
      mcc: {},
      cc: { '110': ['K11.901'] },
      principalExclusion: { '111': ['K22.301'] },
    },
    codeLists: { MDCG: ['K22.301'], 'GZ1.dx': ['K22.301'] },
  };
}
