import type { TestContext } from './harness.js';
import { createEmailSender } from '../platform/email/index.js';
import { createAppJobs } from '../app/jobs.js';

/** A clock tests move by hand, instead of sleeping. */
export function testClock(start: Date) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => (now += ms),
    set: (at: Date | string) => (now = new Date(at).getTime()),
  };
}

let instances = 0;

/**
 * Another instance of the app's job runner on the test app's database, on a clock of the test's:
 * the same job kinds, handlers and schedulers as the app, with an SMTP server of the test's choice.
 */
export function appJobsFor(ctx: TestContext, clock: () => Date, smtpUrl = ctx.config.smtpUrl) {
  const sender = createEmailSender({ smtpUrl, from: ctx.config.smtpFrom });
  instances += 1;
  const jobs = createAppJobs({
    db: ctx.db,
    config: ctx.config,
    files: ctx.files,
    log: ctx.app.log,
    sender,
    clock,
    instanceId: `test-instance-${instances}`,
  });
  return {
    ...jobs,
    stop: async () => {
      await jobs.stop();
      sender?.close();
    },
  };
}
