import type { Db } from '../../platform/db/index.js';
import { fieldError, notFound, todayIn } from '../../platform/core/index.js';
import { type Auth, decodeCursor, encodeCursor, isInstant, isUuid } from '../../platform/http/index.js';
import { selectTasks } from '../tasks/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { loadParts, selectInteractions } from './interactions.repository.js';
import { findPartnerRefs } from '../../directory/partners/index.js';
import { findRelationshipRefs } from '../../relationships/relationships/index.js';
import {
  loadAssessments,
  loadStageChanges,
  timelinePage,
  type TimelineKey,
  type TimelineScope,
} from './timeline.repository.js';
import { TIMELINE_TYPES, type TimelineItem, type TimelineQuery, type TimelineType } from './timeline.schema.js';

const SUMMARY_LENGTH = 280;
const person = (id: string | null, name: string | null | undefined) => (id ? { id, name: name ?? '' } : null);

function readCursor(cursor: string | undefined): TimelineKey | undefined {
  const key = decodeCursor(cursor, 3);
  if (!key) return undefined;
  const [at, type, id] = key;
  if (!isInstant(at) || !TIMELINE_TYPES.includes(type as TimelineType) || !isUuid(id))
    throw fieldError('cursor', 'invalid_format', 'cursor is not valid');
  return { at: new Date(at), type: type as TimelineType, id };
}

/**
 * A partner's timeline: what concerns it as a partner or a participant, its tasks, and the history of its
 * relationships.
 */
export async function getPartnerTimeline(
  db: Db,
  auth: Auth,
  workspaceId: string,
  partnerId: string,
  query: TimelineQuery,
) {
  await requirePermission(db, auth, workspaceId, 'read');
  if (!(await findPartnerRefs(db, workspaceId, [partnerId])).has(partnerId)) throw notFound('Partner');
  return timeline(db, auth, workspaceId, { partnerId }, query);
}

/**
 * A relationship's timeline: everything of its partner's timeline that is not another relationship's history, plus what
 * names it.
 */
export async function getRelationshipTimeline(
  db: Db,
  auth: Auth,
  workspaceId: string,
  relationshipId: string,
  query: TimelineQuery,
) {
  await requirePermission(db, auth, workspaceId, 'read');
  const relationship = (await findRelationshipRefs(db, workspaceId, [relationshipId])).get(relationshipId);
  if (!relationship) throw notFound('Relationship');
  return timeline(db, auth, workspaceId, { partnerId: relationship.partnerId, relationshipId }, query);
}

async function timeline(db: Db, auth: Auth, workspaceId: string, scope: TimelineScope, query: TimelineQuery) {
  const after = readCursor(query.cursor);
  const keys = await timelinePage(db, workspaceId, scope, {
    types: new Set(query.kind ?? TIMELINE_TYPES),
    member: query.member,
    before: query.before ? new Date(query.before) : undefined,
    after,
    limit: query.limit,
  });
  const page = keys.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: await presentItems(db, workspaceId, page, todayIn(auth.user.timeZone)),
    nextCursor: keys.length > query.limit && last ? encodeCursor([last.at.toISOString(), last.type, last.id]) : null,
  };
}

/** The items of a page in page order, each source read in one query. */
async function presentItems(db: Db, workspaceId: string, keys: TimelineKey[], today: string): Promise<TimelineItem[]> {
  const idsOf = (...types: TimelineType[]) => keys.filter((k) => types.includes(k.type)).map((k) => k.id);
  const interactionIds = idsOf('interaction', 'meeting');
  const taskIds = idsOf('task');
  const [interactions, parts, tasks, stageChanges, assessments] = await Promise.all([
    interactionIds.length
      ? selectInteractions(db).where('i.workspaceId', '=', workspaceId).where('i.id', 'in', interactionIds).execute()
      : [],
    loadParts(db, workspaceId, interactionIds),
    taskIds.length
      ? selectTasks(db).where('t.workspaceId', '=', workspaceId).where('t.id', 'in', taskIds).execute()
      : [],
    loadStageChanges(db, workspaceId, idsOf('stage_change')),
    loadAssessments(db, workspaceId, idsOf('value_assessment')),
  ]);
  const now = new Date();
  const items: TimelineItem[] = [];
  for (const key of keys) {
    const base = { id: key.id, at: key.at.toISOString() };
    switch (key.type) {
      case 'interaction':
      case 'meeting': {
        const row = interactions.find((r) => r.id === key.id);
        if (!row) break;
        items.push({
          ...base,
          type: key.type,
          actor: person(row.createdBy, row.createdByName),
          kind: row.kind,
          title: row.subject,
          summary: (row.notesText || row.minutesText).slice(0, SUMMARY_LENGTH),
          timeZone: row.timeZone,
          durationMinutes: row.durationMinutes,
          direction: row.direction,
          sentiment: row.sentiment,
          planned: row.occurredAt > now,
          partners: parts.partners
            .filter((p) => p.interactionId === row.id)
            .map(({ id, name, type }) => ({ id, name, type })),
          members: parts.members.filter((m) => m.interactionId === row.id).map(({ id, name }) => ({ id, name })),
          seriesId: row.seriesId,
          openActionItems: parts.actionItems.filter((t) => t.interactionId === row.id && t.status === 'open').length,
        });
        break;
      }
      case 'task': {
        const row = tasks.find((r) => r.id === key.id);
        if (!row) break;
        items.push({
          ...base,
          type: 'task',
          actor: person(row.createdBy, row.createdByName),
          title: row.title,
          status: row.status,
          dueOn: row.dueOn,
          overdue: row.status === 'open' && row.dueOn !== null && row.dueOn < today,
          owner: person(row.ownerId, row.ownerName),
          completedAt: row.completedAt?.toISOString() ?? null,
          interactionId: row.interactionId,
          relationshipId: row.relationshipId,
        });
        break;
      }
      case 'stage_change': {
        const row = stageChanges.find((r) => r.id === key.id);
        if (!row) break;
        items.push({
          ...base,
          type: 'stage_change',
          actor: person(row.changedBy, row.changedByName),
          relationshipId: row.relationshipId,
          from: row.fromStage,
          to: row.toStage,
          direction: row.direction,
          note: row.note,
          reason: row.reason,
        });
        break;
      }
      case 'value_assessment': {
        const row = assessments.find((r) => r.id === key.id);
        if (!row) break;
        items.push({
          ...base,
          type: 'value_assessment',
          actor: person(row.assessedBy, row.assessedByName),
          relationshipId: row.relationshipId,
          canWeHelp: row.canWeHelp,
          canWeHelpNote: row.canWeHelpNote,
          canTheyHelp: row.canTheyHelp,
          canTheyHelpNote: row.canTheyHelpNote,
          assessedOn: row.assessedOn,
        });
        break;
      }
    }
  }
  return items;
}
