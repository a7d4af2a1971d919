import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { Choice } from '../notifications/index.js';

export const DIGEST = 'digest';
/**
 * A member's digest of the day is queued from 08:00 their time; one not queued by noon (the
 * server was down all morning) is skipped for that day rather than sent stale in the evening,
 * and a member who joins in the afternoon starts the next morning.
 */
export const DIGEST_WINDOW = { from: '08:00', until: '12:00' };

/**
 * Queues today's digest for every membership whose local time is in the digest window and whose digest is
 * on (by email or in the app), in one statement. The key names the member's local date, so each
 * member gets one per workspace and day however often, and from however many instances, this runs.
 * Job ids come from gen_random_uuid() here (v4): job ids are never paged by.
 */
export async function enqueueDueDigests(db: Db, now: Date, defaults: Choice): Promise<void> {
  await sql`
    insert into job (id, kind, payload, unique_key, run_at, max_attempts)
    select gen_random_uuid(), ${DIGEST}::text,
      jsonb_build_object('workspaceId', m.workspace_id, 'userId', m.user_id, 'localDate', l.local_date),
      ${DIGEST}::text || ':' || m.workspace_id || ':' || m.user_id || ':' || l.local_date, ${now}::timestamptz, 3
    from membership m
    join app_user u on u.id = m.user_id
    cross join lateral (select ${now}::timestamptz at time zone u.time_zone as local_time) t
    cross join lateral (select to_char(t.local_time, 'YYYY-MM-DD') as local_date) l
    left join notification_preference p on p.workspace_id = m.workspace_id and p.user_id = m.user_id and p.kind = 'daily_digest'
    where t.local_time::time >= ${DIGEST_WINDOW.from}::time and t.local_time::time < ${DIGEST_WINDOW.until}::time
      and (coalesce(p.by_email, ${defaults.byEmail}) or coalesce(p.in_app, ${defaults.inApp}))
    on conflict (unique_key) do nothing`.execute(db);
}

type Scope = { workspaceId: string; userId: string; today: string; limit: number };

/**
 * Relationships the member owns whose contact is overdue today and that are not snoozed through today; `total` counts
 * them all.
 */
export async function digestOverdueContacts(db: Db, s: Scope) {
  return db
    .selectFrom('relationship as r')
    .innerJoin('partner as p', (j) => j.onRef('p.workspaceId', '=', 'r.workspaceId').onRef('p.id', '=', 'r.partnerId'))
    .select([
      'r.id',
      'p.name as partnerName',
      'r.purpose',
      'r.nextContactDue',
      sql<number>`count(*) over ()::int`.as('total'),
    ])
    .where('r.workspaceId', '=', s.workspaceId)
    .where('r.ownerId', '=', s.userId)
    .where('r.status', '=', 'active')
    .where('r.deletedAt', 'is', null)
    .where('r.partnerDeleted', '=', false)
    .where('r.nextContactDue', '<', s.today)
    .where((eb) => eb.or([eb('r.snoozedUntil', 'is', null), eb('r.snoozedUntil', '<', s.today)]))
    .orderBy('r.nextContactDue')
    .orderBy('r.id')
    .limit(s.limit)
    .execute();
}

/** The member's open tasks due today or before. */
export async function digestDueTasks(db: Db, s: Scope) {
  return db
    .selectFrom('task')
    .select(['id', 'title', 'dueOn', sql<number>`count(*) over ()::int`.as('total')])
    .where('workspaceId', '=', s.workspaceId)
    .where('ownerId', '=', s.userId)
    .where('status', '=', 'open')
    .where('deletedAt', 'is', null)
    .where('dueOn', '<=', s.today)
    .orderBy('dueOn')
    .orderBy('id')
    .limit(s.limit)
    .execute();
}

/** Meetings in [from, to) that the member takes part in, with the partners they are with. */
export async function digestMeetings(db: Db, s: Omit<Scope, 'today'> & { from: Date; to: Date }) {
  return db
    .selectFrom('interaction as i')
    .innerJoin('interactionMember as im', (j) =>
      j.onRef('im.workspaceId', '=', 'i.workspaceId').onRef('im.interactionId', '=', 'i.id'),
    )
    .select([
      'i.id',
      'i.subject',
      'i.occurredAt',
      sql<
        string | null
      >`(select string_agg(p.name, ', ' order by p.sort_name) from interaction_partner ip join partner p on p.workspace_id = ip.workspace_id and p.id = ip.partner_id where ip.workspace_id = i.workspace_id and ip.interaction_id = i.id)`.as(
        'partnerNames',
      ),
      sql<number>`count(*) over ()::int`.as('total'),
    ])
    .where('i.workspaceId', '=', s.workspaceId)
    .where('im.userId', '=', s.userId)
    .where('i.isMeeting', '=', true)
    .where('i.deletedAt', 'is', null)
    .where('i.occurredAt', '>=', s.from)
    .where('i.occurredAt', '<', s.to)
    .orderBy('i.occurredAt')
    .orderBy('i.id')
    .limit(s.limit)
    .execute();
}
