import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { toGlobalId } from '../../graphql/relay';
import type { StoredGrouping } from './case-grouping';
import { parseRowKey } from './case.loaders';
import { CaseRegrouping } from './case-regrouping.types';
import { CaseGrouping, CaseRevision } from './case-revision.entity';

function groupingOf(g: StoredGrouping): CaseGrouping {
  return {
    groupedBy: g.groupedBy,
    status: g.groupStatus,
    drgStatus: g.drgStatus,
    drgCode: g.drgCode,
    drgCatalogVersionId: g.drgCatalogVersionId,
    rulePackageSha256: g.rulePackageSha256,
    dipStatus: g.dipStatus,
    dipGroupCode: g.dipGroupCode,
    dipCatalogVersionId: g.dipCatalogVersionId,
    tcmClassified: g.tcmClassified,
    tcmDiseaseCode: g.tcmDiseaseCode,
    tcmCatalogVersionId: g.tcmCatalogVersionId,
  };
}

/** One request's loader of revisions' regroupings (audit rows), oldest first, `[]` for none. */
export class RegroupingLoaders {
  readonly ofRevision: DataLoader<string, CaseRegrouping[]>;

  constructor(ctx: RequestContext) {
    this.ofRevision = new DataLoader(async (keys) => {
      const provinces: string[] = [];
      const uuids: string[] = [];
      for (const key of keys) {
        const parsed = parseRowKey(key);
        if (parsed) {
          provinces.push(parsed[0]);
          uuids.push(parsed[1]);
        }
      }
      const rows = await ctx.sql<{
        key: string;
        before: StoredGrouping;
        after: StoredGrouping;
        job_run_id: string;
        regrouped_at: Date;
      }>(
        `select province_code || ':' || revision_id as key, before, after, job_run_id, regrouped_at
         from case_regrouping
         where (province_code, revision_id) in (select * from unnest($1::text[], $2::uuid[]))
         order by regrouped_at, job_run_id`,
        [provinces, uuids],
        { prepared: true },
      );
      const byKey = new Map<string, CaseRegrouping[]>();
      for (const r of rows) {
        const list = byKey.get(r.key) ?? [];
        list.push(
          Object.assign(new CaseRegrouping(), {
            before: groupingOf(r.before),
            after: groupingOf(r.after),
            jobId: toGlobalId('Job', r.job_run_id),
            regroupedAt: r.regrouped_at,
          }),
        );
        byKey.set(r.key, list);
      }
      return keys.map((key) => byKey.get(key) ?? []);
    });
  }
}

@Resolver(() => CaseRevision)
export class RevisionRegroupingResolver {
  @FieldResolver(() => [CaseRegrouping], {
    description:
      'Every regrouping that changed this revision’s grouping (重新分组记录), oldest first: before and after, the job, when. Empty when it was never regrouped, or regrouped to the same result.',
  })
  regroupings(@Root() r: CaseRevision, @Ctx() ctx: RequestContext): Promise<CaseRegrouping[]> {
    return ctx.loaders.for(RegroupingLoaders).ofRevision.load(`${r.provinceCode}:${r.uuid}`);
  }
}
