/** Identity: verified principals from signed JWTs, and the development token issuer. */
export {
  Scope,
  ADMIN_ROLE,
  PII_ROLE,
  NATIONAL_CODE,
  provinceOf,
  rlsSettings,
  isValidTenantCode,
} from './principal';
export type { Principal } from './principal';
export { TokenVerifier } from './token-verifier';
export { issueToken, type TokenRequest } from './token-issuer';
