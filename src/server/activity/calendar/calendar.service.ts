import { type Config, notFound } from '../../platform/core/index.js';
import type { Db } from '../../platform/db/index.js';
import type { Auth } from '../../platform/http/index.js';
import { hashToken, newToken } from '../../platform/auth/index.js';
import { auditUserChange } from '../../platform/users/index.js';
import { requirePermission } from '../../platform/access/index.js';
import {
  deleteFeed,
  findFeedByTokenHash,
  findFeedMeetings,
  findFeedOfUser,
  findMeeting,
  findSeriesByKeys,
  findSeriesMeetings,
  type MeetingEvent,
  toCalendarEvents,
  touchFeed,
  upsertFeed,
} from './calendar.repository.js';
import { buildCalendar, type CalendarEvent } from './ics.js';
import { seriesEvents } from './series-events.js';

/** How far back a feed reaches: a year of past meetings, and everything ahead. */
export const FEED_DAYS_BACK = 365;
/** The most meetings one feed answer holds (the newest): calendar programs choke on huge feeds. */
export const FEED_MAX_EVENTS = 2000;
const TOKEN_HINT_LENGTH = 6;
/** Marking a feed as used on every poll (calendar programs poll often) would make each read a write. */
const TOUCH_INTERVAL_MS = 3600_000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type FeedView = {
  active: boolean;
  url: string | null;
  urlHint: string | null;
  createdAt: string | null;
  lastUsedAt: string | null;
};

const feedPath = (config: Pick<Config, 'publicUrl'>, token: string) =>
  `${config.publicUrl}/api/v1/calendar/${token}.ics`;

function present(
  config: Pick<Config, 'publicUrl'>,
  feed: { tokenHint: string; createdAt: Date; lastUsedAt: Date | null } | undefined,
  token?: string,
): FeedView {
  if (!feed) return { active: false, url: null, urlHint: null, createdAt: null, lastUsedAt: null };
  return {
    active: true,
    url: token ? feedPath(config, token) : null,
    urlHint: `${config.publicUrl}/api/v1/calendar/${feed.tokenHint}….ics`,
    createdAt: feed.createdAt.toISOString(),
    lastUsedAt: feed.lastUsedAt?.toISOString() ?? null,
  };
}

/**
 * Whether the caller has a feed. Its address is shown only when it is made: the database keeps only the token's hash.
 */
export async function getFeed(db: Db, config: Pick<Config, 'publicUrl'>, auth: Auth): Promise<FeedView> {
  return present(config, await findFeedOfUser(db, auth.user.id));
}

/** Makes the caller's feed address, or a new one in place of the old, which stops working. */
export async function createFeed(db: Db, config: Pick<Config, 'publicUrl'>, auth: Auth): Promise<FeedView> {
  const token = newToken();
  const feed = await db.transaction().execute(async (trx) => {
    const before = await findFeedOfUser(trx, auth.user.id);
    const saved = await upsertFeed(
      trx,
      { userId: auth.user.id, tokenHash: hashToken(token), tokenHint: token.slice(0, TOKEN_HINT_LENGTH) },
      new Date(),
    );
    await auditUserChange(trx, auth.user.id, before ? 'calendar_feed.rotate' : 'calendar_feed.create', {
      tokenHint: { before: before?.tokenHint ?? null, after: saved.tokenHint },
    });
    return saved;
  });
  return present(config, feed, token);
}

export async function revokeFeed(db: Db, auth: Auth): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const removed = await deleteFeed(trx, auth.user.id);
    if (removed)
      await auditUserChange(trx, auth.user.id, 'calendar_feed.revoke', {
        tokenHint: { before: removed.tokenHint, after: null },
      });
  });
}

/**
 * The feed a token opens: the meetings its owner takes part in, in every workspace they belong
 * to. No session: the token is the credential. An unknown, revoked or replaced token is a 404.
 */
export async function feedCalendar(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  token: string,
  now = new Date(),
): Promise<string> {
  const feed = TOKEN.test(token) ? await findFeedByTokenHash(db, hashToken(token)) : undefined;
  if (!feed) throw notFound('Calendar feed');
  if (!feed.lastUsedAt || now.getTime() - feed.lastUsedAt.getTime() > TOUCH_INTERVAL_MS)
    await touchFeed(db, feed.userId, now);
  const rows = await findFeedMeetings(
    db,
    feed.userId,
    new Date(now.getTime() - FEED_DAYS_BACK * 86_400_000),
    FEED_MAX_EVENTS,
  );
  const from = new Date(now.getTime() - FEED_DAYS_BACK * 86_400_000);
  const events = await withSeries(db, await toCalendarEvents(db, rows.reverse()), from, now, feed.userId);
  return buildCalendar(events, {
    method: 'PUBLISH',
    publicUrl: config.publicUrl,
    locale: feed.locale,
    name: `Rapport: ${feed.name}`,
    now,
  });
}

/**
 * Gathers series occurrences into their series (seriesEvents); other meetings pass as they are.
 * In a user's feed a series is one event only if that user is in its template: otherwise the rule
 * would promise them occurrences they are not invited to, so theirs stay single events.
 */
async function withSeries(
  db: Db,
  events: MeetingEvent[],
  from: Date,
  now: Date,
  userId: string | null,
): Promise<CalendarEvent[]> {
  const keys = new Map<string, { workspaceId: string; id: string }>();
  for (const e of events) if (e.seriesId) keys.set(e.seriesId, { workspaceId: e.workspaceId, id: e.seriesId });
  const series = (await findSeriesByKeys(db, [...keys.values()])).filter(
    (s) => userId === null || s.memberIds.includes(userId),
  );
  const grouped = new Set(series.map((s) => s.id));
  const result: CalendarEvent[] = events.filter((e) => !e.seriesId || !grouped.has(e.seriesId));
  for (const s of series) {
    const occurrences = events.filter((e) => e.seriesId === s.id);
    result.push(...seriesEvents({ series: s, occurrences }, from, now));
  }
  return result;
}

/**
 * One live interaction as an invitation to send (METHOD:REQUEST, organizer and attendees with
 * addresses). An occurrence of a series brings its whole series: the one event a calendar keeps.
 */
export async function interactionCalendar(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  auth: Auth,
  workspaceId: string,
  id: string,
): Promise<{ filename: string; text: string }> {
  await requirePermission(db, auth, workspaceId, 'read');
  const row = await findMeeting(db, workspaceId, id);
  if (!row) throw notFound('Interaction');
  const rows = row.seriesId ? await findSeriesMeetings(db, workspaceId, row.seriesId) : [row];
  const events = await withSeries(db, await toCalendarEvents(db, rows), new Date(0), new Date(), null);
  if (!events.length) throw notFound('Interaction');
  return {
    filename: `${[...(row.subject.trim() || 'meeting')].slice(0, 100).join('')}.ics`,
    text: buildCalendar(events, { method: 'REQUEST', publicUrl: config.publicUrl, locale: auth.user.locale }),
  };
}
