import type { Db, ImportRowError, PartnerType } from '../../platform/db/index.js';
import { AppError, instantOf, nameKey } from '../../platform/core/index.js';
import {
  type Actor,
  createInteractionBody,
  type CreateInteractionInput,
  type InteractionDraft,
  prepareInteraction,
} from '../interactions/index.js';
import { findLiveByEmails, findLiveByNameKeys, limitsOf, type SourceRow } from '../../directory/imports/index.js';
import {
  directionFromWord,
  kindFromWord,
  parseDate,
  parseDuration,
  parseTime,
  type InteractionImportField,
  type InteractionMapping,
  type ClockTime,
  type ParsedDate,
} from './interaction-fields.js';
import type { DateOrder } from '../../../shared/values/imports.js';

/**
 * A row ready to write: the interaction as the core checked it, and the partners and instant duplicate warnings
 * compare.
 */
export type PreparedInteractionRow = { line: number; draft: InteractionDraft; targets: string[]; at: Date };

type Match = { id: string; name: string; type: PartnerType };
/** The live partners a batch's rows name, by lower-case email and by name key. */
export type PartnerDirectory = { byEmail: Map<string, Match[]>; byName: Map<string, Match[]> };

/** How a row's date columns are read: per date field, the first column mapped to it and its day-month order. */
export type DateColumns = Partial<Record<'date' | 'end', { column: string; order: DateOrder }>>;

/** Noon: a date without a time stays on its day for colleagues a few time zones away. */
const DEFAULT_HOUR = 12;
const MAX_DURATION = 20160;

/**
 * The cells of a row per field; a cell of the partner field may name several partners (";" or a line break between
 * them).
 */
export function collectInteractionFields(
  columns: string[],
  mapping: InteractionMapping,
  row: SourceRow,
): Map<InteractionImportField, string[]> {
  const byField = new Map<InteractionImportField, string[]>();
  columns.forEach((column, i) => {
    const field = mapping[column];
    if (!field) return;
    const list = byField.get(field) ?? [];
    for (const raw of row.values[i] ?? []) {
      const parts = field === 'partner' ? raw.split(/[;\n]/) : [raw];
      for (const part of parts) if (part.trim()) list.push(part.trim());
    }
    byField.set(field, list);
  });
  return byField;
}

const isEmail = (value: string) => /^[^\s@]+@[^\s@]+$/.test(value);

/** Looks up every partner the rows of a batch name, in two queries. */
export async function loadPartnerDirectory(db: Db, workspaceId: string, names: string[]): Promise<PartnerDirectory> {
  const emails = names.filter(isEmail).map((n) => n.toLowerCase());
  const keys = names
    .filter((n) => !isEmail(n))
    .map(nameKey)
    .filter(Boolean);
  const [byEmailRows, byNameRows] = await Promise.all([
    findLiveByEmails(db, workspaceId, emails),
    findLiveByNameKeys(db, workspaceId, keys),
  ]);
  const group = (rows: (Match & { key: string })[]) => {
    const map = new Map<string, Match[]>();
    for (const { key, ...match } of rows) {
      const list = map.get(key) ?? [];
      if (!list.some((m) => m.id === match.id)) list.push(match);
      map.set(key, list);
    }
    return map;
  };
  return {
    byEmail: group(byEmailRows.map((r) => ({ id: r.id, name: r.name, type: r.type, key: r.valueKey }))),
    byName: group(byNameRows.map((r) => ({ id: r.id, name: r.name, type: r.type, key: r.nameKey }))),
  };
}

/** Plain text of a cell as the editor's HTML: a paragraph per line, every character escaped. */
function plainToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
}

/** The instant a row names: with an offset as written, else its wall-clock time in the importer's zone. */
function instantOfRow(
  parsed: ParsedDate,
  time: { hour: number; minute: number; second: number } | undefined,
  timeZone: string,
): Date {
  const clock = time ?? parsed.time ?? { hour: DEFAULT_HOUR, minute: 0, second: 0 };
  const { year, month, day } = parsed.date;
  if (parsed.offsetMinutes !== undefined)
    return new Date(
      Date.UTC(year, month - 1, day, clock.hour, clock.minute, clock.second) - parsed.offsetMinutes * 60_000,
    );
  return new Date(
    instantOf({ year, month, day, hour: clock.hour, minute: clock.minute }, timeZone).getTime() + clock.second * 1000,
  );
}

type RowEnd = { parsed: ParsedDate; time: ClockTime | undefined; text: string };

/** The end a row names (an end date, maybe with a time, and an end time), or undefined; errors when unreadable. */
function readEnd(
  fields: Map<InteractionImportField, string[]>,
  dates: DateColumns,
  errors: ImportRowError[],
  line: number,
): RowEnd | undefined {
  const endText = fields.get('end')?.[0];
  const endTimeText = fields.get('endTime')?.[0];
  const column = dates.end?.column;
  const quoted = (value: string) => ({ ...(column ? { column } : {}), value });
  const parsed = endText === undefined ? undefined : parseDate(endText, dates.end?.order);
  if (endText !== undefined && !parsed)
    errors.push({
      line,
      field: 'end',
      rule: 'invalid_date',
      message: `"${endText}" is not a date we read`,
      ...quoted(endText),
    });
  const time = endTimeText === undefined ? undefined : parseTime(endTimeText);
  if (endTimeText !== undefined && !time)
    errors.push({
      line,
      field: 'endTime',
      rule: 'invalid_format',
      message: `"${endTimeText}" is not a time of day (14:30)`,
    });
  if (!parsed) return undefined;
  return { parsed, time, text: [endText, endTimeText].filter(Boolean).join(' ') };
}

/** Minutes from the start to the end; an end before the start is an error quoting it. */
function durationOf(
  start: Date,
  end: RowEnd,
  timeZone: string,
  column: string | undefined,
  line: number,
  errors: ImportRowError[],
): number | undefined {
  const minutes = Math.round((instantOfRow(end.parsed, end.time, timeZone).getTime() - start.getTime()) / 60_000);
  if (minutes >= 0) return minutes;
  errors.push({
    line,
    field: 'end',
    rule: 'before_start',
    message: `ends ("${end.text}") before it starts`,
    ...(column ? { column } : {}),
    value: end.text,
  });
  return undefined;
}

/** Import fields of the core's error paths, so a row error names the column the user mapped. */
const FIELD_OF_PATH: Record<string, InteractionImportField | null> = {
  occurredAt: 'date',
  durationMinutes: 'duration',
  subject: 'subject',
  notes: 'notes',
  kind: 'kind',
  direction: 'direction',
  partnerIds: 'partner',
  personIds: 'partner',
  memberIds: null,
};

/**
 * One CSV row as an interaction, or its errors, each with the field and the rule the app
 * translates: the cells are read (dates, times, kinds and directions in our four languages), the
 * partners looked up by email or name, and the result goes through the same schema and
 * prepareInteraction() as an interaction logged in the app. Every problem of a row is reported.
 */
export async function prepareInteractionRow(
  db: Db,
  actor: Actor,
  workspaceId: string,
  fields: Map<InteractionImportField, string[]>,
  directory: PartnerDirectory,
  line: number,
  now: Date,
  dates: DateColumns = {},
): Promise<PreparedInteractionRow | ImportRowError[]> {
  const errors: ImportRowError[] = [];
  const fail = (field: InteractionImportField | null, rule: string, message: string, params?: Record<string, number>) =>
    errors.push({ line, field, rule, message, ...(params ? { params } : {}) });
  const first = (field: InteractionImportField) => fields.get(field)?.[0];

  const dateText = first('date');
  const parsedDate = dateText === undefined ? undefined : parseDate(dateText, dates.date?.order);
  if (dateText === undefined) fail('date', 'required', 'is empty');
  else if (!parsedDate)
    fail(
      'date',
      'invalid_date',
      `"${dateText}" is not a date we read (2026-03-10, 10.03.2026 or 10/03/2026, optionally with a time)`,
    );
  const timeText = first('time');
  const time = timeText === undefined ? undefined : parseTime(timeText);
  if (timeText !== undefined && !time) fail('time', 'invalid_format', `"${timeText}" is not a time of day (14:30)`);
  const durationText = first('duration');
  const end = readEnd(fields, dates, errors, line);
  const duration = durationText === undefined ? undefined : parseDuration(durationText);
  if (durationText !== undefined && duration === undefined)
    fail('duration', 'invalid_format', `"${durationText}" is not a duration (minutes, 1:30 or 1h30)`);
  else if (duration !== undefined && duration > MAX_DURATION)
    fail('duration', 'too_big', `is longer than ${MAX_DURATION} minutes (two weeks)`);
  const kindText = first('kind');
  const kind = kindText === undefined ? 'other' : kindFromWord(kindText);
  if (!kind)
    fail(
      'kind',
      'invalid_value',
      `"${kindText ?? ''}" is not a kind of interaction (email, phone call, video call, meeting, message, event, site visit, other)`,
    );
  const directionText = first('direction');
  const direction = directionText === undefined ? null : directionFromWord(directionText);
  if (direction === undefined)
    fail('direction', 'invalid_value', `"${directionText ?? ''}" is not a direction (outbound or inbound)`);

  const partnerIds: string[] = [];
  const personIds: string[] = [];
  const names = fields.get('partner') ?? [];
  if (!names.length) fail('partner', 'required', 'name the partner (an email address or a name)');
  for (const name of names) {
    const matches = isEmail(name) ? directory.byEmail.get(name.toLowerCase()) : directory.byName.get(nameKey(name));
    if (!matches?.length)
      fail('partner', 'not_found', `no partner in the directory has the ${isEmail(name) ? 'email' : 'name'} "${name}"`);
    else if (matches.length > 1)
      fail(
        'partner',
        'ambiguous',
        `${matches.length} partners have the ${isEmail(name) ? 'email' : 'name'} "${name}"; use an email address that only one has`,
      );
    else if (matches[0]?.type === 'person') personIds.push(matches[0].id);
    else if (matches[0]) partnerIds.push(matches[0].id);
  }
  if (errors.length || !parsedDate || !kind || direction === undefined) return errors;

  const occurredAt = instantOfRow(parsedDate, time, actor.user.timeZone);
  const endsAfter = end && durationOf(occurredAt, end, actor.user.timeZone, dates.end?.column, line, errors);
  if (errors.length) return errors;
  const input: CreateInteractionInput = {
    kind,
    occurredAt: occurredAt.toISOString(),
    timeZone: actor.user.timeZone,
    // A duration column, when mapped, says it; else the start and end do.
    durationMinutes: duration ?? endsAfter ?? null,
    direction,
    subject: (fields.get('subject') ?? []).join(' '),
    notes: plainToHtml((fields.get('notes') ?? []).join('\n')),
    partnerIds,
    personIds,
    memberIds: [actor.user.id],
  };
  const parsed = createInteractionBody.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      fail(
        FIELD_OF_PATH[String(issue.path[0])] ?? null,
        issue.code === 'too_big' ? 'too_long' : 'invalid_value',
        issue.message,
        limitsOf(issue),
      );
    return errors;
  }
  try {
    const draft = await prepareInteraction(db, actor, workspaceId, parsed.data, now);
    return { line, draft, targets: [...draft.links.partnerIds, ...draft.links.personIds], at: draft.values.occurredAt };
  } catch (error) {
    if (!(error instanceof AppError) || !error.errors) throw error;
    for (const e of error.errors) {
      const field = FIELD_OF_PATH[e.path.split('.')[0] ?? ''] ?? null;
      fail(
        field,
        e.rule,
        field === null && e.rule === 'not_member'
          ? 'the member who started the import no longer belongs to this workspace'
          : e.message,
      );
    }
    return errors;
  }
}
