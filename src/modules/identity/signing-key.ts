import { createSecretKey, type KeyObject } from 'node:crypto';
import { importSPKI, type KeyLike } from 'jose';
import { loadOrCreateSecret, type AppConfig } from '../../config';

/** Asymmetric algorithms accepted with `JWT_PUBLIC_KEY` (tokens issued by another service). */
const PUBLIC_KEY_ALGORITHMS = ['EdDSA', 'ES256', 'RS256'] as const;

export interface VerificationKey {
  key: KeyObject | KeyLike;
  algorithms: string[];
}

/** File under the data directory holding the development HMAC key. */
export const DEV_KEY_FILE = 'dev-jwt-hs256.secret';

/**
 * The HMAC key for issuing and verifying tokens: `JWT_SECRET` when configured, otherwise (outside
 * production) a development key generated on first use and shared through the data directory by
 * the server and `npm run token`, whichever runs first.
 */
export function hmacKey(config: AppConfig): KeyObject {
  const secret =
    config.jwt.secret ??
    (config.env === 'production' ? undefined : loadOrCreateSecret(config.dataDir, DEV_KEY_FILE));
  if (!secret) throw new Error('No JWT signing key: set JWT_SECRET');
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

export async function verificationKey(config: AppConfig): Promise<VerificationKey> {
  if (config.jwt.publicKey) {
    const pem = config.jwt.publicKey.replace(/\\n/g, '\n');
    for (const alg of PUBLIC_KEY_ALGORITHMS) {
      try {
        return { key: await importSPKI(pem, alg), algorithms: [alg] };
      } catch {
        // try the next algorithm family
      }
    }
    throw new Error('JWT_PUBLIC_KEY is not an Ed25519, P-256 or RSA public key in SPKI PEM form');
  }
  return { key: hmacKey(config), algorithms: ['HS256'] };
}
