import { errors, jwtVerify } from 'jose';
import type { AppConfig } from '../../config';
import { unauthenticated } from '../../shared/errors';
import { isValidTenantCode, provinceOf, Scope, type Principal } from './principal';
import { verificationKey, type VerificationKey } from './signing-key';

const SCOPES = new Set<string>(Object.values(Scope));
const CLOCK_TOLERANCE_S = 5;

/** Verified tokens remembered at most (oldest forgotten first); a token is a few hundred bytes. */
const CACHE_ENTRIES = 10_000;

interface Verified {
  principal: Principal;
  /** Epoch ms after which the token is no longer accepted. */
  expiresAt: number;
}

/** Verifies bearer tokens: signature, issuer, audience, expiry, and the shape of our claims. */
export class TokenVerifier {
  /**
   * Tokens already verified, until their expiry: a client sends the same token with every
   * request, and checking its signature and claims again each time is pure repetition. Bounded
   * in entries; only valid tokens enter, so garbage cannot evict anything but its own misses.
   */
  private readonly verified = new Map<string, Verified>();

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
    const token = match[1];
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAt) return known.principal;
      this.verified.delete(token);
    }
    const verified = await this.verifyToken(token);
    if (this.verified.size >= CACHE_ENTRIES) {
      this.verified.delete(this.verified.keys().next().value!);
    }
    this.verified.set(token, verified);
    return verified.principal;
  }

  private async verifyToken(token: string): Promise<Verified> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.key.key, {
        algorithms: this.key.algorithms,
        issuer: this.config.jwt.issuer,
        audience: this.config.jwt.audience,
        clockTolerance: CLOCK_TOLERANCE_S,
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
    // frozen: one principal now serves every request that carries the token
    const principal: Principal = Object.freeze({
      subject: String(sub),
      scope: scope as Scope,
      code,
      provinceCode: provinceOf(scope as Scope, code),
      roles: Object.freeze([...((roles as string[] | undefined) ?? [])]) as string[],
    });
    // jwtVerify required `exp` and allowed `clockTolerance` seconds past it
    return { principal, expiresAt: (Number(payload.exp) + CLOCK_TOLERANCE_S) * 1000 };
  }
}
