import { connectionTypes } from '../../graphql/relay';
import { JobRun } from './job-run.entity';

export const { Connection: JobConnection } = connectionTypes(JobRun, 'Job', '后台任务');
