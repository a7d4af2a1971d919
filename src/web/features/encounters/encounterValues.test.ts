import { describe, expect, it } from 'vitest';
import { emptyEncounterInput, encounterBody, splitErrors } from './encounterValues.js';

const an = { id: 'p1', name: 'Nguyễn Văn An' };
const olga = { id: 'p2', name: 'Ольга Петрова' };

describe('event encounters', () => {
  it('starts as "met at an event", now, on the user’s clock, with the user there', () => {
    const input = emptyEncounterInput('u1', 'Asia/Ho_Chi_Minh', new Date('2026-11-26T03:00:00Z'));
    expect(input).toMatchObject({
      kind: 'event_encounter',
      localTime: '2026-11-26T10:00',
      memberIds: ['u1'],
      people: [],
    });
  });

  it('sends the people in the order chosen with the shared fields', () => {
    const input = {
      ...emptyEncounterInput('u1', 'UTC'),
      people: [an, olga],
      localTime: '2026-11-20T15:00',
      subject: ' Vietnam Expo ',
      notes: '<p></p>',
    };
    expect(encounterBody(input)).toEqual({
      kind: 'event_encounter',
      occurredAt: '2026-11-20T15:00:00.000Z',
      timeZone: 'UTC',
      durationMinutes: null,
      subject: 'Vietnam Expo',
      notes: '',
      sentiment: null,
      memberIds: ['u1'],
      personIds: ['p1', 'p2'],
    });
  });

  it('names the person each error is about and keeps the shared ones by field', () => {
    const { perPerson, shared } = splitErrors(
      { 'personIds.1': 'Not a person.', personIds: 'Required.', timeZone: 'Bad zone.' },
      [an, olga],
    );
    expect(perPerson).toEqual([{ person: olga, message: 'Not a person.' }]);
    expect(shared).toEqual({ personIds: 'Required.', timeZone: 'Bad zone.' });
  });
});
