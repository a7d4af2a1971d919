import type { Db } from '../../platform/db/index.js';
import { AppError, type FieldError } from '../../platform/core/index.js';
import { findMemberIds, type RelationshipValues } from './relationships.repository.js';

export type RelationshipDraft = RelationshipValues & { team: { userId: string; role: string }[] };

/**
 * Validates what the schema cannot and settles the status fields. `given` is what the request
 * itself sent: an owner or team sent must be members of the workspace (stored ones are not checked
 * again, so someone who left does not block an unrelated edit); an ended relationship has a reason
 * (and an end date, today unless given); one that is not ended has neither, so an edit that reopens
 * a relationship clears its old reason, while a reason sent for an active one is refused.
 * All problems are reported at once, each naming its field.
 */
export async function checkDraft(
  db: Db,
  workspaceId: string,
  draft: RelationshipDraft,
  given: {
    ownerId?: string | null | undefined;
    team?: unknown;
    endReason?: string | null | undefined;
    endedOn?: string | null | undefined;
  },
  today: string,
  errors: FieldError[] = [],
): Promise<RelationshipDraft> {
  const ownerId = given.ownerId ?? null;
  const team = given.team === undefined ? [] : draft.team;
  const members = await findMemberIds(db, workspaceId, [...(ownerId ? [ownerId] : []), ...team.map((m) => m.userId)]);
  if (ownerId && !members.has(ownerId))
    errors.push({ path: 'ownerId', rule: 'not_member', message: 'is not a member of this workspace' });
  const seen = new Set<string>();
  team.forEach((m, i) => {
    if (!members.has(m.userId))
      errors.push({ path: `team.${i}.userId`, rule: 'not_member', message: 'is not a member of this workspace' });
    else if (seen.has(m.userId))
      errors.push({ path: `team.${i}.userId`, rule: 'duplicate', message: 'is already in the team' });
    seen.add(m.userId);
  });
  const settled = { ...draft };
  if (draft.status === 'ended') {
    if (!draft.endReason)
      errors.push({ path: 'endReason', rule: 'required', message: 'say why the relationship ended' });
    settled.endedOn = draft.endedOn ?? today;
    if (draft.startedOn && settled.endedOn < draft.startedOn)
      errors.push({ path: 'endedOn', rule: 'invalid_value', message: 'must not be before startedOn' });
  } else {
    if (given.endReason)
      errors.push({
        path: 'endReason',
        rule: 'invalid_value',
        message: 'only an ended relationship has an end reason',
      });
    if (given.endedOn)
      errors.push({ path: 'endedOn', rule: 'invalid_value', message: 'only an ended relationship has an end date' });
    settled.endReason = null;
    settled.endedOn = null;
  }
  if (errors.length)
    throw new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  return settled;
}
