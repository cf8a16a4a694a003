import { registerEnumType } from 'type-graphql';

/**
 * The lifecycle status of versioned, effective-dated rules — catalog versions, payment standards
 * and what follows (budgets): a published version never changes (a change is a new version).
 * The transitions are pure (src/domain/lifecycle.ts) and enforced by the database for every role
 * (trigger `version_lifecycle`).
 */
export enum VersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

registerEnumType(VersionStatus, {
  name: 'VersionStatus',
  description:
    'Lifecycle of a versioned rule set (版本状态) — catalog versions, payment standards: DRAFT → PUBLISHED → RETIRED; a published version never changes.',
  valuesConfig: {
    DRAFT: { description: 'Being edited (草稿); visible to its owner only, never in force.' },
    PUBLISHED: { description: 'Published (已发布): immutable, in force over its period.' },
    RETIRED: { description: 'Retired (已废止) from `retiredOn`; still in force before it.' },
  },
});
