export { enqueueJob, enqueueJobs, findJobsByKey, requeueFailedJob } from './jobs.repository.js';
export { createJobRunner } from './runner.js';
export type { JobHandler, JobRunner } from './runner.js';
