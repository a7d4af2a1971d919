import { type InteractionKind, richText, type Sentiment } from '../interactions/index.js';
import { type PersonRef, toInstant, toLocalInput } from '../../shared/index.js';

/** What "log event encounters" edits: the people met, and what they share (one interaction each). */
export interface EncounterInput {
  people: PersonRef[];
  kind: InteractionKind;
  /** `YYYY-MM-DDTHH:mm` on the clock of `timeZone`. */
  localTime: string;
  timeZone: string;
  durationMinutes: number | null;
  subject: string;
  notes: string;
  sentiment: Sentiment | null;
  memberIds: string[];
}

/** Met at an event, now, on the user's clock, with the user there. */
export function emptyEncounterInput(userId: string, timeZone: string, now: Date = new Date()): EncounterInput {
  return {
    people: [],
    kind: 'event_encounter',
    localTime: toLocalInput(now, timeZone),
    timeZone,
    durationMinutes: null,
    subject: '',
    notes: '',
    sentiment: null,
    memberIds: [userId],
  };
}

/** The POST /interactions/batch body: the people in the order chosen (errors come back by that order). */
export function encounterBody(input: EncounterInput) {
  const occurredAt = toInstant(input.localTime, input.timeZone);
  return {
    kind: input.kind,
    ...(occurredAt ? { occurredAt } : {}),
    timeZone: input.timeZone,
    durationMinutes: input.durationMinutes,
    subject: input.subject.trim(),
    notes: richText(input.notes),
    sentiment: input.sentiment,
    memberIds: input.memberIds,
    personIds: input.people.map((p) => p.id),
  };
}

/**
 * The translated errors of a refused batch split in two: those about one of the people
 * (`personIds.3` → that person, by name) and those about the shared fields.
 */
export function splitErrors(fields: Record<string, string>, people: PersonRef[]) {
  const perPerson: { person: PersonRef; message: string }[] = [];
  const shared: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^personIds\.(\d+)/.exec(path);
    const person = match ? people[Number(match[1])] : undefined;
    if (person) perPerson.push({ person, message });
    else shared[path] = message;
  }
  return { perPerson, shared };
}
