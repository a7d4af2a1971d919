export { digestJob, scheduleDigests } from './digest.job.js';
export { DIGEST } from './digest.repository.js';
export { overdueJob } from './overdue.job.js';
export { reminderEmailJob } from './reminder-email.job.js';
export { notifyTasksAssigned } from './task-assigned.js';
