/** The feature modules the server is made of: their entities, resolvers, node fetchers, seeds, jobs. */
import type { AnyJobDefinition, EntityManager } from '../db';
import { catalogEntities, catalogNodes, catalogResolvers, seedDemoCatalogs } from './catalog';
import { groupingResolvers } from './grouping';
import { jobEntities, jobNodes, jobResolvers } from './job';
import { tenancyEntities, tenancyNodes, tenancyResolvers, seedDemoProvince } from './tenancy';

export const entities = [...tenancyEntities, ...catalogEntities, ...jobEntities];
export const resolvers = [
  ...tenancyResolvers,
  ...catalogResolvers,
  ...groupingResolvers,
  ...jobResolvers,
] as const;
export const nodeFetchers = { ...tenancyNodes, ...catalogNodes, ...jobNodes };

/**
 * Every kind of background job the modules define (`defineJob`): the worker runs these. A module
 * adds its definitions here, e.g. `...groupingJobs`.
 */
export const jobDefinitions: readonly AnyJobDefinition[] = [];

/** Seeds the demo data into an empty database (as the owner role); returns whether it wrote. */
export async function seedDemo(em: EntityManager): Promise<boolean> {
  const registry = await seedDemoProvince(em);
  const catalogs = await seedDemoCatalogs(em);
  return registry || catalogs;
}
