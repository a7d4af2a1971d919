import { describe, expect, it } from 'vitest';
import { interactionEdits } from './conflict.js';
import { createBody, emptyInput, formPathOf, richText, toInput } from './formValues.js';
import type { Interaction } from './interactions.types.js';

const acme = { id: 'p1', name: 'Acme', type: 'organization' as const };
const now = new Date('2026-03-10T07:00:00Z');

const stored: Interaction = {
  id: 'i1',
  version: 3,
  kind: 'video_call',
  isMeeting: true,
  occurredAt: '2026-03-10T07:00:00.000Z',
  timeZone: 'Asia/Ho_Chi_Minh',
  planned: false,
  durationMinutes: 45,
  direction: 'inbound',
  subject: 'Review',
  location: '',
  notes: '<p>Went <strong>well</strong></p>',
  notesText: 'Went well',
  sentiment: 'positive',
  agenda: [{ id: 'a1', title: 'Prices', notes: '' }],
  minutes: '',
  minutesText: '',
  decisions: [],
  actionItems: [],
  partners: [acme],
  relationships: [],
  members: [{ id: 'u1', name: 'Olga' }],
  people: [],
  seriesId: null,
  attachments: [],
  createdBy: null,
  updatedBy: null,
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
};

describe('emptyInput and createBody', () => {
  it('starts now, in the user zone, with the user taking part and the page partner filled in', () => {
    const input = emptyInput('u1', 'Asia/Ho_Chi_Minh', { partners: [acme] }, now);
    expect(input.localTime).toBe('2026-03-10T14:00');
    expect(input.memberIds).toEqual(['u1']);
    expect(createBody(input)).toMatchObject({
      occurredAt: '2026-03-10T07:00:00.000Z',
      timeZone: 'Asia/Ho_Chi_Minh',
      partnerIds: ['p1'],
    });
  });

  it('takes a day and kind picked on the calendar: a meeting at that time', () => {
    const input = emptyInput('u1', 'Asia/Tehran', { localTime: '2026-11-26T09:00', kind: 'meeting' }, now);
    expect(input).toMatchObject({ kind: 'meeting', isMeeting: true, localTime: '2026-11-26T09:00' });
    expect(createBody(input)).toMatchObject({
      occurredAt: '2026-11-26T05:30:00.000Z',
      timeZone: 'Asia/Tehran',
      isMeeting: true,
    });
  });

  it('leaves out blank rows, empty editor text and the meeting parts of a non-meeting', () => {
    const input = {
      ...emptyInput('u1', 'UTC', {}, now),
      kind: 'meeting' as const,
      isMeeting: true,
      notes: '<p></p>',
      agenda: [
        { title: ' ', notes: '' },
        { title: 'Prices ', notes: '' },
      ],
      actionItems: [
        { title: '', ownerId: null, dueOn: '' },
        { title: 'Send contract', ownerId: 'u2', dueOn: '2026-03-20' },
      ],
    };
    const body = createBody(input);
    expect(body.notes).toBe('');
    expect(body.agenda).toEqual([{ title: 'Prices', notes: '' }]);
    expect(body.actionItems).toEqual([{ title: 'Send contract', ownerId: 'u2', dueOn: '2026-03-20' }]);
    const call = createBody({ ...input, kind: 'phone_call', isMeeting: false });
    expect(call).not.toHaveProperty('agenda');
    expect(call).not.toHaveProperty('actionItems');
  });

  it('maps server row paths back to the rows of the form', () => {
    const input = {
      ...emptyInput('u1', 'UTC', {}, now),
      actionItems: [
        { title: '', ownerId: null, dueOn: '' },
        { title: 'X', ownerId: null, dueOn: '' },
      ],
    };
    expect(formPathOf(input)('actionItems.0.ownerId')).toBe('actionItems.1.ownerId');
    expect(formPathOf(input)('partnerIds.0')).toBe('partnerIds.0');
  });
});

describe('richText', () => {
  it('treats an empty editor as no text', () => {
    expect(richText('<p></p>')).toBe('');
    expect(richText('<p><br></p>')).toBe('');
    expect(richText('<p>Hi</p>')).toBe('<p>Hi</p>');
  });
});

describe('edits and conflicts', () => {
  const { buildPatch, changedFields, conflicts, keepMine } = interactionEdits;
  const base = toInput(stored);

  it('reads the stored time on the clock of its own zone', () => {
    expect(base.localTime).toBe('2026-03-10T14:00');
  });

  it('sends only what changed; participants are sets', () => {
    const mine = { ...base, subject: 'Quarterly review', memberIds: [...base.memberIds] };
    expect(changedFields(base, { ...base, partners: [...base.partners].reverse() })).toEqual([]);
    expect(buildPatch(base, mine)).toEqual({ subject: 'Quarterly review' });
    expect(buildPatch(base, { ...base, timeZone: 'UTC' })).toEqual({
      occurredAt: '2026-03-10T14:00:00.000Z',
      timeZone: 'UTC',
    });
  });

  it('marks the fields both sides edited and keeps mine over theirs', () => {
    const theirs = { ...base, subject: 'Their subject', sentiment: 'negative' as const };
    const mine = { ...base, subject: 'My subject', durationMinutes: 60 };
    expect(conflicts(base, theirs, mine)).toEqual([
      { field: 'subject', clash: true },
      { field: 'sentiment', clash: false },
    ]);
    const merged = keepMine(base, mine, theirs);
    expect(merged).toMatchObject({ subject: 'My subject', durationMinutes: 60, sentiment: 'negative' });
    expect(buildPatch(theirs, merged)).toEqual({ durationMinutes: 60, subject: 'My subject' });
  });
});
