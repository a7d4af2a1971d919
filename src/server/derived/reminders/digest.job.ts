import { z } from 'zod';
import type { Db, Tx } from '../../platform/db/index.js';
import type { JobHandler } from '../../platform/jobs/index.js';
import { insertEmail } from '../../platform/email/index.js';
import {
  choicesOf,
  DEFAULT_CHOICES,
  findRecipient,
  insertNotifications,
  type Recipient,
  unsubscribeLinks,
} from '../notifications/index.js';
import { digestEmail, isEmptyDigest, type DigestContent } from './digest-email.js';
import { digestDueTasks, digestMeetings, digestOverdueContacts, enqueueDueDigests } from './digest.repository.js';

/** Items listed per section; the rest are counted. */
const SHOWN = 10;
const DAY_MS = 86_400_000;

const payloadSchema = z.object({ workspaceId: z.string(), userId: z.string(), localDate: z.iso.date() });

/** The scheduler the runner's tick calls: queues the digests whose 08:00 has come. */
export const scheduleDigests = (db: Db, now: Date) => enqueueDueDigests(db, now, DEFAULT_CHOICES.daily_digest);

/**
 * What a member's day holds: contacts overdue, tasks overdue or due today (their local date) and
 * meetings in the next 24 hours. Renewal dates join once agreements exist (there is no agreement
 * table yet).
 */
async function gatherDigest(
  db: Db,
  workspaceId: string,
  userId: string,
  today: string,
  now: Date,
): Promise<DigestContent> {
  const scope = { workspaceId, userId, today, limit: SHOWN };
  const [overdue, tasks, meetings] = [
    await digestOverdueContacts(db, scope),
    await digestDueTasks(db, scope),
    await digestMeetings(db, { workspaceId, userId, limit: SHOWN, from: now, to: new Date(now.getTime() + DAY_MS) }),
  ];
  return {
    overdue,
    overdueTotal: overdue[0]?.total ?? 0,
    tasks,
    tasksTotal: tasks[0]?.total ?? 0,
    meetings,
    meetingsTotal: meetings[0]?.total ?? 0,
  };
}

async function renderFor(trx: Tx, publicUrl: string, recipient: Recipient, content: DigestContent) {
  const links = await unsubscribeLinks(trx, publicUrl, {
    userId: recipient.userId,
    workspaceId: recipient.workspaceId,
    kind: 'daily_digest',
  });
  const appUrl = `${publicUrl}/w/${recipient.workspaceId}`;
  const footer = {
    workspaceName: recipient.workspaceName,
    unsubscribeUrl: links.pageUrl,
    settingsUrl: `${appUrl}/settings/reminders`,
  };
  return {
    message: digestEmail(
      { locale: recipient.locale, timeZone: recipient.timeZone, name: recipient.name, appUrl, footer },
      content,
    ),
    headers: links.headers,
  };
}

/**
 * One member's digest of one day: skipped when empty; otherwise an in-app notification with the
 * counts and/or the email, per their choice now, written with the job's completion in one
 * transaction so a digest is never delivered twice.
 */
export function digestJob(options: { db: Db; publicUrl: string }): JobHandler {
  const { db, publicUrl } = options;
  return async ({ job, now, complete }) => {
    const { workspaceId, userId, localDate } = payloadSchema.parse(job.payload);
    const recipient = await findRecipient(db, workspaceId, userId);
    const [choice] = await choicesOf(db, 'daily_digest', [{ workspaceId, userId }]);
    if (!recipient || !choice || (!choice.byEmail && !choice.inApp)) return;
    const content = await gatherDigest(db, workspaceId, userId, localDate, now);
    if (isEmptyDigest(content)) return;
    await db.transaction().execute(async (trx) => {
      if (choice.inApp) {
        const params = {
          overdueContacts: content.overdueTotal,
          dueTasks: content.tasksTotal,
          upcomingMeetings: content.meetingsTotal,
        };
        await insertNotifications(
          trx,
          [{ workspaceId, userId, kind: 'daily_digest', params, entityType: null, entityId: null }],
          now,
        );
      }
      if (choice.byEmail) {
        const { message, headers } = await renderFor(trx, publicUrl, recipient, content);
        await insertEmail(trx, { workspaceId, to: recipient.email, ...message, headers });
      }
      await complete(trx);
    });
  };
}
