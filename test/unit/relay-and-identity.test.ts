import { loadConfig, ConfigError } from '../../src/config';
import { CodedError } from '../../src/shared/errors';
import {
  decodeCursor,
  encodeCursor,
  fromGlobalId,
  pageRequest,
  toGlobalId,
} from '../../src/graphql/relay';
import { isValidTenantCode, provinceOf, Scope } from '../../src/modules/identity';
import { containsPattern } from '../../src/modules/tenancy/tenancy.validation';

describe('global ids and cursors', () => {
  it('round-trip', () => {
    expect(fromGlobalId(toGlobalId('Hospital', 'H51010000001'))).toEqual({
      type: 'Hospital',
      key: 'H51010000001',
    });
    expect(decodeCursor(encodeCursor('510100'))).toBe('510100');
  });

  it('reject malformed input with BAD_USER_INPUT', () => {
    for (const bad of [
      '',
      '%%%',
      Buffer.from('nocolon').toString('base64url'),
      Buffer.from(':x').toString('base64url'),
    ]) {
      expect(() => fromGlobalId(bad)).toThrow(CodedError);
    }
    expect(() => decodeCursor(Buffer.from('x:1').toString('base64url'))).toThrow(
      /Malformed cursor/,
    );
  });

  it('caps page sizes', () => {
    const limits = { defaultPageSize: 20, maxPageSize: 100 };
    expect(pageRequest({}, limits)).toEqual({ first: 20, after: null });
    expect(pageRequest({ first: 100 }, limits).first).toBe(100);
    expect(() => pageRequest({ first: 101 }, limits)).toThrow(/between 0 and 100/);
    expect(() => pageRequest({ first: -1 }, limits)).toThrow();
  });
});

describe('tenant codes', () => {
  it('derive the province from any tenant code', () => {
    expect(provinceOf(Scope.REGION, '510100')).toBe('510000');
    expect(provinceOf(Scope.REGION, '519900')).toBe('510000');
    expect(provinceOf(Scope.HOSPITAL, 'H52030000001')).toBe('520000');
    expect(provinceOf(Scope.NATIONAL, '000000')).toBeUndefined();
  });

  it('validate code formats per scope', () => {
    expect(isValidTenantCode(Scope.PROVINCE, '510000')).toBe(true);
    expect(isValidTenantCode(Scope.PROVINCE, '510100')).toBe(false);
    expect(isValidTenantCode(Scope.REGION, '510000')).toBe(false);
    expect(isValidTenantCode(Scope.REGION, '510100')).toBe(true);
    expect(isValidTenantCode(Scope.HOSPITAL, 'H5101000000')).toBe(false);
    expect(isValidTenantCode(Scope.NATIONAL, '000000')).toBe(true);
  });
});

describe('configuration', () => {
  it('has working defaults and honours --no-demo', () => {
    const config = loadConfig({}, ['--no-demo']);
    expect(config.port).toBe(4000);
    expect(config.demo).toBe(false);
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'false' }).demo).toBe(false);
  });

  it('seeds no demo data in production unless DEMO_DATA asks for it', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(production).demo).toBe(false);
    expect(loadConfig({ ...production, DEMO_DATA: 'true' }).demo).toBe(true);
    expect(loadConfig({ ...production, DEMO_DATA: 'true' }, ['--no-demo']).demo).toBe(false);
    // positive control: the other environments keep the zero-setup demo
    expect(loadConfig({ NODE_ENV: 'development' }).demo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).demo).toBe(true);
  });

  it('rejects bad values with a clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/32 characters/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET or JWT_PUBLIC_KEY/);
    expect(() => loadConfig({ DEFAULT_PAGE_SIZE: '200', MAX_PAGE_SIZE: '100' })).toThrow();
  });
});

it('escapes LIKE wildcards in name fragments', () => {
  expect(containsPattern('50%_\\')).toBe('%50\\%\\_\\\\%');
});
