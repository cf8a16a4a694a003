import { createHash, randomUUID } from 'node:crypto';
import { atomically } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { isUuid } from '../../shared/ids';
import { SharedCache } from '../../shared/shared-cache';
import { findJsonProblem, jsonPathText } from '../../domain/untrusted-json';
import {
  compileRulePackage,
  RulePackageError,
  type CompiledDrgRules,
} from '../../domain/grouping/drg';
import { CatalogError } from './catalog.errors';
import { ownerOf } from './catalog-access';
import { catalogLoaders } from './catalog.loaders';
import type { UploadRulePackageInput } from './catalog.inputs';
import { RulePackage } from './rule-package.entity';

/**
 * Compiled packages by sha256. A package is immutable, so its compiled form is shared by every
 * request, and concurrent requests for one package wait for one compilation. Kept by estimated
 * heap size: CHS-DRG 1.1's 1.8 MB of JSON compiles to about 9 MB (so ~5 bytes per byte of JSON),
 * and 64 MB holds several packages in use at once.
 */
const compiled = new SharedCache<CompiledDrgRules>(64 * 1024 * 1024);
const compiledBytes = (jsonText: string) => 5 * jsonText.length;

/** The compiled rules of a stored package (compiling once per process and content hash). */
export async function compiledRules(
  ctx: RequestContext,
  uuid: string,
): Promise<{ rules: CompiledDrgRules; pkg: RulePackage }> {
  const pkg = await catalogLoaders(ctx).rulePackage.load(uuid);
  if (!pkg) throw new CatalogError('NOT_FOUND', `No rule package ${uuid}`);
  const rules = await compiled.get(pkg.sha256, async () => {
    // the caller can see the package (its loader ran under the caller's RLS); the content is
    // the same for everyone with this hash
    const [{ content }] = await ctx.em.execute<{ content: string }[]>(
      'select content::text as content from rule_package where id = ?::uuid',
      [uuid],
    );
    return { value: compileRulePackage(JSON.parse(content)), bytes: compiledBytes(content) };
  });
  return { rules, pkg };
}

export function findRulePackage(ctx: RequestContext, uuid: string): Promise<RulePackage | null> {
  return isUuid(uuid) ? catalogLoaders(ctx).rulePackage.load(uuid) : Promise.resolve(null);
}

/**
 * Stores a bureau's DRG rule package after compiling it: a package with any problem is refused
 * with every problem listed (path + reason) and nothing stored.
 */
export async function uploadRulePackage(
  ctx: RequestContext,
  input: UploadRulePackageInput,
): Promise<RulePackage> {
  const owner = ownerOf(ctx.principal);
  let json: unknown;
  try {
    json = JSON.parse(input.content);
  } catch (error) {
    throw CatalogError.invalidRows('Rule package', [
      { row: '$', reason: `not JSON: ${(error as Error).message}` },
    ]);
  }
  // jsonb cannot store a NUL; say where it is rather than fail in the database
  const nul = findJsonProblem(json);
  if (nul)
    throw CatalogError.invalidRows('Rule package', [
      { row: jsonPathText('$', nul.at), reason: nul.reason },
    ]);
  let rules: CompiledDrgRules;
  try {
    rules = compileRulePackage(json);
  } catch (error) {
    if (error instanceof RulePackageError) {
      throw CatalogError.invalidRows(
        'Rule package',
        error.errors.map((e) => ({ row: e.path, reason: e.reason })),
      );
    }
    throw error;
  }
  const name = input.name.trim();
  const version = input.version.trim();
  if (!name || name.length > 200 || !version || version.length > 50) {
    throw new CatalogError('INVALID_INPUT', 'name (1–200) and version (1–50) are required');
  }
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const pkg = await atomically(ctx.em, async (em) =>
    em.create(RulePackage, {
      uuid: randomUUID(),
      kind: 'DRG',
      name,
      version,
      ...owner,
      content: json,
      sha256,
    } as RulePackage),
  );
  compiled.set(sha256, rules, compiledBytes(input.content));
  catalogLoaders(ctx).rulePackage.prime(pkg.uuid, pkg);
  return pkg;
}
