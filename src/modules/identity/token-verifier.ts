import { errors, jwtVerify } from 'jose';
import type { AppConfig } from '../../config';
import { unauthenticated } from '../../shared/errors';
import { isValidTenantCode, provinceOf, Scope, type Principal } from './principal';
import { verificationKey, type VerificationKey } from './signing-key';

const SCOPES = new Set<string>(Object.values(Scope));

/** Verifies bearer tokens: signature, issuer, audience, expiry, and the shape of our claims. */
export class TokenVerifier {
  private constructor(
    private readonly key: VerificationKey,
    private readonly config: AppConfig,
  ) {}

  static async create(config: AppConfig): Promise<TokenVerifier> {
    return new TokenVerifier(await verificationKey(config), config);
  }

  /** Returns the principal or throws an UNAUTHENTICATED `CodedError` saying why. */
  async verify(authorization: string | undefined): Promise<Principal> {
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization?.trim() ?? '');
    if (!match) throw unauthenticated();
    let payload;
    try {
      ({ payload } = await jwtVerify(match[1], this.key.key, {
        algorithms: this.key.algorithms,
        issuer: this.config.jwt.issuer,
        audience: this.config.jwt.audience,
        clockTolerance: 5,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('Token expired');
      throw unauthenticated('Invalid token');
    }
    const { scope, code, roles, sub } = payload as Record<string, unknown>;
    if (typeof scope !== 'string' || !SCOPES.has(scope) || typeof code !== 'string') {
      throw unauthenticated('Token lacks a valid scope and tenant code');
    }
    if (!isValidTenantCode(scope as Scope, code)) {
      throw unauthenticated(`Token tenant code "${code}" is not a valid ${scope} code`);
    }
    if (
      roles !== undefined &&
      (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string'))
    ) {
      throw unauthenticated('Token roles must be a list of strings');
    }
    return {
      subject: String(sub),
      scope: scope as Scope,
      code,
      provinceCode: provinceOf(scope as Scope, code),
      roles: (roles as string[] | undefined) ?? [],
    };
  }
}
