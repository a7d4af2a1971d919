import type { AppUser, Db, Tx } from '../../platform/db/index.js';
import { newId, notFound, staleError } from '../../platform/core/index.js';
import { type Auth, requireVersion } from '../../platform/http/index.js';
import { diffFields, insertAudit, insertAuditMany } from '../../platform/audit/index.js';
import { insertTasks, taskTimelineAt } from '../tasks/index.js';
import { announce } from '../../platform/events/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { checkLinks, editedLinks } from './interaction-input.js';
import { presentInteractions } from './interaction-view.js';
import {
  findInteraction,
  insertInteraction,
  insertLinks,
  replaceAgenda,
  replaceDecisions,
  replaceLinks,
  setInteractionsDeleted,
  syncLinks,
  updateInteractionRow,
  type InteractionLinks,
  type InteractionValues,
} from './interactions.repository.js';
import type {
  ActionItemInput,
  CreateInteractionInput,
  InteractionView,
  UpdateInteractionInput,
} from './interactions.schema.js';
import { relationshipsConcerned } from './last-contact.repository.js';
import { interactionIdsChanged, interactionsChanged } from './last-contact.js';
import { sanitizeRichText } from './rich-text.js';

type Audited = Omit<InteractionValues, 'notesHtml' | 'minutesHtml' | 'occurredAt'> &
  InteractionLinks & { occurredAt: string; agenda: string[]; decisions: string[] };
const AUDITED: (keyof Audited)[] = [
  'kind',
  'isMeeting',
  'occurredAt',
  'timeZone',
  'durationMinutes',
  'direction',
  'subject',
  'location',
  'notesText',
  'minutesText',
  'sentiment',
  'agenda',
  'decisions',
  'partnerIds',
  'relationshipIds',
  'memberIds',
  'personIds',
];
/** Who logs: a signed-in caller, or the member an import runs for. */
export type Actor = { user: Pick<AppUser, 'id' | 'timeZone'> };

/** A field of a PATCH: the value sent, or the stored one when it was left out. */
const keep = <T>(given: T | undefined, current: T): T => (given === undefined ? current : given);

export async function getInteraction(db: Db, auth: Auth, workspaceId: string, id: string): Promise<InteractionView> {
  await requirePermission(db, auth, workspaceId, 'read');
  return loadView(db, workspaceId, id);
}

async function loadView(db: Db, workspaceId: string, id: string): Promise<InteractionView> {
  const row = await findInteraction(db, workspaceId, id);
  if (!row) throw notFound('Interaction');
  const [view] = await presentInteractions(db, workspaceId, [row]);
  if (!view) throw notFound('Interaction');
  return view;
}

/** Rich text as stored: sanitised HTML and its plain text. */
function richValues(notes: string, minutes: string) {
  const n = sanitizeRichText(notes);
  const m = sanitizeRichText(minutes);
  return { notesHtml: n.html, notesText: n.text, minutesHtml: m.html, minutesText: m.text };
}

/**
 * Action items as task rows: owned by the caller unless given, linked to the one partner or relationship the
 * interaction concerns.
 */
function actionItemRows(
  items: ActionItemInput[],
  interactionId: string,
  links: InteractionLinks,
  auth: Actor,
  now: Date,
) {
  return items.map((item) => ({
    id: newId(),
    title: item.title,
    notes: item.notes ?? '',
    ownerId: item.ownerId ?? auth.user.id,
    dueOn: item.dueOn ?? null,
    status: 'open' as const,
    completedAt: null,
    completedBy: null,
    interactionId,
    relationshipId: links.relationshipIds.length === 1 ? (links.relationshipIds[0] ?? null) : null,
    partnerId: links.partnerIds.length === 1 ? (links.partnerIds[0] ?? null) : null,
    timelineAt: taskTimelineAt(item.dueOn ?? null, auth.user.timeZone, now),
  }));
}

/** A new interaction, checked and with its defaults settled: what logging one, batch logging and imports share. */
export type InteractionDraft = {
  id: string;
  values: InteractionValues;
  links: InteractionLinks;
  agenda: { title: string; notes: string }[];
  decisions: { text: string }[];
  actionItems: ActionItemInput[];
};

/**
 * Checks a new interaction, reporting every problem at once with its field, and settles the
 * defaults for the caller: now, their time zone, themselves as participant, and in-person meetings
 * as meetings. The caller has checked the permission.
 */
export async function prepareInteraction(
  db: Db,
  auth: Actor,
  workspaceId: string,
  input: CreateInteractionInput,
  now: Date,
): Promise<InteractionDraft> {
  const actionItems = input.actionItems ?? [];
  const links = await checkLinks(
    db,
    workspaceId,
    {
      partnerIds: input.partnerIds ?? [],
      personIds: input.personIds ?? [],
      relationshipIds: input.relationshipIds ?? [],
      memberIds: input.memberIds ?? [auth.user.id],
    },
    undefined,
    actionItems.flatMap((item, i) =>
      item.ownerId ? [{ path: `actionItems.${i}.ownerId`, userId: item.ownerId }] : [],
    ),
  );
  const values: InteractionValues = {
    kind: input.kind,
    // Any other kind (a video call) may be a meeting too.
    isMeeting: input.isMeeting ?? input.kind === 'meeting',
    occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
    timeZone: input.timeZone ?? auth.user.timeZone,
    durationMinutes: input.durationMinutes ?? null,
    direction: input.direction ?? null,
    subject: input.subject ?? '',
    location: input.location ?? '',
    sentiment: input.sentiment ?? null,
    ...richValues(input.notes ?? '', input.minutes ?? ''),
  };
  return { id: newId(), values, links, agenda: input.agenda ?? [], decisions: input.decisions ?? [], actionItems };
}

/**
 * Writes prepared interactions inside the caller's transaction: rows, links, agenda, decisions,
 * action items and an audit entry each, then the last contact of every relationship they concern,
 * once for all of them. With `importId` (a CSV import of history) each row remembers its import,
 * so undo finds it, and the import's own `import.run` entry stands for the rows' audit entries.
 */
export async function writeInteractions(
  trx: Tx,
  auth: Actor,
  workspaceId: string,
  drafts: InteractionDraft[],
  now: Date,
  options: { importId?: string } = {},
): Promise<void> {
  if (drafts.length === 0) return;
  for (const draft of drafts) {
    await insertInteraction(
      trx,
      { ...draft.values, workspaceId, id: draft.id, createdBy: auth.user.id, importId: options.importId ?? null },
      now,
    );
    if (draft.agenda.length) await replaceAgenda(trx, workspaceId, draft.id, draft.agenda);
    if (draft.decisions.length) await replaceDecisions(trx, workspaceId, draft.id, draft.decisions);
  }
  await insertLinks(
    trx,
    workspaceId,
    drafts.map((d) => ({ id: d.id, ...d.links })),
  );
  const tasks = drafts.map((d) => actionItemRows(d.actionItems, d.id, d.links, auth, now));
  await insertTasks(
    trx,
    tasks.flat().map((task) => ({ ...task, workspaceId, createdBy: auth.user.id })),
    now,
  );
  // Imported history is not news: its action items notify no one.
  if (!options.importId)
    await announce(trx, 'tasks.assigned', { workspaceId, actorId: auth.user.id, tasks: tasks.flat(), now });
  const ids = drafts.map((d) => d.id);
  await interactionIdsChanged(trx, workspaceId, ids, now);
  if (options.importId) return;
  await insertAuditMany(
    trx,
    drafts.map((draft, i) => {
      const changes = diffFields<Audited>(
        null,
        audited(draft.values, draft.links, draft.agenda, draft.decisions),
        AUDITED,
      );
      const created = tasks[i] ?? [];
      if (created.length) changes.actionItems = { before: null, after: created.map((t) => t.id) };
      return {
        workspaceId,
        actorId: auth.user.id,
        action: 'interaction.create',
        entityType: 'interaction',
        entityId: draft.id,
        changes,
      };
    }),
  );
}

export async function createInteraction(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: CreateInteractionInput,
): Promise<InteractionView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const now = new Date();
  const draft = await prepareInteraction(db, auth, workspaceId, input, now);
  await db.transaction().execute((trx) => writeInteractions(trx, auth, workspaceId, [draft], now));
  return loadView(db, workspaceId, draft.id);
}

function audited(
  values: InteractionValues,
  links: InteractionLinks,
  agenda: { title: string }[],
  decisions: { text: string }[],
): Audited {
  const { notesHtml: _n, minutesHtml: _m, ...rest } = values;
  return {
    ...rest,
    ...links,
    occurredAt: values.occurredAt.toISOString(),
    agenda: agenda.map((a) => a.title),
    decisions: decisions.map((d) => d.text),
  };
}

/**
 * Edits an interaction; lists given (partners, people, relationships, members, agenda, decisions)
 * replace the stored ones, others are kept (and a kept relationship keeps its partner among the
 * partners). Last contact is recomputed for every relationship the interaction concerned before
 * or concerns now.
 */
export async function updateInteraction(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  input: UpdateInteractionInput,
  headerVersion: number | undefined,
): Promise<InteractionView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(input.version ?? headerVersion);
  const current = await findInteraction(db, workspaceId, id);
  if (!current || current.deletedAt) throw notFound('Interaction');
  const view = await loadView(db, workspaceId, id);
  const beforeLinks: InteractionLinks = {
    partnerIds: view.partners.map((p) => p.id),
    personIds: view.people.map((p) => p.id),
    relationshipIds: view.relationships.map((r) => r.id),
    memberIds: view.members.map((m) => m.id),
  };
  const links = await editedLinks(db, workspaceId, input, beforeLinks);
  // editedLinks answers the stored links themselves when the edit names none of the lists.
  const linksGiven = links !== beforeLinks;
  const before: InteractionValues = {
    kind: current.kind,
    isMeeting: current.isMeeting,
    occurredAt: current.occurredAt,
    timeZone: current.timeZone,
    durationMinutes: current.durationMinutes,
    direction: current.direction,
    subject: current.subject,
    location: current.location,
    notesHtml: current.notesHtml,
    notesText: current.notesText,
    minutesHtml: current.minutesHtml,
    minutesText: current.minutesText,
    sentiment: current.sentiment,
  };
  const notes =
    input.notes === undefined ? { html: before.notesHtml, text: before.notesText } : sanitizeRichText(input.notes);
  const minutes =
    input.minutes === undefined
      ? { html: before.minutesHtml, text: before.minutesText }
      : sanitizeRichText(input.minutes);
  const values: InteractionValues = {
    kind: keep(input.kind, before.kind),
    isMeeting: keep(input.isMeeting, before.isMeeting),
    occurredAt: input.occurredAt === undefined ? before.occurredAt : new Date(input.occurredAt),
    timeZone: keep(input.timeZone, before.timeZone),
    durationMinutes: keep(input.durationMinutes, before.durationMinutes),
    direction: keep(input.direction, before.direction),
    subject: keep(input.subject, before.subject),
    location: keep(input.location, before.location),
    sentiment: keep(input.sentiment, before.sentiment),
    notesHtml: notes.html,
    notesText: notes.text,
    minutesHtml: minutes.html,
    minutesText: minutes.text,
  };
  const now = new Date();
  const saved = await db.transaction().execute(async (trx) => {
    const concernedBefore = await relationshipsConcerned(trx, workspaceId, [id]);
    if (!(await updateInteractionRow(trx, workspaceId, id, version, { ...values, updatedBy: auth.user.id }, now)))
      return false;
    if (linksGiven) await replaceLinks(trx, workspaceId, id, links);
    else await syncLinks(trx, workspaceId, [id]);
    if (input.agenda !== undefined) await replaceAgenda(trx, workspaceId, id, input.agenda);
    if (input.decisions !== undefined) await replaceDecisions(trx, workspaceId, id, input.decisions);
    const concerned = [...concernedBefore, ...(await relationshipsConcerned(trx, workspaceId, [id]))];
    await interactionsChanged(trx, workspaceId, concerned, now);
    const changes = diffFields<Audited>(
      audited(before, beforeLinks, view.agenda, view.decisions),
      audited(values, links, input.agenda ?? view.agenda, input.decisions ?? view.decisions),
      AUDITED,
    );
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'interaction.update',
      entityType: 'interaction',
      entityId: id,
      changes,
    });
    return true;
  });
  if (!saved) throw await staleInteraction(db, workspaceId, id);
  return loadView(db, workspaceId, id);
}

export async function deleteInteraction(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  versionInput: number | undefined,
): Promise<void> {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(versionInput);
  const current = await findInteraction(db, workspaceId, id);
  if (!current || current.deletedAt) throw notFound('Interaction');
  const now = new Date();
  const deleted = await db.transaction().execute(async (trx) => {
    if ((await setInteractionsDeleted(trx, workspaceId, [id], { deletedAt: now }, auth.user.id, version)).length === 0)
      return false;
    await interactionIdsChanged(trx, workspaceId, [id], now);
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'interaction.delete',
      entityType: 'interaction',
      entityId: id,
      changes: { deletedAt: { before: null, after: 'now' } },
    });
    return true;
  });
  if (!deleted) throw await staleInteraction(db, workspaceId, id);
}

/** Brings an interaction back from the trash, with the action items trashed along with it. */
export async function restoreInteraction(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
): Promise<InteractionView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const current = await findInteraction(db, workspaceId, id);
  if (!current?.deletedAt) throw notFound('Deleted interaction');
  const deletedAt = current.deletedAt;
  await db.transaction().execute(async (trx) => {
    await setInteractionsDeleted(trx, workspaceId, [id], { restoreFrom: deletedAt }, auth.user.id);
    await interactionIdsChanged(trx, workspaceId, [id]);
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'interaction.restore',
      entityType: 'interaction',
      entityId: id,
      changes: { deletedAt: { before: deletedAt.toISOString(), after: null } },
    });
  });
  return loadView(db, workspaceId, id);
}

/** The stale-version error, with the interaction as it is now. */
async function staleInteraction(db: Db, workspaceId: string, id: string) {
  return staleError({
    resource: 'Interaction',
    find: () => findInteraction(db, workspaceId, id),
    gone: (row) => row.deletedAt !== null,
    present: () => loadView(db, workspaceId, id),
  });
}
