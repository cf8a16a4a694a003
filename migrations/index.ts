import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Registry } from './Migration20261123000000_registry';

/**
 * Every migration, in order. Listed explicitly (rather than discovered from the folder) so the
 * same list runs from TypeScript under jest and from compiled JavaScript in production.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000000_registry', class: Migration20261123000000Registry },
];
