import type { SqlCondition } from '../../db';
import type { Principal } from '../identity';
import { Scope } from '../identity';
import { TenancyError } from './tenancy.errors';

/**
 * Application-side mirror of the registry policies (defence in depth; the database decides).
 * Reads: a principal sees its own province; NATIONAL sees all.
 */
export function provinceScopeCondition(
  principal: Principal,
  column = 't.province_code',
): SqlCondition[] {
  return principal.scope === Scope.NATIONAL
    ? []
    : [{ sql: `${column} = ?`, params: [principal.provinceCode] }];
}

export function requireScope(principal: Principal, scope: Scope, action: string): void {
  if (principal.scope !== scope) {
    throw new TenancyError('WRONG_SCOPE', `Only a ${scope} principal may ${action}`);
  }
}
