import type { Db } from '../../platform/db/index.js';
import type { JobHandler } from '../../platform/jobs/index.js';
import { notify } from '../notifications/index.js';
import { takeNewlyOverdue } from './overdue.repository.js';

const BATCH = 500;

/**
 * Hourly: tells each owner about relationships that became overdue, once per lapse. Each batch
 * marks and notifies in one transaction, so a crash between batches loses or repeats nothing.
 */
export function overdueJob(db: Db): JobHandler {
  return async ({ now }) => {
    for (;;) {
      const taken = await db.transaction().execute(async (trx) => {
        const rows = await takeNewlyOverdue(trx, now, BATCH);
        await notify(
          trx,
          'relationship_overdue',
          rows.map((r) => ({
            workspaceId: r.workspaceId,
            userId: r.ownerId,
            params: {
              relationshipId: r.id,
              partnerName: r.partnerName,
              purpose: r.purpose,
              nextContactDue: r.nextContactDue,
              overdueDays: r.overdueDays,
            },
            entityType: 'relationship',
            entityId: r.id,
          })),
          now,
        );
        return rows.length;
      });
      if (taken < BATCH) return;
    }
  };
}
