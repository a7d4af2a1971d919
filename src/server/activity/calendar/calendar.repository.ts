import { sql } from 'kysely';
import type { Db, Tx, Row } from '../../platform/db/index.js';
import type { CalendarEvent, CalendarPerson } from './ics.js';

/** A meeting as a calendar shows it, with its place in a series if it is an occurrence. */
export type MeetingEvent = CalendarEvent & { seriesId: string | null; occurrenceStart: Date | null };

export async function findFeedOfUser(db: Db, userId: string) {
  return db.selectFrom('calendarFeed').selectAll().where('userId', '=', userId).executeTakeFirst();
}

/** The feed a token opens, with its owner's name and language; undefined once revoked or rotated. */
export async function findFeedByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('calendarFeed as f')
    .innerJoin('appUser as u', 'u.id', 'f.userId')
    .select(['f.userId', 'f.lastUsedAt', 'u.name', 'u.locale'])
    .where('f.tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

/** Creates the user's feed, or replaces its token (the old address stops working at once). */
export async function upsertFeed(trx: Tx, row: { userId: string; tokenHash: string; tokenHint: string }, now: Date) {
  return trx
    .insertInto('calendarFeed')
    .values({ ...row, createdAt: now, lastUsedAt: null })
    .onConflict((oc) =>
      oc
        .column('userId')
        .doUpdateSet({ tokenHash: row.tokenHash, tokenHint: row.tokenHint, createdAt: now, lastUsedAt: null }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteFeed(trx: Tx, userId: string) {
  return trx.deleteFrom('calendarFeed').where('userId', '=', userId).returningAll().executeTakeFirst();
}

export async function touchFeed(db: Db, userId: string, now: Date) {
  await db.updateTable('calendarFeed').set({ lastUsedAt: now }).where('userId', '=', userId).execute();
}

type MeetingRow = Pick<
  Row<'interaction'>,
  | 'workspaceId'
  | 'id'
  | 'version'
  | 'occurredAt'
  | 'timeZone'
  | 'durationMinutes'
  | 'subject'
  | 'location'
  | 'notesText'
  | 'seriesId'
  | 'occurrenceStart'
  | 'createdAt'
  | 'updatedAt'
  | 'createdBy'
> & { workspaceName: string };

const MEETING_COLUMNS = sql`i.workspace_id, w.name as workspace_name, i.id, i.version, i.occurred_at, i.time_zone, i.duration_minutes, i.subject, i.location, i.notes_text, i.series_id, i.occurrence_start, i.created_at, i.updated_at, i.created_by`;

/**
 * Live meetings a user takes part in, in every workspace they still belong to, that start after
 * `from`; the newest `limit` of them. Leaving a workspace takes its meetings out of the feed.
 */
export async function findFeedMeetings(db: Db, userId: string, from: Date, limit: number): Promise<MeetingRow[]> {
  const result = await sql<MeetingRow>`
    select ${MEETING_COLUMNS}
    from membership ms
    join workspace w on w.id = ms.workspace_id
    join interaction_member m on m.workspace_id = ms.workspace_id and m.user_id = ms.user_id
    join interaction i on i.workspace_id = m.workspace_id and i.id = m.interaction_id
    where ms.user_id = ${userId} and i.is_meeting and i.deleted_at is null and i.occurred_at >= ${from}
    order by i.occurred_at desc, i.id desc
    limit ${limit}`.execute(db);
  return result.rows;
}

export async function findMeeting(db: Db, workspaceId: string, id: string): Promise<MeetingRow | undefined> {
  const result = await sql<MeetingRow>`
    select ${MEETING_COLUMNS} from interaction i join workspace w on w.id = i.workspace_id
    where i.workspace_id = ${workspaceId} and i.id = ${id} and i.deleted_at is null`.execute(db);
  return result.rows[0];
}

/**
 * Meetings as calendar events: their agenda, partners, members with their email, people with
 * their first email, and the organizer (who logged it, else the first member), in one query per
 * part for all of one workspace's meetings.
 */
export async function toCalendarEvents(db: Db, rows: MeetingRow[]): Promise<MeetingEvent[]> {
  const byWorkspace = new Map<string, string[]>();
  for (const row of rows) byWorkspace.set(row.workspaceId, [...(byWorkspace.get(row.workspaceId) ?? []), row.id]);
  const parts = new Map<
    string,
    { agenda: string[]; partners: string[]; members: (CalendarPerson & { id: string })[]; people: CalendarPerson[] }
  >();
  const partOf = (id: string) => {
    let part = parts.get(id);
    if (!part) parts.set(id, (part = { agenda: [], partners: [], members: [], people: [] }));
    return part;
  };
  const users = new Map<string, CalendarPerson>();
  for (const [workspaceId, ids] of byWorkspace) {
    const [agenda, partners, members, people] = await Promise.all([
      db
        .selectFrom('meetingAgendaItem')
        .select(['interactionId', 'title'])
        .where('workspaceId', '=', workspaceId)
        .where('interactionId', 'in', ids)
        .orderBy('position')
        .execute(),
      db
        .selectFrom('interactionPartner as l')
        .innerJoin('partner as p', (j) =>
          j.onRef('p.workspaceId', '=', 'l.workspaceId').onRef('p.id', '=', 'l.partnerId'),
        )
        .select(['l.interactionId', 'p.name'])
        .where('l.workspaceId', '=', workspaceId)
        .where('l.interactionId', 'in', ids)
        .orderBy('p.sortName')
        .execute(),
      db
        .selectFrom('interactionMember as m')
        .innerJoin('appUser as u', 'u.id', 'm.userId')
        .select(['m.interactionId', 'u.id', 'u.name', 'u.email'])
        .where('m.workspaceId', '=', workspaceId)
        .where('m.interactionId', 'in', ids)
        .orderBy('m.position')
        .execute(),
      sql<{ interactionId: string; name: string; email: string | null }>`
        select l.interaction_id, p.name,
          (select c.value from partner_contact c where c.workspace_id = p.workspace_id and c.partner_id = p.id and c.channel = 'email' order by c.position limit 1) as email
        from interaction_person l
        join partner p on p.workspace_id = l.workspace_id and p.id = l.person_id
        where l.workspace_id = ${workspaceId} and l.interaction_id = any(${sql.val(ids)}::uuid[])
        order by p.sort_name`.execute(db),
    ]);
    for (const a of agenda) partOf(a.interactionId).agenda.push(a.title);
    for (const p of partners) partOf(p.interactionId).partners.push(p.name);
    for (const m of members) partOf(m.interactionId).members.push({ id: m.id, name: m.name, email: m.email });
    for (const p of people.rows) partOf(p.interactionId).people.push({ name: p.name, email: p.email });
  }
  const creators = [...new Set(rows.map((r) => r.createdBy).filter((id): id is string => id !== null))];
  if (creators.length) {
    for (const u of await db
      .selectFrom('appUser')
      .select(['id', 'name', 'email'])
      .where('id', 'in', creators)
      .execute())
      users.set(u.id, { name: u.name, email: u.email });
  }
  return rows.map((row) => {
    const part = partOf(row.id);
    const organizer = (row.createdBy ? users.get(row.createdBy) : undefined) ?? part.members[0] ?? null;
    return {
      ...row,
      agenda: part.agenda,
      partners: part.partners,
      members: part.members.map(({ name, email }) => ({ name, email })),
      people: part.people,
      organizer: organizer ? { name: organizer.name, email: organizer.email } : null,
    };
  });
}

/** Live occurrences of one series, oldest first: what its .ics holds. */
export async function findSeriesMeetings(db: Db, workspaceId: string, seriesId: string): Promise<MeetingRow[]> {
  const result = await sql<MeetingRow>`
    select ${MEETING_COLUMNS} from interaction i join workspace w on w.id = i.workspace_id
    where i.workspace_id = ${workspaceId} and i.series_id = ${seriesId} and i.deleted_at is null
    order by i.occurred_at, i.id`.execute(db);
  return result.rows;
}

export type SeriesKey = { workspaceId: string; id: string };

/** The series these occurrences belong to. */
export async function findSeriesByKeys(db: Db, keys: SeriesKey[]) {
  if (!keys.length) return [];
  return db
    .selectFrom('meetingSeries')
    .selectAll()
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('workspaceId', '=', k.workspaceId), eb('id', '=', k.id)]))))
    .execute();
}
