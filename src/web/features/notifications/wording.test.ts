import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../api/index.js';
import { LOCALES, MESSAGES } from '../../i18n/index.js';
import type { AppNotification } from './notifications.types.js';
import { isolated, notificationPath, notificationWording } from './wording.js';

const note = (
  kind: string,
  params: Record<string, unknown>,
  entityType: string | null = null,
  entityId: string | null = null,
): AppNotification => ({
  id: 'n1',
  // Kinds as a newer server might send them, too: the wording must cope.
  kind: kind as AppNotification['kind'],
  params,
  entityType,
  entityId,
  createdAt: '2026-03-10T08:00:00Z',
  readAt: null,
});
const say = (locale: Locale, n: AppNotification) => {
  const intl = createIntl({ locale, messages: MESSAGES[locale] });
  const w = notificationWording(n, (d) => `<${d}>`);
  return intl.formatMessage({ id: w.id }, w.values);
};

const assigned = note(
  'task_assigned',
  { taskId: 't1', title: 'Send the contract', dueOn: '2026-03-12', assignedByName: 'Olivia' },
  'task',
  't1',
);
const overdue = note(
  'relationship_overdue',
  { relationshipId: 'r1', partnerName: 'Hòa Phát', purpose: 'Steel', nextContactDue: '2026-03-01', overdueDays: 3 },
  'relationship',
  'r1',
);
const digest = note('daily_digest', { overdueContacts: 2, dueTasks: 1, upcomingMeetings: 0 });

describe('notification wording', () => {
  it('words each kind from its params in English', () => {
    expect(say('en', assigned)).toBe('Olivia assigned you “Send the contract”, due <2026-03-12>');
    expect(say('en', note('task_assigned', { title: 'Call back', assignedByName: 'Olivia' }))).toBe(
      'Olivia assigned you “Call back”',
    );
    expect(say('en', overdue)).toBe('Contact with Hòa Phát (Steel) is overdue by 3 days');
    expect(say('en', note('relationship_overdue', { partnerName: 'An', overdueDays: 1 }))).toBe(
      'Contact with An is overdue by 1 day',
    );
    expect(say('en', digest)).toBe('Today: 2 overdue contacts, 1 task due, 0 meetings in the next 24 hours');
  });

  it('uses Russian plurals', () => {
    expect(say('ru', overdue)).toContain('3 дня');
    expect(say('ru', note('relationship_overdue', { partnerName: 'X', overdueDays: 5 }))).toContain('5 дней');
  });

  it.each(LOCALES)('%s words every kind', (locale) => {
    for (const n of [assigned, overdue, digest, note('something_new', {})])
      expect(say(locale, n)).not.toMatch(/notification\./);
  });

  it('leads to the relationship, My tasks or Keep in touch', () => {
    expect(notificationPath(overdue, 'w1')).toBe('/w/w1/relationships/r1');
    expect(notificationPath(assigned, 'w1')).toBe('/w/w1/tasks');
    expect(notificationPath(digest, 'w1')).toBe('/w/w1/keep-in-touch');
    expect(notificationPath(note('something_new', {}), 'w1')).toBe('/w/w1');
  });
});

describe('bidirectional text', () => {
  it('isolates names and titles but not counts', () => {
    expect(isolated({ name: 'Olivia', days: 3 })).toEqual({ name: '\u2068Olivia\u2069', days: 3 });
  });
});
