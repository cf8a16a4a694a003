import type { Principal } from '../identity';
import { Scope } from '../identity';
import { CatalogOwnerScope } from './catalog.enums';
import { CatalogError } from './catalog.errors';
import type { CatalogVersion } from './catalog-version.entity';

/** The owner a principal writes catalogs as; hospitals own no catalogs. */
export function ownerOf(principal: Principal): {
  ownerScope: CatalogOwnerScope;
  ownerCode: string;
  provinceCode: string | null;
} {
  if (principal.scope === Scope.HOSPITAL) {
    throw new CatalogError(
      'WRONG_SCOPE',
      'Hospitals do not own catalogs; a region, province or the national bureau does',
    );
  }
  return {
    ownerScope: principal.scope as unknown as CatalogOwnerScope,
    ownerCode: principal.code,
    provinceCode: principal.provinceCode ?? null,
  };
}

/** Application-side mirror of the write policy (the database enforces it too). */
export function requireOwner(principal: Principal, version: CatalogVersion): void {
  if (version.ownerScope !== (principal.scope as string) || version.ownerCode !== principal.code) {
    throw new CatalogError(
      'NOT_OWNER',
      `Catalog version ${version.name} ${version.versionLabel} belongs to ${version.ownerScope} ${version.ownerCode}`,
    );
  }
}

/**
 * Derivation follows the administrative tree (国家 → 省 → 统筹地区): a national version may be
 * derived by anyone, a province's by the province itself or its regions, a region's only by the
 * region itself (its next version).
 */
export function requireAncestor(principal: Principal, parent: CatalogVersion): void {
  const ok =
    parent.ownerScope === CatalogOwnerScope.NATIONAL ||
    (parent.ownerScope === CatalogOwnerScope.PROVINCE &&
      parent.ownerCode === principal.provinceCode &&
      principal.scope !== Scope.HOSPITAL) ||
    (parent.ownerScope === CatalogOwnerScope.REGION &&
      parent.ownerCode === principal.code &&
      principal.scope === Scope.REGION);
  if (!ok) {
    throw new CatalogError(
      'NOT_AN_ANCESTOR',
      `Cannot derive from ${parent.ownerScope} ${parent.ownerCode}'s catalog: it is not above the caller`,
    );
  }
}
