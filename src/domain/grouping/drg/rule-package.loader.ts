import { readFile } from 'node:fs/promises';
import type { CompiledDrgRules } from './compiled-rules.types';
import { compileRulePackage } from './rule-package.compiler';
import { RulePackageError } from './rule-package.errors';
import { ROOT_PATH } from './rule-package.path';

/**
 * Reads a `rules.json` file and compiles it.
 *
 * @throws RulePackageError when the file is not JSON or the package is invalid (every problem
 *   listed); the file system's own error when it cannot be read.
 */
export async function loadRulePackageFile(path: string): Promise<CompiledDrgRules> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    // tolerate a UTF-8 byte-order mark, which JSON.parse does not
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new RulePackageError([
      { path: ROOT_PATH, reason: `invalid JSON: ${(error as Error).message}` },
    ]);
  }
  return compileRulePackage(json);
}
