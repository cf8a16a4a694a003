import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from './context';
import { forbidden } from '../shared/errors';

/**
 * `@Authorized('ADMIN')`: the caller must hold every listed role. Scope ownership (which
 * province or region may be written) is checked by the services and enforced by the database.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const missing = roles.filter((role) => !context.principal.roles.includes(role));
  if (missing.length > 0) throw forbidden(`Requires role ${missing.join(', ')}`, 'MISSING_ROLE');
  return true;
};
