import { serverAudits } from 'graphql-http';
import { Scope, startTestApp, type TestApp } from '../support/test-app';

/** GraphQL-over-HTTP conformance, with the graphql-http package's own server audits. */
let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await t.token(Scope.REGION, '510100', []);
});
afterAll(() => t.stop());

// The audits know nothing of authentication: give each of their requests a valid token.
const authedFetch: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

describe('graphql-http server audits', () => {
  const audits = serverAudits({ url: () => t.url, fetchFn: authedFetch });

  it('runs the audit list', () => {
    expect(audits.length).toBeGreaterThan(20);
    expect(audits.some((a) => a.name.startsWith('MUST'))).toBe(true);
  });

  for (const audit of audits) {
    const level = audit.name.split(' ')[0];
    it(audit.name, async () => {
      const result = await audit.fn();
      if (level === 'MUST') {
        // a MUST failure is a spec violation: show its reason in the failure message
        expect({
          status: result.status,
          reason: result.status === 'ok' ? undefined : result.reason,
        }).toEqual({
          status: 'ok',
          reason: undefined,
        });
      } else {
        expect(['ok', 'notice', 'warn', 'error']).toContain(result.status);
      }
    });
  }
});
