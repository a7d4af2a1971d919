import type { JobRunner } from '../jobs/index.js';
import { emailJobKey } from './email.repository.js';

export type Mailer = {
  /**
   * Gives messages a request just queued their first delivery attempt now, so the person waiting
   * (an invitation, a password reset) is not kept waiting for the next poll. It goes through the
   * job runner's claim, so a message is never sent twice; a failure leaves it to the retries.
   */
  deliver: (ids: string[]) => Promise<void>;
};

export function createMailer(jobs: Pick<JobRunner, 'runNow'>): Mailer {
  return {
    deliver: async (ids) => {
      await jobs.runNow(ids.map(emailJobKey));
    },
  };
}
