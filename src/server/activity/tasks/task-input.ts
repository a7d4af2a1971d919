import type { Db, TaskStatus } from '../../platform/db/index.js';
import { AppError, type FieldError, instantOf } from '../../platform/core/index.js';
import { findPartnerRefs } from '../../directory/partners/index.js';
import { findMemberIds, findRelationshipRefs } from '../../relationships/relationships/index.js';
import { findInteractionRef } from './interaction-ref.repository.js';

export type TaskDraft = {
  title: string;
  notes: string;
  ownerId: string | null;
  dueOn: string | null;
  status: TaskStatus;
  interactionId: string | null;
  relationshipId: string | null;
  partnerId: string | null;
};

/**
 * Validates what the schema cannot: the owner is a member; the interaction, relationship and
 * partner are in this workspace and not in the trash; the partner is the relationship's. Only what
 * the write changes is checked, so an edit does not fail because the owner left or the partner
 * went to the trash since. On create a task without a partner takes its relationship's, and an
 * action item takes the one partner or relationship its interaction concerns, so it shows on that
 * timeline. All problems are reported at once, each naming its field.
 */
export async function checkTaskDraft(
  db: Db,
  workspaceId: string,
  draft: TaskDraft,
  before: TaskDraft | null,
): Promise<TaskDraft> {
  const changed = (field: keyof TaskDraft) => draft[field] !== null && draft[field] !== before?.[field];
  const [members, relationships, partners, interaction] = await Promise.all([
    findMemberIds(db, workspaceId, changed('ownerId') && draft.ownerId ? [draft.ownerId] : []),
    findRelationshipRefs(db, workspaceId, draft.relationshipId ? [draft.relationshipId] : []),
    findPartnerRefs(db, workspaceId, changed('partnerId') && draft.partnerId ? [draft.partnerId] : []),
    changed('interactionId') && draft.interactionId
      ? findInteractionRef(db, workspaceId, draft.interactionId)
      : undefined,
  ]);
  const errors: FieldError[] = [];
  const settled = { ...draft };
  if (changed('ownerId') && draft.ownerId && !members.has(draft.ownerId))
    errors.push({ path: 'ownerId', rule: 'not_member', message: 'is not a member of this workspace' });
  if (changed('interactionId') && (!interaction || interaction.deletedAt))
    errors.push({ path: 'interactionId', rule: 'not_found', message: 'is not an interaction of this workspace' });
  const relationship = draft.relationshipId ? relationships.get(draft.relationshipId) : undefined;
  if (changed('relationshipId') && (!relationship || relationship.deleted))
    errors.push({ path: 'relationshipId', rule: 'not_found', message: 'is not a relationship of this workspace' });
  const partner = draft.partnerId ? partners.get(draft.partnerId) : undefined;
  if (changed('partnerId') && (!partner || partner.deletedAt))
    errors.push({ path: 'partnerId', rule: 'not_found', message: 'is not a partner of this workspace' });

  if (!before && interaction && !settled.relationshipId && !settled.partnerId) {
    if (interaction.relationshipIds.length === 1) settled.relationshipId = interaction.relationshipIds[0] ?? null;
    if (interaction.partnerIds.length === 1) settled.partnerId = interaction.partnerIds[0] ?? null;
  }
  if (relationship && !settled.partnerId) settled.partnerId = relationship.partnerId;
  if (
    relationship &&
    (changed('partnerId') || changed('relationshipId')) &&
    settled.partnerId !== relationship.partnerId
  ) {
    errors.push({ path: 'partnerId', rule: 'invalid_value', message: "is not the relationship's partner" });
  }
  if (errors.length)
    throw new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  return settled;
}

/**
 * Where a task sits on a timeline: the start of its due day in the time zone of whoever set the
 * date, or its creation when it has no due date. Stored, so the timeline reads it from an index.
 */
export function taskTimelineAt(dueOn: string | null, timeZone: string, createdAt: Date): Date {
  if (!dueOn) return createdAt;
  const [year = 0, month = 1, day = 1] = dueOn.split('-').map(Number);
  return instantOf({ year, month, day, hour: 0, minute: 0 }, timeZone);
}
