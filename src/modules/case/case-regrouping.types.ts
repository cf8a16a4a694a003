import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars';
import { CaseGrouping } from './case-revision.entity';

@ObjectType('CaseRegrouping', {
  simpleResolvers: true,
  description:
    'A regrouping that changed a revision’s grouping (重新分组记录): what it grouped to before and after, by which job, when.',
})
export class CaseRegrouping {
  @Field(() => CaseGrouping, { description: 'The grouping before (原入组结果).' })
  before!: CaseGrouping;

  @Field(() => CaseGrouping, { description: 'The grouping after (新入组结果).' })
  after!: CaseGrouping;

  @Field(() => ID, { description: 'Global ID of the job that regrouped (a `Job`).' })
  jobId!: string;

  @Field(() => DateTimeScalar, { description: 'When (重新分组时间).' })
  regroupedAt!: Date;
}
