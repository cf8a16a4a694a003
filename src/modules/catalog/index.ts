/**
 * Catalogs: code tables (ICD-10 医保版, ICD-9-CM-3, TCD), DRG rule packages, and versioned,
 * derivable catalogs of DRG / DIP / TCM-advantage / bed-day groups with effective dating.
 */
import type { RequestContext } from '../../graphql/context';
import { CatalogRowsResolver } from './catalog-rows.resolver';
import { CatalogVersion } from './catalog-version.entity';
import { CatalogVersionResolver } from './catalog-version.resolver';
import { findCatalogVersion } from './catalog-version.service';
import { CodeEntryResolver } from './code-entry.resolver';
import { RulePackage } from './rule-package.entity';
import { RulePackageResolver } from './rule-package.resolver';
import { findRulePackage } from './rule-package.service';

export { CatalogVersion, RulePackage };
export { CatalogKind, CatalogOwnerScope, CodeKind, DemoCatalogs } from './catalog.enums';
export { CatalogError } from './catalog.errors';
export {
  catalogInForce,
  catalogInForceOf,
  catalogsInForceOn,
  requireVersion,
  findCatalogVersion,
  type InForceRegion,
} from './catalog-version.service';
export { compiledRules } from './rule-package.service';
export { compileDipVersion, compileTcmVersion } from './engine-sources';
export { importCodeTable, parseCodeLine } from './code-table.import';
export { catalogLoaders } from './catalog.loaders';
export {
  DRG_GROUPS,
  DIP_GROUPS,
  DIP_AUX_FACTORS,
  TCM_DISEASES,
  BED_DAY_CATEGORIES,
  tablesOf,
  toReadModel,
  type CatalogTable,
} from './catalog-tables';
export { DipGroup, DrgGroup, TcmDisease } from './catalog-rows.types';
export { seedDemoCatalogs } from './catalog.demo';
export { demoDrgFigures } from './drg-demo-weights';
export { loadDipDemoCatalog } from './demo/dip-demo-catalog';
export { TCM_DEMO_CATALOG } from './demo/tcm-demo-catalog';
export { SEED_DIR } from './seed-files';

export const catalogEntities = [CatalogVersion, RulePackage];
export const catalogResolvers = [
  CatalogVersionResolver,
  CatalogRowsResolver,
  CodeEntryResolver,
  RulePackageResolver,
] as const;

export const catalogNodes: Record<
  string,
  (ctx: RequestContext, key: string) => Promise<object | null>
> = {
  [CatalogVersion.typename]: findCatalogVersion,
  [RulePackage.typename]: findRulePackage,
};
