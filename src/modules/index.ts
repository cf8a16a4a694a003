/** The feature modules the server is made of: their entities, resolvers, node fetchers, seeds. */
import type { EntityManager } from '../db';
import { caseEntities, caseNodes, caseResolvers, onRevisionsStored } from './case';
import { catalogEntities, catalogNodes, catalogResolvers, seedDemoCatalogs } from './catalog';
import { groupingResolvers } from './grouping';
import { priceStoredRevisions, settlementResolvers } from './settlement';
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
  ...settlementResolvers,
] as const;

// every revision an ingest stores is priced at once, in the same transaction (the case module
// defines the hook, so it never imports settlement, which builds on it)
onRevisionsStored(priceStoredRevisions);
export const nodeFetchers = { ...tenancyNodes, ...catalogNodes, ...standardNodes, ...caseNodes };

/** Seeds the demo data into an empty database (as the owner role); returns whether it wrote. */
export async function seedDemo(em: EntityManager): Promise<boolean> {
  const registry = await seedDemoProvince(em);
  const catalogs = await seedDemoCatalogs(em);
  const standards = await seedDemoStandards(em);
  return registry || catalogs || standards;
}
