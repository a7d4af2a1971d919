import { fieldEdits } from '../../shared/index.js';
import { knownKinds } from '../partners/index.js';
import type { Relationship, RelationshipInput } from './relationships.types.js';

/** Today in the browser's calendar as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A blank form for a new relationship: owned by the caller, active tier, started today. */
export function emptyInput(ownerId: string | null, startedOn: string = today()): RelationshipInput {
  return {
    purpose: '',
    kinds: [],
    ownerId,
    team: [],
    tier: 'active',
    cadenceDays: null,
    status: 'active',
    endReason: null,
    startedOn,
    endedOn: null,
  };
}

/** The form's values for a relationship read from the server. */
export function toInput(relationship: Relationship): RelationshipInput {
  return {
    purpose: relationship.purpose ?? '',
    kinds: knownKinds(relationship.kinds),
    ownerId: relationship.owner?.id ?? null,
    team: relationship.team.map(({ userId, role }) => ({ userId, role })),
    tier: relationship.tier,
    cadenceDays: relationship.cadenceDays,
    status: relationship.status,
    endReason: relationship.endReason,
    startedOn: relationship.startedOn,
    endedOn: relationship.endedOn,
  };
}

export interface Compacted {
  body: RelationshipInput;
  /** Turns a server error path such as `team.1.role` into the form's row. */
  formPath: (path: string) => string;
}

/**
 * The request body: team rows without a member left out, text trimmed, and the end reason and
 * date only for an ended relationship.
 */
export function compactInput(input: RelationshipInput): Compacted {
  const kept: number[] = [];
  input.team.forEach((row, i) => {
    if (row.userId) kept.push(i);
  });
  const ended = input.status === 'ended';
  return {
    body: {
      ...input,
      purpose: input.purpose.trim(),
      team: kept.map((i) => {
        const row = input.team[i] as RelationshipInput['team'][number];
        return { userId: row.userId, role: row.role.trim() };
      }),
      endReason: ended ? (input.endReason ?? '').trim() || null : null,
      endedOn: ended ? input.endedOn || null : null,
      startedOn: input.startedOn || null,
    },
    formPath: (path) => {
      const match = /^team\.(\d+)(.*)$/.exec(path);
      const original = match ? kept[Number(match[1])] : undefined;
      return match && original !== undefined ? `team.${original}${match[2]}` : path;
    },
  };
}

export const FIELDS = [
  'purpose',
  'kinds',
  'ownerId',
  'team',
  'tier',
  'cadenceDays',
  'status',
  'endReason',
  'startedOn',
  'endedOn',
] as const satisfies readonly (keyof RelationshipInput)[];
export type Field = (typeof FIELDS)[number];

// Kinds are a set: their order is not a change.
function comparable(input: RelationshipInput, field: Field): string {
  const value = input[field];
  if (field === 'kinds') return JSON.stringify([...input.kinds].sort());
  return JSON.stringify(value ?? null);
}

/** The relationship's versioned edit: each field is sent as it is in the form. */
export const relationshipEdits = fieldEdits<RelationshipInput, Field, Partial<RelationshipInput>>({
  fields: FIELDS,
  comparable,
  take: (onto, mine, field) => ({ ...onto, [field]: mine[field] }),
  addToPatch: (patch, mine, field) => ({ ...patch, [field]: mine[field] }),
});
