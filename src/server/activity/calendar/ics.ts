import ICAL from 'ical.js';
import type { Locale } from '../../platform/db/index.js';
import { buildVTimezone, offsetSeconds, wallTime } from './vtimezone.js';

export type CalendarPerson = { name: string; email: string | null };

/** One meeting as a calendar shows it. */
export type CalendarEvent = {
  id: string;
  workspaceId: string;
  workspaceName: string;
  version: number;
  occurredAt: Date;
  timeZone: string;
  durationMinutes: number | null;
  subject: string;
  /** An address or a video link, written as LOCATION ('' for none). */
  location: string;
  notesText: string;
  agenda: string[];
  partners: string[];
  createdAt: Date;
  updatedAt: Date;
  organizer: CalendarPerson | null;
  /** Our side. */
  members: CalendarPerson[];
  /** Their side (partner people, with their first email if they have one). */
  people: CalendarPerson[];
  /** The interaction's own (`<id>@rapport`) unless it belongs to a series' event. */
  uid?: string;
  /** The page it opens, after the public address (the interaction's page unless given). */
  path?: string;
  /** A series: its rule, the cancelled starts, and the last start the VTIMEZONE must cover. */
  recurrence?: { rule: ICAL.Recur; exdates: Date[]; lastStart: Date };
  /** An edited occurrence of a series: the start it was scheduled at. */
  recurrenceId?: Date;
};

/** A meeting logged without a duration still needs an end in a calendar. */
export const DEFAULT_DURATION_MINUTES = 60;
const PRODID = '-//Rapport//Rapport partner relationship manager//EN';
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Zulu', 'Zulu', 'Etc/UCT', 'UCT']);

const LABELS: Record<Locale, { agenda: string; with: string; participants: string; meeting: string }> = {
  en: { agenda: 'Agenda', with: 'With', participants: 'Participants', meeting: 'Meeting' },
  vi: { agenda: 'Chương trình', with: 'Với', participants: 'Người tham dự', meeting: 'Cuộc họp' },
  ru: { agenda: 'Повестка', with: 'С кем', participants: 'Участники', meeting: 'Встреча' },
  fa: { agenda: 'دستور جلسه', with: 'با', participants: 'شرکت‌کنندگان', meeting: 'جلسه' },
};

export type CalendarOptions = {
  /**
   * PUBLISH for a subscribed feed; REQUEST for an invitation to send (falls back to PUBLISH without an organizer's
   * address).
   */
  method: 'PUBLISH' | 'REQUEST';
  publicUrl: string;
  locale: Locale;
  name?: string;
  now?: Date;
};

/**
 * An iCalendar (RFC 5545) document of meetings, built with ical.js. Each meeting starts at its
 * own wall-clock time in its own zone (DTSTART;TZID=… with a VTIMEZONE exact over the meetings'
 * span), keeps a stable UID, and carries SEQUENCE = version − 1, so a calendar replaces an
 * earlier copy by a later one.
 */
export function buildCalendar(events: CalendarEvent[], options: CalendarOptions): string {
  const now = options.now ?? new Date();
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  const method = options.method === 'REQUEST' && events.every((e) => e.organizer?.email) ? 'REQUEST' : 'PUBLISH';
  calendar.addPropertyWithValue('method', method);
  if (options.name) {
    calendar.addPropertyWithValue('x-wr-calname', options.name);
    // How often a subscribed calendar should look again (Apple and Google read one or the other).
    const refresh = calendar.addPropertyWithValue('refresh-interval', ICAL.Duration.fromSeconds(3600));
    refresh.setParameter('value', 'DURATION');
    calendar.addPropertyWithValue('x-published-ttl', 'PT1H');
  }
  for (const [zone, span] of zoneSpans(events)) calendar.addSubcomponent(buildVTimezone(zone, span.from, span.to));
  for (const event of events) calendar.addSubcomponent(vevent(event, method, options, now));
  return stringify(calendar);
}

/**
 * ical.js folds a line at 75 octets and then adds the continuation's leading space, which makes
 * 76; RFC 5545 wants at most 75 with the space. The setting is global, so it is changed only for
 * this synchronous call.
 */
function stringify(calendar: ICAL.Component): string {
  const previous = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = previous;
  }
}

function zoneSpans(events: CalendarEvent[]): Map<string, { from: Date; to: Date }> {
  const spans = new Map<string, { from: Date; to: Date }>();
  for (const event of events) {
    if (UTC_ZONES.has(event.timeZone)) continue;
    const last = event.recurrence?.lastStart ?? event.occurredAt;
    const end = new Date(last.getTime() + minutesOf(event) * 60_000);
    const span = spans.get(event.timeZone);
    if (!span) spans.set(event.timeZone, { from: event.occurredAt, to: end });
    else {
      if (event.occurredAt < span.from) span.from = event.occurredAt;
      if (end > span.to) span.to = end;
    }
  }
  return spans;
}

const minutesOf = (event: CalendarEvent) => event.durationMinutes || DEFAULT_DURATION_MINUTES;
const utc = (date: Date) => ICAL.Time.fromJSDate(date, true);

function vevent(
  event: CalendarEvent,
  method: 'PUBLISH' | 'REQUEST',
  options: CalendarOptions,
  now: Date,
): ICAL.Component {
  const labels = LABELS[options.locale];
  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('uid', event.uid ?? `${event.id}@rapport`);
  component.addPropertyWithValue('dtstamp', utc(now));
  component.addPropertyWithValue('created', utc(event.createdAt));
  component.addPropertyWithValue('last-modified', utc(event.updatedAt));
  component.addPropertyWithValue('sequence', event.version - 1);
  addZoned(component, 'dtstart', event.occurredAt, event.timeZone);
  if (event.recurrenceId) addZoned(component, 'recurrence-id', event.recurrenceId, event.timeZone);
  if (event.recurrence) {
    component.addPropertyWithValue('rrule', event.recurrence.rule);
    for (const start of event.recurrence.exdates) addZoned(component, 'exdate', start, event.timeZone);
  }
  component.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(minutesOf(event) * 60));
  component.addPropertyWithValue(
    'summary',
    event.subject || (event.partners.length ? `${labels.meeting}: ${event.partners.join(', ')}` : labels.meeting),
  );
  if (event.location.trim()) component.addPropertyWithValue('location', event.location.trim());
  const description = describe(event, labels);
  if (description) component.addPropertyWithValue('description', description);
  const path = event.path ?? `/w/${event.workspaceId}/interactions/${event.id}`;
  component.addPropertyWithValue('url', `${options.publicUrl}${path}`);
  component.addPropertyWithValue('categories', event.workspaceName);
  component.addPropertyWithValue('status', 'CONFIRMED');
  if (event.organizer?.email) {
    const organizer = component.addPropertyWithValue('organizer', `mailto:${event.organizer.email}`);
    organizer.setParameter('cn', event.organizer.name);
  }
  const seen = new Set<string>();
  for (const person of [...event.members, ...event.people]) {
    if (!person.email || seen.has(person.email.toLowerCase())) continue;
    seen.add(person.email.toLowerCase());
    const attendee = component.addPropertyWithValue('attendee', `mailto:${person.email}`);
    attendee.setParameter('cn', person.name);
    attendee.setParameter('cutype', 'INDIVIDUAL');
    attendee.setParameter('role', 'REQ-PARTICIPANT');
    const isOrganizer = person.email.toLowerCase() === event.organizer?.email?.toLowerCase();
    attendee.setParameter('partstat', isOrganizer ? 'ACCEPTED' : 'NEEDS-ACTION');
    if (method === 'REQUEST' && !isOrganizer) attendee.setParameter('rsvp', 'TRUE');
  }
  return component;
}

/**
 * A time at its wall-clock reading in the meeting's zone (TZID=…), or in UTC. DTSTART, EXDATE and
 * RECURRENCE-ID of one series are all written this way, so they compare equal in any program.
 */
function addZoned(component: ICAL.Component, name: string, at: Date, timeZone: string): void {
  if (UTC_ZONES.has(timeZone)) {
    component.addPropertyWithValue(name, utc(at));
    return;
  }
  const property = component.addPropertyWithValue(name, wallTime(at.getTime(), offsetSeconds(timeZone, at.getTime())));
  property.setParameter('tzid', timeZone);
}

/** Notes, then the agenda, then who it is with: what someone looking at the calendar entry wants to know. */
function describe(event: CalendarEvent, labels: (typeof LABELS)[Locale]): string {
  const parts: string[] = [];
  if (event.notesText.trim()) parts.push(event.notesText.trim());
  if (event.agenda.length)
    parts.push([`${labels.agenda}:`, ...event.agenda.map((title, i) => `${i + 1}. ${title}`)].join('\n'));
  if (event.partners.length) parts.push(`${labels.with}: ${event.partners.join(', ')}`);
  const names = [...event.members, ...event.people].map((p) => p.name);
  if (names.length) parts.push(`${labels.participants}: ${names.join(', ')}`);
  return parts.join('\n\n');
}
