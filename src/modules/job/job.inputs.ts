import { Field, InputType, ObjectType } from 'type-graphql';
import { JobRun } from './job-run.entity';
import { JobStatus } from './job.enums';

@InputType('JobFilter', { description: 'Conditions every listed job meets (筛选条件).' })
export class JobFilter {
  @Field(() => [JobStatus], { nullable: true, description: 'Any of these statuses (状态).' })
  status?: JobStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Exactly this kind (任务类型).' })
  kind?: string | null;
}

@ObjectType('CancelJobPayload', {
  simpleResolvers: true,
  description: 'The result of cancelJob (取消任务).',
})
export class CancelJobPayload {
  @Field(() => JobRun, { description: 'The job, now CANCELLED.' })
  job!: JobRun;
}
