import type { Db } from '../../platform/db/index.js';
import { fieldError, newId, notFound, todayIn } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { insertAudit } from '../../platform/audit/index.js';
import { announce } from '../../platform/events/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { findRelationship } from './relationships.repository.js';
import type { AssessmentInput } from './relationships.schema.js';
import { findWritable } from './relationships.service.js';
import { insertAssessment, listAssessments, refreshLatestValue } from './value.repository.js';

type AssessmentRow = Awaited<ReturnType<typeof listAssessments>>[number];

const present = (a: AssessmentRow) => ({
  id: a.id,
  canWeHelp: a.canWeHelp,
  canWeHelpNote: a.canWeHelpNote,
  canTheyHelp: a.canTheyHelp,
  canTheyHelpNote: a.canTheyHelpNote,
  assessedOn: a.assessedOn,
  assessedBy: a.assessedBy ? { id: a.assessedBy, name: a.assessedByName ?? '' } : null,
  createdAt: a.createdAt.toISOString(),
});

/**
 * Records the answers to "can we help them?" and "can they help us?"; the newest assessment is the
 * relationship's value. Like checklist ticks, it leaves the relationship's version alone.
 */
export async function addAssessment(db: Db, auth: Auth, workspaceId: string, id: string, input: AssessmentInput) {
  await requirePermission(db, auth, workspaceId, 'write');
  await findWritable(db, auth, workspaceId, id);
  const today = todayIn(auth.user.timeZone);
  const assessedOn = input.assessedOn ?? today;
  if (assessedOn > today) throw fieldError('assessedOn', 'invalid_value', 'must not be in the future');
  const assessmentId = newId();
  await db.transaction().execute(async (trx) => {
    await insertAssessment(trx, {
      workspaceId,
      id: assessmentId,
      relationshipId: id,
      canWeHelp: input.canWeHelp,
      canWeHelpNote: input.canWeHelpNote || null,
      canTheyHelp: input.canTheyHelp,
      canTheyHelpNote: input.canTheyHelpNote || null,
      assessedOn,
      assessedBy: auth.user.id,
    });
    await refreshLatestValue(trx, workspaceId, id);
    await announce(trx, 'relationships.changed', { workspaceId, relationshipIds: [id] });
    const changes = {
      canWeHelp: { before: null, after: input.canWeHelp },
      canTheyHelp: { before: null, after: input.canTheyHelp },
      assessedOn: { before: null, after: assessedOn },
    };
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'relationship.value_assessment',
      entityType: 'relationship',
      entityId: id,
      changes,
    });
  });
  const [created] = await listAssessments(db, workspaceId, id, { id: assessmentId });
  if (!created) throw notFound('Value assessment');
  return present(created);
}

export async function getAssessments(db: Db, auth: Auth, workspaceId: string, id: string) {
  await requirePermission(db, auth, workspaceId, 'read');
  if (!(await findRelationship(db, workspaceId, id, todayIn(auth.user.timeZone)))) throw notFound('Relationship');
  return { items: (await listAssessments(db, workspaceId, id)).map(present) };
}
