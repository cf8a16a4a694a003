import { registerEnumType } from 'type-graphql';

/** The level a caller acts at. */
export enum Scope {
  NATIONAL = 'NATIONAL',
  PROVINCE = 'PROVINCE',
  REGION = 'REGION',
  HOSPITAL = 'HOSPITAL',
}

registerEnumType(Scope, {
  name: 'Scope',
  description: 'The level a caller acts at (权限层级).',
  valuesConfig: {
    NATIONAL: {
      description: 'National bureau (国家医保局): reads everything, publishes national catalogs.',
    },
    PROVINCE: { description: 'Provincial bureau (省级医保局): its province.' },
    REGION: { description: 'Pooling-region bureau (统筹地区医保局): the tenant.' },
    HOSPITAL: { description: 'Designated hospital (定点医疗机构).' },
  },
});

/** Role that may run registry admin mutations within the caller's own scope. */
export const ADMIN_ROLE = 'ADMIN';

/** A verified caller, derived only from a signed token. */
export interface Principal {
  readonly subject: string;
  readonly scope: Scope;
  /** The tenant's own code: '000000' for NATIONAL, else a province, region or hospital code. */
  readonly code: string;
  /** The province the tenant belongs to; undefined for NATIONAL. */
  readonly provinceCode: string | undefined;
  readonly roles: readonly string[];
}

export const NATIONAL_CODE = '000000';

const CODE_FORMAT: Record<Scope, RegExp> = {
  NATIONAL: /^000000$/,
  PROVINCE: /^[1-9][0-9]0000$/,
  REGION: /^[1-9][0-9]{5}$/,
  HOSPITAL: /^H[1-9][0-9]{10}$/,
};

export function isValidTenantCode(scope: Scope, code: string): boolean {
  if (!CODE_FORMAT[scope].test(code)) return false;
  // a region code is never its province's own code (510000 is the province, 519900 its pool)
  return scope !== Scope.REGION || !code.endsWith('0000');
}

/**
 * The province a tenant belongs to, from its code alone (GB/T 2260: the first two digits of an
 * administrative code, and of the area embedded in a hospital's national code).
 */
export function provinceOf(scope: Scope, code: string): string | undefined {
  switch (scope) {
    case Scope.NATIONAL:
      return undefined;
    case Scope.HOSPITAL:
      return `${code.slice(1, 3)}0000`;
    default:
      return `${code.slice(0, 2)}0000`;
  }
}

/** Role that lets a co-owner other than the treating hospital read insured persons' identifiers. */
export const PII_ROLE = 'PII';

const ROLE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * The transaction-local settings the row-level security policies read. `roles` is the token's
 * roles as `,A,B,` (only plain role names: a comma inside a claimed role could forge another).
 */
export function rlsSettings(principal: Principal): {
  scope: string;
  code: string;
  province: string;
  roles: string;
} {
  const roles = principal.roles.filter((role) => ROLE_NAME.test(role));
  return {
    scope: principal.scope,
    code: principal.code,
    province: principal.provinceCode ?? '',
    roles: roles.length ? `,${roles.join(',')},` : '',
  };
}
