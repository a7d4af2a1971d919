import { agendaBody, decisionsBody, richText } from './formValues.js';
import type { InteractionInput } from './interactions.types.js';
import { toInstant } from './zonedTime.js';

/** The editable parts of an interaction, as the conflict dialog names them. */
export const FIELDS = [
  'kind',
  'isMeeting',
  'when',
  'durationMinutes',
  'direction',
  'subject',
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

/** The fields whose values differ between two versions of the form. */
export function changedFields(before: InteractionInput, after: InteractionInput): Field[] {
  return FIELDS.filter((field) => comparable(before, field) !== comparable(after, field));
}

export interface Conflict {
  field: Field;
  /** Whether the user edited this field too, to something else than the server's value. */
  clash: boolean;
}

/** What the server changed since the user opened the form, marking fields both sides edited. */
export function conflicts(base: InteractionInput, theirs: InteractionInput, mine: InteractionInput): Conflict[] {
  const edited = new Set(changedFields(base, mine));
  return changedFields(base, theirs).map((field) => ({
    field,
    clash: edited.has(field) && comparable(theirs, field) !== comparable(mine, field),
  }));
}

/** The PATCH body: only what the user changed from `base`. */
export function buildPatch(base: InteractionInput, mine: InteractionInput): Record<string, unknown> {
  return Object.assign({}, ...changedFields(base, mine).map((field) => bodyOf(mine, field))) as Record<string, unknown>;
}

/** Their version with the user's own edits (from `base`) put over it. */
export function keepMine(base: InteractionInput, mine: InteractionInput, theirs: InteractionInput): InteractionInput {
  const merged = { ...theirs };
  for (const field of changedFields(base, mine)) {
    for (const key of INPUT_KEYS[field]) Object.assign(merged, { [key]: mine[key] });
  }
  return merged;
}
