import { fieldEdits, toInstant } from '../../shared/index.js';
import { agendaBody, decisionsBody, formPathOf, richText } from './formValues.js';
import type { InteractionInput } from './interactions.types.js';

/** The editable parts of an interaction, as the conflict dialog names them. */
export const FIELDS = [
  'kind',
  'isMeeting',
  'when',
  'durationMinutes',
  'direction',
  'subject',
  'location',
  'notes',
  'sentiment',
  'partners',
  'relationships',
  'memberIds',
  'people',
  'agenda',
  'minutes',
  'decisions',
] as const;
export type Field = (typeof FIELDS)[number];

/** The form values behind each field, for "keep my changes". */
const INPUT_KEYS: Record<Field, (keyof InteractionInput)[]> = {
  kind: ['kind'],
  isMeeting: ['isMeeting'],
  when: ['localTime', 'timeZone'],
  durationMinutes: ['durationMinutes'],
  direction: ['direction'],
  subject: ['subject'],
  location: ['location'],
  notes: ['notes'],
  sentiment: ['sentiment'],
  partners: ['partners'],
  relationships: ['relationships'],
  memberIds: ['memberIds'],
  people: ['people'],
  agenda: ['agenda'],
  minutes: ['minutes'],
  decisions: ['decisions'],
};

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

/** The PATCH body part of one field. */
function bodyOf(input: InteractionInput, field: Field): Record<string, unknown> {
  switch (field) {
    case 'when': {
      const occurredAt = toInstant(input.localTime, input.timeZone);
      return { ...(occurredAt ? { occurredAt } : {}), timeZone: input.timeZone };
    }
    case 'subject':
      return { subject: input.subject.trim() };
    case 'location':
      return { location: input.location.trim() };
    case 'notes':
      return { notes: richText(input.notes) };
    case 'minutes':
      return { minutes: richText(input.minutes) };
    case 'agenda':
      return { agenda: agendaBody(input.agenda) };
    case 'decisions':
      return { decisions: decisionsBody(input.decisions) };
    case 'partners':
      return { partnerIds: input.partners.map((p) => p.id) };
    case 'relationships':
      return { relationshipIds: input.relationships.map((r) => r.id) };
    case 'people':
      return { personIds: input.people.map((p) => p.id) };
    default:
      return { [field]: input[field] };
  }
}

// Participants and links are sets: their order is not a change.
function comparable(input: InteractionInput, field: Field): string {
  switch (field) {
    case 'partners':
      return JSON.stringify(ids(input.partners));
    case 'relationships':
      return JSON.stringify(ids(input.relationships));
    case 'people':
      return JSON.stringify(ids(input.people));
    case 'memberIds':
      return JSON.stringify([...input.memberIds].sort());
    default:
      return JSON.stringify(bodyOf(input, field));
  }
}

/** The interaction's versioned edit: a field may be sent under other names (`when` as `occurredAt` and `timeZone`). */
export const interactionEdits = fieldEdits<InteractionInput, Field, Record<string, unknown>>({
  fields: FIELDS,
  comparable,
  take: (onto, mine, field) => ({ ...onto, ...Object.fromEntries(INPUT_KEYS[field].map((key) => [key, mine[key]])) }),
  addToPatch: (patch, mine, field) => ({ ...patch, ...bodyOf(mine, field) }),
});

/** The interaction form sends what it holds: its rows are trimmed field by field (`bodyOf`). */
export function compactInteraction(input: InteractionInput) {
  return { body: input, formPath: formPathOf(input) };
}
