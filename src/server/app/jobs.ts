import crypto from 'node:crypto';
import os from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../platform/core/index.js';
import type { Db } from '../platform/db/index.js';
import type { FileStore } from '../platform/files/index.js';
import { type EmailSender, SEND_EMAIL, sendEmailJob } from '../platform/email/index.js';
import { materializeDueSeries, settlePassedInteractions } from '../activity/interactions/index.js';
import { REMINDER_EMAIL } from '../derived/notifications/index.js';
import { recomputeAllHealth } from '../derived/health/index.js';
import { DIGEST, digestJob, overdueJob, reminderEmailJob, scheduleDigests } from '../derived/reminders/index.js';
import { purgeTrash } from '../derived/trash/index.js';
import { createJobRunner, type JobRunner } from '../platform/jobs/index.js';

const MINUTE = 60_000;

export type AppJobsOptions = {
  db: Db;
  config: Pick<Config, 'publicUrl' | 'jobPollMs'>;
  files: FileStore;
  log: FastifyBaseLogger;
  sender: EmailSender | undefined;
  /** Tests move time by hand; the app uses the wall clock. */
  clock?: () => Date;
  instanceId?: string;
};

/** Names this process in `job.locked_by`: host and pid for the operator, random so a restart is a new instance. */
export const newInstanceId = () => `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;

/**
 * The app's job runner: every job kind the server knows, and the periodic ones. Each periodic
 * job is idempotent on its own too, so a slot run twice (a cleanup removed its key) does no harm.
 */
export function createAppJobs(options: AppJobsOptions): JobRunner {
  const { db, config, files, log, sender } = options;
  return createJobRunner({
    db,
    log,
    instanceId: options.instanceId ?? newInstanceId(),
    pollMs: config.jobPollMs,
    ...(options.clock ? { clock: options.clock } : {}),
    handlers: {
      [SEND_EMAIL]: { run: sendEmailJob({ db, sender, log }), leaseMs: 5 * MINUTE },
      [REMINDER_EMAIL]: reminderEmailJob({ db, publicUrl: config.publicUrl }),
      [DIGEST]: digestJob({ db, publicUrl: config.publicUrl }),
      relationship_overdue: { run: overdueJob(db), leaseMs: 30 * MINUTE },
      health_recompute: { run: async ({ now }) => void (await recomputeAllHealth(db, now)), leaseMs: 60 * MINUTE },
      trash_purge: { run: async ({ now }) => void (await purgeTrash(db, files, now)), leaseMs: 30 * MINUTE },
      // Upcoming occurrences of recurring meetings, and planned interactions whose time has come counting as contact.
      interaction_upkeep: async ({ now }) => {
        await materializeDueSeries(db, now);
        await settlePassedInteractions(db, now);
      },
    },
    periodic: [
      { kind: 'relationship_overdue', everyMinutes: 60, maxAttempts: 3 },
      { kind: 'health_recompute', everyMinutes: 1440, maxAttempts: 3 },
      { kind: 'trash_purge', everyMinutes: 360, maxAttempts: 3 },
      { kind: 'interaction_upkeep', everyMinutes: 15, maxAttempts: 3 },
    ],
    schedulers: [scheduleDigests],
  });
}
