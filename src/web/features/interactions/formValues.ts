import type {
  ActionItemRow,
  AgendaRow,
  DecisionRow,
  Interaction,
  InteractionInput,
  InteractionKind,
  InteractionPrefill,
} from './interactions.types.js';
import { toInstant, toLocalInput } from '../../shared/index.js';

/** A blank "log interaction" form: now, in the user's time zone, with the user taking part. */
export function emptyInput(
  userId: string,
  timeZone: string,
  prefill: InteractionPrefill = {},
  now: Date = new Date(),
): InteractionInput {
  const kind = prefill.kind ?? 'phone_call';
  return {
    kind,
    isMeeting: meetingByDefault(kind),
    localTime: prefill.localTime ?? toLocalInput(now, timeZone),
    timeZone,
    durationMinutes: null,
    direction: null,
    subject: '',
    location: '',
    notes: '',
    sentiment: null,
    agenda: [],
    minutes: '',
    decisions: [],
    partners: prefill.partners ?? [],
    relationships: prefill.relationships ?? [],
    memberIds: [userId],
    people: [],
    actionItems: [],
  };
}

/** The form's values for an interaction read from the server. */
export function toInput(interaction: Interaction): InteractionInput {
  return {
    kind: interaction.kind,
    isMeeting: interaction.isMeeting,
    localTime: toLocalInput(interaction.occurredAt, interaction.timeZone),
    timeZone: interaction.timeZone,
    durationMinutes: interaction.durationMinutes,
    direction: interaction.direction,
    subject: interaction.subject,
    location: interaction.location,
    notes: interaction.notes,
    sentiment: interaction.sentiment,
    agenda: interaction.agenda.map(({ id, title, notes }) => ({ id, title, notes })),
    minutes: interaction.minutes,
    decisions: interaction.decisions.map(({ id, text }) => ({ id, text })),
    partners: interaction.partners.map((p) => ({ ...p })),
    relationships: interaction.relationships.map((r) => ({ ...r })),
    memberIds: interaction.members.map((m) => m.id),
    people: interaction.people.map((p) => ({ ...p })),
    actionItems: [],
  };
}

/** Whether the kind is in itself a meeting (the server's default for `isMeeting`). */
export function meetingByDefault(kind: InteractionKind): boolean {
  return kind === 'meeting';
}

/** Rows the user filled in, with the indexes they had in the form. */
export function kept<T>(rows: T[], filled: (row: T) => boolean): { rows: T[]; index: number[] } {
  const index = rows.flatMap((row, i) => (filled(row) ? [i] : []));
  return { rows: index.map((i) => rows[i] as T), index };
}

export const agendaBody = (rows: AgendaRow[]) =>
  kept(rows, (r) => r.title.trim() !== '' || r.notes.trim() !== '').rows.map((r) => ({
    ...(r.id ? { id: r.id } : {}),
    title: r.title.trim(),
    notes: r.notes.trim(),
  }));

export const decisionsBody = (rows: DecisionRow[]) =>
  kept(rows, (r) => r.text.trim() !== '').rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), text: r.text.trim() }));

const actionItemsBody = (rows: ActionItemRow[]) =>
  kept(rows, (r) => r.title.trim() !== '').rows.map((r) => ({
    title: r.title.trim(),
    ...(r.ownerId ? { ownerId: r.ownerId } : {}),
    ...(r.dueOn ? { dueOn: r.dueOn } : {}),
  }));

/** Empty editor HTML counts as no text. */
export function richText(html: string): string {
  return /^(<p>(<br\s*\/?>)?<\/p>\s*)*$/.test(html.trim()) ? '' : html;
}

/** The POST /interactions body: blank rows left out, meeting parts only for a meeting. */
export function createBody(input: InteractionInput) {
  const occurredAt = toInstant(input.localTime, input.timeZone);
  const meeting = input.isMeeting
    ? {
        location: input.location.trim(),
        agenda: agendaBody(input.agenda),
        minutes: richText(input.minutes),
        decisions: decisionsBody(input.decisions),
        actionItems: actionItemsBody(input.actionItems),
      }
    : {};
  return {
    kind: input.kind,
    isMeeting: input.isMeeting,
    ...(occurredAt ? { occurredAt } : {}),
    timeZone: input.timeZone,
    durationMinutes: input.durationMinutes,
    direction: input.direction,
    subject: input.subject.trim(),
    notes: richText(input.notes),
    sentiment: input.sentiment,
    partnerIds: input.partners.map((p) => p.id),
    relationshipIds: input.relationships.map((r) => r.id),
    memberIds: input.memberIds,
    personIds: input.people.map((p) => p.id),
    ...meeting,
  };
}

/** Turns a server error path such as `agenda.1.title` back into the form row it came from. */
export function formPathOf(input: InteractionInput): (path: string) => string {
  const maps: Record<string, number[]> = {
    agenda: kept(input.agenda, (r) => r.title.trim() !== '' || r.notes.trim() !== '').index,
    decisions: kept(input.decisions, (r) => r.text.trim() !== '').index,
    actionItems: kept(input.actionItems, (r) => r.title.trim() !== '').index,
  };
  return (path) => {
    const match = /^(agenda|decisions|actionItems)\.(\d+)(.*)$/.exec(path);
    if (!match) return path;
    const original = maps[match[1] as string]?.[Number(match[2])];
    return original === undefined ? path : `${match[1]}.${original}${match[3]}`;
  };
}
