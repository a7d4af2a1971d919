import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';

export type NewlyOverdue = {
  workspaceId: string;
  id: string;
  ownerId: string;
  partnerName: string;
  purpose: string;
  nextContactDue: string;
  overdueDays: number;
};

/**
 * Takes up to `limit` relationships that became overdue and have not been notified for this due
 * date, and marks them notified (`overdue_notified_for = next_contact_due`) in the caller's
 * transaction. "Overdue" is read in the owner's time zone: active, live, owned, due before the
 * owner's today, and not snoozed through today. A new due date (a contact was logged) makes it
 * eligible again when that one lapses: once per lapse. SKIP LOCKED passes over rows an edit holds;
 * the next run takes them.
 */
export async function takeNewlyOverdue(trx: Tx, now: Date, limit: number): Promise<NewlyOverdue[]> {
  const result = await sql<NewlyOverdue>`
    with candidate as (
      select r.workspace_id, r.id, r.owner_id, r.purpose, r.next_contact_due, p.name as partner_name,
        (${now}::timestamptz at time zone u.time_zone)::date as today
      from relationship r
      join app_user u on u.id = r.owner_id
      join partner p on p.workspace_id = r.workspace_id and p.id = r.partner_id
      where r.status = 'active' and r.deleted_at is null and not r.partner_deleted
        and r.overdue_notified_for is distinct from r.next_contact_due
        and r.next_contact_due < (${now}::timestamptz at time zone u.time_zone)::date
        and (r.snoozed_until is null or r.snoozed_until < (${now}::timestamptz at time zone u.time_zone)::date)
      order by r.workspace_id, r.id
      limit ${limit}
      for update of r skip locked
    )
    update relationship r set overdue_notified_for = c.next_contact_due
    from candidate c
    where r.workspace_id = c.workspace_id and r.id = c.id
    returning c.workspace_id, c.id, c.owner_id, c.partner_name, c.purpose, c.next_contact_due::text as next_contact_due, (c.today - c.next_contact_due) as overdue_days`.execute(
    trx,
  );
  return result.rows;
}
