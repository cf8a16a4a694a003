import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, linkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads a development secret kept under the data directory, creating it on first use.
 *
 * Several processes may race here (the server and `npm run token` in a fresh clone): the secret
 * is written to a private temp file and hard-linked into place, which either wins atomically or
 * fails with EEXIST, after which everybody reads the winner's complete file.
 */
export function loadOrCreateSecret(dataDir: string, name: string, bytes = 32): string {
  const path = join(dataDir, name);
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, randomBytes(bytes).toString('base64url') + '\n', { mode: 0o600 });
  try {
    linkSync(tmp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(tmp);
  }
  return readFileSync(path, 'utf8').trim();
}
