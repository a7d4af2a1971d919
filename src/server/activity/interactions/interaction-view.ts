import type { Db } from '../../platform/db/index.js';
import { presentAttachment } from '../attachments/index.js';
import { loadParts, type InteractionParts, type InteractionRow } from './interactions.repository.js';
import type { InteractionView } from './interactions.schema.js';

const of = <T extends { interactionId: string | null }>(rows: T[], id: string) =>
  rows.filter((r) => r.interactionId === id);
const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/** The interaction resource from its row and its parts. */
export function presentInteraction(row: InteractionRow, parts: InteractionParts, now = new Date()): InteractionView {
  return {
    id: row.id,
    version: row.version,
    kind: row.kind,
    isMeeting: row.isMeeting,
    occurredAt: row.occurredAt.toISOString(),
    timeZone: row.timeZone,
    planned: row.occurredAt > now,
    durationMinutes: row.durationMinutes,
    direction: row.direction,
    subject: row.subject,
    location: row.location,
    notes: row.notesHtml,
    notesText: row.notesText,
    sentiment: row.sentiment,
    agenda: of(parts.agenda, row.id).map(({ id, title, notes }) => ({ id, title, notes })),
    minutes: row.minutesHtml,
    minutesText: row.minutesText,
    decisions: of(parts.decisions, row.id).map(({ id, text }) => ({ id, text })),
    actionItems: of(parts.actionItems, row.id).map((t) => ({
      id: t.id,
      version: t.version,
      title: t.title,
      owner: person(t.ownerId, t.ownerName),
      dueOn: t.dueOn,
      status: t.status,
    })),
    partners: of(parts.partners, row.id).map(({ id, name, type }) => ({ id, name, type })),
    relationships: of(parts.relationships, row.id).map(({ id, partnerId, partnerName, purpose }) => ({
      id,
      partnerId,
      partnerName,
      purpose,
    })),
    members: of(parts.members, row.id).map(({ id, name }) => ({ id, name })),
    people: of(parts.people, row.id).map(({ id, name }) => ({ id, name })),
    attachments: of(parts.attachments, row.id).map(presentAttachment),
    seriesId: row.seriesId,
    createdBy: person(row.createdBy, row.createdByName),
    updatedBy: person(row.updatedBy, row.updatedByName),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}

/** A page of interactions with their parts, in one query per part for the whole page. */
export async function presentInteractions(
  db: Db,
  workspaceId: string,
  rows: InteractionRow[],
): Promise<InteractionView[]> {
  const parts = await loadParts(
    db,
    workspaceId,
    rows.map((r) => r.id),
  );
  const now = new Date();
  return rows.map((row) => presentInteraction(row, parts, now));
}
