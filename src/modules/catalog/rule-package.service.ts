import { createHash, randomUUID } from 'node:crypto';
import { atomically } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { isUuid } from '../../shared/ids';
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
 * Compiled packages by sha256. A package is immutable, so its compiled form can be shared by
 * every request; the map is bounded (a handful of packages are in use at once).
 */
const compiled = new Map<string, CompiledDrgRules>();
const MAX_COMPILED = 8;

function rememberCompiled(sha256: string, rules: CompiledDrgRules): void {
  if (!compiled.has(sha256) && compiled.size >= MAX_COMPILED)
    compiled.delete(compiled.keys().next().value as string);
  compiled.set(sha256, rules);
}

/** The compiled rules of a stored package (compiling once per process and content hash). */
export async function compiledRules(
  ctx: RequestContext,
  uuid: string,
): Promise<{ rules: CompiledDrgRules; pkg: RulePackage }> {
  const pkg = await catalogLoaders(ctx).rulePackage.load(uuid);
  if (!pkg) throw new CatalogError('NOT_FOUND', `No rule package ${uuid}`);
  let rules = compiled.get(pkg.sha256);
  if (!rules) {
    const [{ content }] = await ctx.em.execute<{ content: unknown }[]>(
      'select content from rule_package where id = ?::uuid',
      [uuid],
    );
    rules = compileRulePackage(content);
    rememberCompiled(pkg.sha256, rules);
  }
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
  rememberCompiled(sha256, rules);
  catalogLoaders(ctx).rulePackage.prime(pkg.uuid, pkg);
  return pkg;
}
