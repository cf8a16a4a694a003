import { Migration } from '@mikro-orm/migrations';
import { PG_BOSS_SCHEMA_V24 } from './support/pg-boss-schema';
import { appRole, setting } from './support/policies';

/**
 * Background jobs: the queue library's schema (pg-boss, schema `pgboss`), its two queues, and our
 * own `job_run` table — what a job is, who started it, how far it got.
 *
 * job_run (tenant table; ENABLE + FORCE row level security). A row records the principal that
 * started the job (its claims, never its token); the worker runs every chunk of the job in a
 * transaction opened with exactly these settings, so the job sees what its starter sees.
 *
 *   read    NATIONAL every job; PROVINCE the jobs of its province; REGION the jobs of its region
 *           (its own and its hospitals'); HOSPITAL the jobs it started. Every branch but
 *           NATIONAL also pins province_code to the caller's province. No settings: nothing.
 *   insert  only a job whose stored principal (scope, code, province — '' for NATIONAL, as in
 *           its settings — and for a region or a hospital the region) is the transaction's own,
 *           QUEUED, with no progress: the application role cannot write a job that would later
 *           run as somebody else.
 *   update  only the starter (the worker, under the starter's settings; cancelJob), and only
 *           the progress columns (column grants): the principal and the parameters never change.
 *           A trigger keeps finished jobs finished and progress monotonic.
 *   delete  nobody (no grant).
 *
 * pgboss: the library's tables carry no tenant data (a queued message is a job_run id, a chunk
 * number and the starter's settings, which the worker checks against the job_run row before it
 * runs anything), so they have no policies. The application role gets usage on the schema and
 * the row privileges the library's fetch, send, complete, fail and maintenance statements need;
 * it cannot create or drop queues (no CREATE on the schema, no grant on the queue functions).
 */
export class Migration20261202110000Jobs extends Migration {
  override async up(): Promise<void> {
    const app = appRole(this.config);
    const scope = setting('scope');
    const code = setting('code');
    const province = setting('province');
    // the caller is the job's starter: scope, code and province ('' for NATIONAL, as its settings)
    const isStarter = `(started_by_scope = ${scope} and started_by_code = ${code}
    and province_code = ${province})`;
    this.addSql(`
create table job_run (
  id uuid primary key default gen_random_uuid(),
  -- stable order for the jobs connection (the cursor); never shown as a field
  seq bigint generated always as identity unique,
  kind varchar(100) not null check (kind ~ '^[a-z][a-z0-9_.-]*$'),
  parameters jsonb not null,
  started_by_subject varchar(200) not null,
  started_by_scope varchar(8) not null
    check (started_by_scope in ('NATIONAL', 'PROVINCE', 'REGION', 'HOSPITAL')),
  started_by_code varchar(12) not null,
  started_by_roles text[] not null default '{}',
  -- the starter's province; '' for a NATIONAL starter (its settings' province), never null: on
  -- Citus this is the distribution column, and every policy pins it
  province_code varchar(6) not null,
  -- the region a REGION or HOSPITAL starter belongs to (a region's jobs include its hospitals')
  region_code varchar(6),
  status varchar(9) not null default 'QUEUED'
    check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
  done integer not null default 0 check (done >= 0),
  total integer check (total >= 0 and done <= total),
  -- a failure: code from the API's fixed list, the rule that failed, a message for people
  error_code varchar(40),
  error_reason varchar(60),
  error_message varchar(500),
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz not null default now(),
  check ((started_by_scope = 'NATIONAL') = (province_code = '')),
  check ((started_by_scope in ('REGION', 'HOSPITAL')) = (region_code is not null)),
  check ((status in ('SUCCEEDED', 'FAILED', 'CANCELLED')) = (finished_at is not null)),
  check ((status = 'FAILED') = (error_code is not null))
);
create index job_run_province_region_idx on job_run (province_code, region_code);
create index job_run_province_starter_idx on job_run (province_code, started_by_scope, started_by_code);

-- Finished jobs stay finished; progress only moves forward.
create function job_run_guard() returns trigger language plpgsql as $$
begin
  if old.status in ('SUCCEEDED', 'FAILED', 'CANCELLED') then
    raise exception 'job % is finished (%)', old.id, old.status using errcode = '55000';
  end if;
  if new.done < old.done then
    raise exception 'job % progress cannot go back', old.id using errcode = '55000';
  end if;
  new.updated_at := now();
  return new;
end $$;
create trigger job_run_guard before update on job_run for each row execute function job_run_guard();

-- job_run: NATIONAL reads all; PROVINCE its province; REGION its region's jobs (its own and its
-- hospitals'); HOSPITAL its own; all within their province. Only the starter writes, and only
-- as itself.
alter table job_run enable row level security;
alter table job_run force row level security;
create policy job_run_read on job_run for select using (
  ${scope} = 'NATIONAL'
  or (province_code = ${province} and (
    ${scope} = 'PROVINCE'
    or (${scope} = 'REGION' and region_code = ${code})
    or (${scope} = 'HOSPITAL' and started_by_scope = 'HOSPITAL' and started_by_code = ${code})
  ))
);
create policy job_run_insert on job_run for insert with check (
  ${isStarter}
  and status = 'QUEUED' and done = 0 and total is null
  and (
    (started_by_scope in ('NATIONAL', 'PROVINCE') and region_code is null)
    or (started_by_scope = 'REGION' and region_code = ${code})
    -- the hospital's own registry row (hospital's policies apply; its code and province are indexed)
    or (started_by_scope = 'HOSPITAL' and region_code =
        (select h.region_code from hospital h where ${code} = h.code and ${province} = h.province_code))
  )
);
create policy job_run_update on job_run for update
  using (${isStarter})
  with check (${isStarter});
comment on policy job_run_read on job_run is
  'Read: NATIONAL every job; PROVINCE the jobs of its province; REGION the jobs whose region_code is its code (its own and its hospitals''), in its province; HOSPITAL the jobs it started, in its province. Nobody else; a request without settings sees nothing.';
comment on policy job_run_insert on job_run is
  'Insert: only a QUEUED job without progress whose stored principal (started_by_scope, started_by_code, province_code — '''' for NATIONAL — and region_code for a region or hospital) is the transaction''s own: nobody can enqueue a job that runs as somebody else.';
comment on policy job_run_update on job_run is
  'Update: only the starter (the worker runs under the starter''s settings), in its own province; column grants limit it to status, progress, error and timestamps.';
grant select on job_run to ${app};
grant insert (kind, parameters, started_by_subject, started_by_scope, started_by_code,
  started_by_roles, province_code, region_code) on job_run to ${app};
grant update (status, done, total, error_code, error_reason, error_message, started_at, finished_at)
  on job_run to ${app};
`);
    this.addSql(PG_BOSS_SCHEMA_V24);
    this.addSql(`
-- One queue for every job kind (the message names the job_run; the worker dispatches on its
-- kind), and a dead-letter queue for messages the library gave up on (retries exhausted, or
-- expired once too often after worker crashes): its worker marks the job FAILED.
select pgboss.create_queue('yibao_jobs_dead', '{"policy":"standard","retryLimit":5,"retryDelay":10,"retryBackoff":true}');
select pgboss.create_queue('yibao_jobs', '{"policy":"standard","retryLimit":5,"retryDelay":10,"retryBackoff":true,"expireInSeconds":300,"deadLetter":"yibao_jobs_dead"}');
grant usage on schema pgboss to ${app};
grant select, update on pgboss.version to ${app};
grant select on pgboss.queue to ${app};
grant select, insert, update, delete on pgboss.job to ${app};
grant select, insert, delete on pgboss.archive to ${app};
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop schema pgboss cascade;
drop table job_run;
drop function job_run_guard();
`);
  }
}
