/** The feature modules the server is made of: their entities, resolvers, node fetchers, seeds. */
import { tenancyEntities, tenancyNodes, tenancyResolvers, seedDemoProvince } from './tenancy';

export const entities = [...tenancyEntities];
export const resolvers = [...tenancyResolvers] as const;
export const nodeFetchers = { ...tenancyNodes };
export const seedDemo = seedDemoProvince;
