import { SignJWT } from 'jose';
import type { AppConfig } from '../../config';
import { isValidTenantCode, NATIONAL_CODE, Scope } from './principal';
import { hmacKey } from './signing-key';

export interface TokenRequest {
  scope: Scope;
  code?: string;
  roles?: string[];
  subject?: string;
  /** Lifetime, e.g. "12h", "30m", "7d" (jose time span). */
  expiresIn?: string;
}

/** Issues an HS256 token (development, tests, and deployments that share `JWT_SECRET`). */
export async function issueToken(config: AppConfig, request: TokenRequest): Promise<string> {
  const code = request.scope === Scope.NATIONAL ? (request.code ?? NATIONAL_CODE) : request.code;
  if (!code || !isValidTenantCode(request.scope, code)) {
    throw new Error(`"${code ?? ''}" is not a valid ${request.scope} code`);
  }
  return new SignJWT({ scope: request.scope, code, roles: request.roles ?? [] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject ?? `dev:${request.scope.toLowerCase()}:${code}`)
    .setIssuer(config.jwt.issuer)
    .setAudience(config.jwt.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '12h')
    .sign(hmacKey(config));
}
