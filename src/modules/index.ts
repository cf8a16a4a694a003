/** The feature modules the server is made of: their entities, resolvers, node fetchers, seeds. */
import type { EntityManager } from '../db';
import { caseEntities, caseNodes, caseResolvers } from './case';
import { catalogEntities, catalogNodes, catalogResolvers, seedDemoCatalogs } from './catalog';
import { groupingResolvers } from './grouping';
import { seedDemoStandards, standardEntities, standardNodes, standardResolvers } from './standard';
import { tenancyEntities, tenancyNodes, tenancyResolvers, seedDemoProvince } from './tenancy';

export const entities = [
  ...tenancyEntities,
  ...catalogEntities,
  ...standardEntities,
  ...caseEntities,
];
export const resolvers = [
  ...tenancyResolvers,
  ...catalogResolvers,
  ...groupingResolvers,
  ...standardResolvers,
  ...caseResolvers,
] as const;
export const nodeFetchers = { ...tenancyNodes, ...catalogNodes, ...standardNodes, ...caseNodes };

/** Seeds the demo data into an empty database (as the owner role); returns whether it wrote. */
export async function seedDemo(em: EntityManager): Promise<boolean> {
  const registry = await seedDemoProvince(em);
  const catalogs = await seedDemoCatalogs(em);
  const standards = await seedDemoStandards(em);
  return registry || catalogs || standards;
}
