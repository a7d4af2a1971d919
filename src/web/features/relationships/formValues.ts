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
    kinds: [...relationship.kinds],
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

/** The fields whose values differ between two versions of the form. */
export function changedFields(before: RelationshipInput, after: RelationshipInput): Field[] {
  return FIELDS.filter((field) => comparable(before, field) !== comparable(after, field));
}

export interface Conflict {
  field: Field;
  /** Whether the user edited this field too, to something else than the server's value. */
  clash: boolean;
}

/** What the server changed since the user loaded the relationship, marking fields both sides edited. */
export function conflicts(base: RelationshipInput, theirs: RelationshipInput, mine: RelationshipInput): Conflict[] {
  const edited = new Set(changedFields(base, mine));
  return changedFields(base, theirs).map((field) => ({
    field,
    clash: edited.has(field) && comparable(theirs, field) !== comparable(mine, field),
  }));
}

/** The PATCH body: only the fields the user changed from `base`. */
export function buildPatch(base: RelationshipInput, mine: RelationshipInput): Partial<RelationshipInput> {
  const patch: Partial<RelationshipInput> = {};
  for (const field of changedFields(base, mine)) Object.assign(patch, { [field]: mine[field] });
  return patch;
}
