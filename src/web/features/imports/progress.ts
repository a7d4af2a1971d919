import type { ImportJob } from './imports.types.js';

/** Whether an import is still working (the page keeps polling it). */
export function isRunning(job: Pick<ImportJob, 'status'> | undefined): boolean {
  return job?.status === 'uploaded' || job?.status === 'running';
}

/** Percent done, 0–100; a finished import is 100 whatever its counts. */
export function progressPercent(job: Pick<ImportJob, 'status' | 'processed' | 'rowCount'>): number {
  if (!isRunning(job)) return 100;
  if (job.rowCount <= 0) return 0;
  return Math.min(100, Math.round((job.processed / job.rowCount) * 100));
}
