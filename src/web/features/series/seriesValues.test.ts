import { describe, expect, it } from 'vitest';
import type { MeetingSeries } from './series.types.js';
import { emptySeriesInput, seriesBody, seriesFormPath, seriesPatch, toSeriesInput } from './seriesValues.js';

const stored: MeetingSeries = {
  id: 's1',
  version: 2,
  recurrence: 'monthly',
  interval: 2,
  startsAt: '2026-12-01T07:00:00.000Z',
  timeZone: 'Europe/Berlin',
  durationMinutes: 45,
  until: '2027-06-30',
  count: null,
  kind: 'video_call',
  subject: 'Progress review',
  location: '',
  agenda: [{ title: 'Goals', notes: '' }],
  partners: [{ id: 'p1', name: 'Acme', type: 'organization' }],
  relationships: [],
  members: [{ id: 'u1', name: 'Olga' }],
  people: [],
  nextOccurrences: [],
  materializedUntil: '',
  stoppedAt: null,
  createdBy: null,
  createdAt: '',
  updatedAt: '',
};

describe('series form values', () => {
  it('starts a weekly meeting tomorrow at 10:00 on the user’s clock', () => {
    const input = emptySeriesInput('u1', 'Asia/Tehran', new Date('2026-11-26T21:00:00Z'));
    // Already 27 November in Tehran: tomorrow is the 28th.
    expect(input).toMatchObject({
      localTime: '2026-11-28T10:00',
      timeZone: 'Asia/Tehran',
      recurrence: 'weekly',
      interval: 1,
      end: 'never',
      memberIds: ['u1'],
    });
    expect(seriesBody(input)).toMatchObject({ startsAt: '2026-11-28T06:30:00.000Z', until: null, count: null });
  });

  it('reads a stored series back on its own clock, with its end', () => {
    const input = toSeriesInput(stored);
    expect(input).toMatchObject({ localTime: '2026-12-01T08:00', end: 'until', until: '2027-06-30', interval: 2 });
    expect(toSeriesInput({ ...stored, until: null, count: 6 })).toMatchObject({ end: 'count', count: 6 });
    expect(toSeriesInput({ ...stored, until: null })).toMatchObject({ end: 'never' });
  });

  it('sends only the chosen end and the agenda rows that were filled in', () => {
    const input = {
      ...toSeriesInput(stored),
      end: 'count' as const,
      count: 5,
      agenda: [
        { title: ' ', notes: '' },
        { title: 'Risks ', notes: '' },
      ],
    };
    expect(seriesBody(input)).toMatchObject({
      until: null,
      count: 5,
      agenda: [{ title: 'Risks', notes: '' }],
      partnerIds: ['p1'],
    });
  });

  it('patches only what changed', () => {
    const before = toSeriesInput(stored);
    expect(seriesPatch(before, { ...before })).toEqual({});
    expect(seriesPatch(before, { ...before, subject: 'Monthly review', end: 'never' })).toEqual({
      subject: 'Monthly review',
      until: null,
    });
    expect(seriesPatch(before, { ...before, localTime: '2026-12-01T09:30' })).toEqual({
      startsAt: '2026-12-01T08:30:00.000Z',
    });
  });

  it('maps server errors to the form’s fields and rows', () => {
    const input = {
      ...toSeriesInput(stored),
      agenda: [
        { title: '', notes: '' },
        { title: '', notes: 'only notes' },
      ],
    };
    const path = seriesFormPath(input);
    expect(path('agenda.0.title')).toBe('agenda.1.title');
    expect(path('startsAt')).toBe('localTime');
    expect(path('until')).toBe('until');
  });
});
