/** The feature modules the server is made of: their entities, resolvers, node fetchers, seeds. */
import type { EntityManager } from '../db';
import { caseEntities, caseNodes, caseResolvers } from './case';
import { catalogEntities, catalogNodes, catalogResolvers, seedDemoCatalogs } from './catalog';
import { groupingResolvers } from './grouping';
import { tenancyEntities, tenancyNodes, tenancyResolvers, seedDemoProvince } from './tenancy';

export const entities = [...tenancyEntities, ...catalogEntities, ...caseEntities];
export const resolvers = [
  ...tenancyResolvers,
  ...catalogResolvers,
  ...groupingResolvers,
  ...caseResolvers,
] as const;
export const nodeFetchers = { ...tenancyNodes, ...catalogNodes, ...caseNodes };

/** Seeds the demo data into an empty database (as the owner role); returns whether it wrote. */
export async function seedDemo(em: EntityManager): Promise<boolean> {
  const registry = await seedDemoProvince(em);
  const catalogs = await seedDemoCatalogs(em);
  return registry || catalogs;
}
