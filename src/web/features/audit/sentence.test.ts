import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { formatDateTime, intlTag, LOCALES, MESSAGES } from '../../i18n/index.js';
import type { AuditEntry } from './audit.queries.js';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './actions.js';
import type { AuditText } from './changeValue.js';
import { FIELD_LABELS } from './fields.js';
import { details, sentenceOf } from './sentence.js';

type Locale = (typeof LOCALES)[number];

function textIn(locale: Locale, names: Record<string, string> = {}): AuditText {
  const intl = createIntl({ locale: intlTag(locale), messages: MESSAGES[locale] });
  return {
    t: (id, values) => intl.formatMessage({ id }, values),
    has: (id) => id in MESSAGES[locale],
    dateTime: (iso) => formatDateTime(iso, locale, 'Asia/Ho_Chi_Minh'),
    day: (day) => day,
    number: (n) => intl.formatNumber(n),
    list: (items) => intl.formatList(items),
    names,
  };
}

/** A sentence as plain text: the record's link becomes its name. */
function read(entry: AuditEntry, locale: Locale, names: Record<string, string> = {}): string {
  const text = textIn(locale, names);
  const s = sentenceOf(entry, text);
  return text.t(s.id, { ...s.values, entity: s.entity.name });
}

const OLIVIA = '01900000-0000-7000-8000-00000000000a';
const BOB = '01900000-0000-7000-8000-00000000000b';
const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: '01900000-0000-7000-8000-000000000001',
  at: '2026-03-10T07:00:00.000Z',
  actor: { id: OLIVIA, name: 'Olivia Owner' },
  action: 'partner.create',
  entityType: 'partner',
  entityId: '01900000-0000-7000-8000-0000000000cc',
  entityName: 'Hòa Phát Steel',
  changes: {},
  names: {},
  ...over,
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/i;
const RAW_KEY = /\b[a-z_]+\.[a-z_]+\b/;

describe('audit sentences', () => {
  it.each(LOCALES)('every action and kind of record reads as a sentence in %s, with no key or id', (locale) => {
    for (const action of AUDIT_ACTIONS) {
      expect(MESSAGES[locale], `${locale}: ${action}`).toHaveProperty([`audit.sentence.${action}`]);
      const sentence = read(entry({ action, entityType: action.split('.')[0] ?? '' }), locale);
      expect(sentence, `${locale}: ${action}`).toContain('Olivia Owner');
      expect(sentence).not.toMatch(UUID);
      expect(sentence).not.toMatch(RAW_KEY);
    }
    for (const type of AUDIT_ENTITY_TYPES) expect(MESSAGES[locale]).toHaveProperty([`audit.entity.${type}`]);
    for (const id of new Set(Object.values(FIELD_LABELS))) expect(MESSAGES[locale], id).toHaveProperty([id]);
  });

  it('says who moved which relationship from which stage to which, and names the skipped items', () => {
    const moved = entry({
      action: 'relationship.stage',
      entityType: 'relationship',
      entityName: 'Hòa Phát Steel · Steel supply',
      changes: {
        stage: { before: 'planning', after: 'engagement' },
        skippedItems: { before: null, after: ['planning.joint_plan'] },
      },
    });
    expect(read(moved, 'en')).toBe(
      'Olivia Owner moved the relationship Hòa Phát Steel · Steel supply from Planning to Engagement',
    );
    expect(read(moved, 'fa')).toContain('از مرحلهٔ برنامه‌ریزی');
    expect(details(moved, textIn('en'))).toEqual([
      { field: 'stage', label: 'Stage', before: 'Planning', after: 'Engagement' },
      { field: 'skippedItems', label: 'Skipped checklist items', before: '—', after: 'Joint plan written' },
    ]);
  });

  it('shows members by name, dates in the reader calendar and a meeting with its partners', () => {
    const meeting = entry({
      action: 'interaction.create',
      entityType: 'interaction',
      entityName: 'Price review',
      changes: {
        isMeeting: { before: null, after: true },
        kind: { before: null, after: 'meeting' },
        occurredAt: { before: null, after: '2026-03-10T07:00:00.000Z' },
        partnerIds: { before: null, after: ['01900000-0000-7000-8000-0000000000cc'] },
        memberIds: { before: null, after: [OLIVIA, BOB, '01900000-0000-7000-8000-0000000000dd'] },
      },
    });
    const names = {
      [OLIVIA]: 'Olivia Owner',
      [BOB]: 'Bob Buyer',
      '01900000-0000-7000-8000-0000000000cc': 'Hòa Phát Steel',
    };
    expect(read(meeting, 'en', names)).toBe('Olivia Owner logged the meeting Price review with Hòa Phát Steel');
    const en = details(meeting, textIn('en', names));
    expect(en.find((d) => d.field === 'memberIds')?.after).toBe('Olivia Owner, Bob Buyer and (no longer exists)');
    expect(en.find((d) => d.field === 'kind')?.after).toBe('In-person meeting');
    expect(en.find((d) => d.field === 'occurredAt')?.after).toBe('10 Mar 2026, 14:00');
    const fa = details(meeting, textIn('fa', names));
    // Solar Hijri (Esfand 1404) in Persian digits.
    expect(fa.find((d) => d.field === 'occurredAt')?.after).toMatch(/۱۴۰۴/);
    expect(fa.find((d) => d.field === 'isMeeting')?.after).toBe('بله');
  });

  it('labels changed fields in the sentence and shows records as their parts, not JSON', () => {
    const edit = entry({
      action: 'partner.update',
      changes: {
        contacts: { before: ['phone: +84 24 1111'], after: ['phone: +84 24 2222'] },
        affiliations: { before: null, after: [{ partnerId: BOB, title: 'Director' }] },
        'profile.howWeMet': { before: null, after: 'At the Hanoi fair' },
      },
    });
    expect(read(edit, 'en', { [BOB]: 'Nguyễn Văn An' })).toBe(
      'Olivia Owner changed the contacts, organisations and people and how we met of Hòa Phát Steel',
    );
    const shown = details(edit, textIn('en', { [BOB]: 'Nguyễn Văn An' }));
    expect(shown.map((d) => d.after)).toEqual([
      'Phone: \u2068+84 24 2222\u2069',
      'Nguyễn Văn An (Director)',
      'At the Hanoi fair',
    ]);
  });

  it('names a language by its own name and a team member with their role', () => {
    const profile = entry({
      action: 'user.update',
      entityType: 'user',
      changes: { locale: { before: 'en', after: 'fa' } },
    });
    expect(read(profile, 'en')).toBe('Olivia Owner changed their language');
    expect(details(profile, textIn('en'))[0]).toMatchObject({ before: 'English', after: 'فارسی' });
    const team = entry({
      action: 'relationship.update',
      entityType: 'relationship',
      changes: { team: { before: [], after: [{ userId: BOB, role: 'finance' }] } },
    });
    expect(details(team, textIn('vi', { [BOB]: 'Bob Buyer' }))[0]?.after).toBe('Bob Buyer (Tài chính)');
  });

  it('reads an unknown action generically, and an unnamed record by its kind', () => {
    const future = entry({ action: 'partner.teleport', entityName: null, actor: null });
    expect(read(future, 'en')).toBe('System changed the partner (no longer exists)');
    const named = entry({ action: 'goal.create', entityType: 'goal', entityName: 'Q3 goal' });
    expect(read(named, 'en')).toBe('Olivia Owner changed the record Q3 goal');
    expect(read(named, 'ru')).not.toContain('goal.create');
  });
});
