import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay';
import { Scope } from '../identity';
import { JobStatus } from './job.enums';

/** Why a job failed: a code from the API's fixed list, the rule, a message for people. */
@ObjectType('JobFailure', {
  simpleResolvers: true,
  description: 'Why a background job failed (失败原因). Never SQL, values or a stack trace.',
})
export class JobFailure {
  @Field({ description: 'Error code from the fixed list (`INTERNAL_SERVER_ERROR`, …).' })
  code!: string;

  @Field({ description: 'The rule that failed (`CHUNK_FAILED`, `JOB_ABANDONED`, …).' })
  reason!: string;

  @Field({ description: 'What happened, for people.' })
  message!: string;
}

/**
 * A background job (后台任务): a long computation (re-grouping or re-pricing a region's period,
 * settlement, clearing) run chunk by chunk by a worker, as the principal that started it.
 * Rows are written by enqueueJob and the worker (src/db/jobs); this module only reads them and
 * cancels.
 */
@ObjectType('Job', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A background job (后台任务), run chunk by chunk under the identity of the principal that started it.',
})
@Entity({ tableName: 'job_run' })
export class JobRun implements Node {
  static readonly typename = 'Job';

  @PrimaryKey({ type: 'uuid', fieldName: 'id' })
  uuid!: string;

  /** The cursor's order; never a field. */
  @Property({ type: 'string', columnType: 'bigint' })
  seq!: string;

  @Field({ description: 'Kind of job (任务类型), e.g. "grouping.regroup-period".' })
  @Property({ type: 'string' })
  kind!: string;

  /** The parameters as stored (validated by the kind's `parse` when enqueued). */
  @Property({ type: 'json', fieldName: 'parameters' })
  params!: unknown;

  @Field(() => JobStatus, { description: 'Status (状态).' })
  @Enum({ items: () => JobStatus, type: 'string' })
  status!: JobStatus;

  @Field(() => Int, { description: 'Chunks finished (已完成分块数).' })
  @Property({ type: 'integer' })
  done!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Chunks in all (总分块数); null until a worker has planned the job.',
  })
  @Property({ type: 'integer', nullable: true })
  total!: number | null;

  @Field(() => Scope, { description: 'Scope of the principal that started the job (发起层级).' })
  @Enum({ items: () => Scope, type: 'string' })
  startedByScope!: Scope;

  @Field({ description: 'Code of the principal that started the job (发起方代码).' })
  @Property({ type: 'string' })
  startedByCode!: string;

  /** The starter's province as stored: '' for NATIONAL (see provinceCode). */
  @Property({ type: 'string', fieldName: 'province_code' })
  provinceKey!: string;

  @Property({ type: 'string', nullable: true })
  errorCode!: string | null;

  @Property({ type: 'string', nullable: true })
  errorReason!: string | null;

  @Property({ type: 'string', nullable: true })
  errorMessage!: string | null;

  @Field({ description: 'When the job was queued (创建时间).' })
  @Property({ type: 'Date' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a worker planned it (开始时间).' })
  @Property({ type: 'Date', nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it succeeded, failed or was cancelled (结束时间).',
  })
  @Property({ type: 'Date', nullable: true })
  finishedAt!: Date | null;

  @Field({ description: 'When its status or progress last changed (更新时间).' })
  @Property({ type: 'Date' })
  updatedAt!: Date;

  @Field(() => ID, { description: 'Global ID (全局标识).' })
  get id(): string {
    return toGlobalId(JobRun.typename, this.uuid);
  }

  @Field(() => String, {
    nullable: true,
    description: 'Province of the starter (所属省份); null for national.',
  })
  get provinceCode(): string | null {
    return this.provinceKey || null;
  }

  @Field({
    description:
      'The parameters the job was started with (任务参数), as JSON text; their shape depends on the kind.',
  })
  get parameters(): string {
    return JSON.stringify(this.params ?? null);
  }

  @Field(() => JobFailure, { nullable: true, description: 'Why it failed (失败原因); else null.' })
  get error(): JobFailure | null {
    if (this.errorCode === null || this.errorCode === undefined) return null;
    return {
      code: this.errorCode,
      reason: this.errorReason ?? this.errorCode,
      message: this.errorMessage ?? '',
    };
  }
}
