import type { Db, ImportRowError } from '../../platform/db/index.js';
import { AppError, nameKey } from '../../platform/core/index.js';
import {
  type Channel,
  checkDraft,
  type CheckedDraft,
  type ContactInput,
  createPartnerBody,
} from '../partners/index.js';
import { countryFromText, kindFromWord, typeFromWord, type ImportField, type Mapping } from './mapping.js';
import { labelFromHeader } from './headers.js';
import { joinAddresses, joinName, type Entry } from './row-parts.js';

/**
 * A record of the file as the importer sees it: values per column (a CSV cell is one value, a
 * vCard property may repeat), and each value's label where the file gives one.
 */
export type SourceRow = {
  line: number;
  values: string[][];
  /** Index for index with values: a vCard's TYPE or X-ABLabel, a Google export's "- Label" column. */
  labels?: string[][];
  /** A card is one person: a bad phone or email in it is left out with a warning, not the card. */
  dropBadValues?: boolean;
  /** Values are one item each already (a vCard's CATEGORIES): a tag "VIP; khách" is not split. */
  listed?: boolean;
  /** The title at each organisation, index for index, where the file pairs them itself (a vCard's ORG and TITLE). */
  titles?: string[];
  /** Lines the reader could not read and left out, each quoted in a warning. */
  skipped?: string[];
  error?: string | undefined;
};

/** A valid row, ready to insert: the checked partner plus what the batch resolves (tags, organisations). */
export type PreparedRow = {
  line: number;
  /** What was left out of an imported row, reported beside it. */
  warnings: ImportRowError[];
  checked: CheckedDraft;
  tagNames: string[];
  organizations: { name: string; key: string; title: string }[];
};

const MAX_TAG = 60;
const MAX_TITLE = 200;
const MAX_NAME = 300;

/** What each field's cells split on: several emails in one cell, kinds and tags as lists. */
const SPLIT: Partial<Record<ImportField, RegExp>> = {
  email: /[;,\n]/,
  phone: /[;\n]/,
  website: /[;\n\s]/,
  messenger: /[;\n]/,
  kinds: /[;,]/,
  tags: /[;,]/,
  organization: /;/,
};

/** Fields whose values take a label from their header (not a website: "Homepage" is no home). */
const LABELLED = new Set<ImportField>(['email', 'phone', 'address', 'messenger']);

/** Undoes the apostrophe our CSV export puts before a cell a spreadsheet would run as a formula. */
function unguard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Google's exports put several values in one cell with this between them. */
const GOOGLE_SEPARATOR = ' ::: ';

/**
 * A numbered column ("Email 2", "Tag 3", "Title 1": our own export, and lists a spreadsheet user
 * spreads over columns) holds one value: a tag "VIP; khách" in it is one tag.
 */
const ONE_VALUE = /\s\d+$/;

/** The number a column's header gives its item ("Organization 2", "Organization 2 - Title"), or undefined. */
function itemNumber(column: string): string | undefined {
  return /(?:^|\s)(\d+)(?:\s|$)/.exec(column)?.[1];
}

function collect(columns: string[], mapping: Mapping, row: SourceRow): Map<ImportField, Entry[]> {
  const byField = new Map<ImportField, Entry[]>();
  columns.forEach((column, i) => {
    const field = mapping[column];
    if (!field) return;
    const list = byField.get(field) ?? [];
    (row.values[i] ?? []).forEach((raw, j) => {
      // Without a label of its own, a value takes the one its header gives ("Mobile Phone": Mobile).
      const label = unguard(row.labels?.[i]?.[j] ?? '') || (LABELLED.has(field) ? labelFromHeader(column) : '');
      const split = row.listed || ONE_VALUE.test(column) ? undefined : SPLIT[field];
      for (const cell of unguard(raw).split(GOOGLE_SEPARATOR))
        for (const part of split ? cell.split(split) : [cell])
          if (part.trim()) list.push({ value: part.trim(), label, column });
    });
    byField.set(field, list);
  });
  return byField;
}

/** Google's system group every contact is in: not a tag anyone chose. */
const SYSTEM_TAGS = new Set(['* mycontacts']);
const MAX_LABEL = 100;

type Fail = (field: string | null, rule: string | null, message: string, extra?: Partial<ImportRowError>) => void;

/**
 * Turns one record into a partner with the API's own rules (the create schema, then checkDraft),
 * or into its errors, each naming the field, the column and the value, and the rule the app translates.
 */
export async function prepareRow(
  db: Db,
  workspaceId: string,
  columns: string[],
  mapping: Mapping,
  row: SourceRow,
): Promise<PreparedRow | ImportRowError[]> {
  if (row.error) return [{ line: row.line, field: null, rule: 'invalid_format', message: row.error }];
  const f = collect(columns, mapping, row);
  const entries = (field: ImportField) => f.get(field) ?? [];
  const get = (field: ImportField) => entries(field).map((e) => e.value);
  const errors: ImportRowError[] = [];
  const fail: Fail = (field, rule, message, extra = {}) =>
    errors.push({ line: row.line, field, rule, message, ...extra });
  const quote = (e: Entry | undefined) => (e ? { column: e.column, value: e.value } : {});

  const organizations = entries('organization').map((e) => ({ name: e.value, key: nameKey(e.value), title: '' }));
  // Names in two columns (first and last) are a person's; one name column without a company an organisation's.
  const nameColumns = new Set(entries('name').map((e) => e.column));
  let type: 'organization' | 'person' = organizations.length || nameColumns.size > 1 ? 'person' : 'organization';
  const typeEntry = entries('type')[0];
  if (typeEntry !== undefined) {
    const known = typeFromWord(typeEntry.value);
    if (known) type = known;
    else
      fail(
        'type',
        'invalid_value',
        `"${typeEntry.value}" is not a partner type (organization or person)`,
        quote(typeEntry),
      );
  }
  const kinds: string[] = [];
  for (const e of entries('kinds')) {
    const kind = kindFromWord(e.value);
    if (kind) kinds.push(kind);
    else fail('kinds', 'invalid_value', `"${e.value}" is not a kind of partner`, quote(e));
  }
  let country: string | undefined;
  const countryEntry = entries('country')[0];
  if (countryEntry !== undefined) {
    country = countryFromText(countryEntry.value);
    if (!country) fail('country', 'invalid_value', `"${countryEntry.value}" is not a country`, quote(countryEntry));
  }
  const tagNames = get('tags')
    .filter((t) => !SYSTEM_TAGS.has(t.toLowerCase()))
    .map((t) => t.replace(/^\* /, ''));
  const longTag = entries('tags').find((t) => t.value.length > MAX_TAG);
  if (longTag)
    fail('tags', 'too_long', `a tag is longer than ${MAX_TAG} characters`, {
      params: { maximum: MAX_TAG },
      ...quote(longTag),
    });
  const paired = row.titles && entries('title').length && row.titles.length === organizations.length;
  const titles = paired ? (row.titles as string[]) : titlesOf(entries('organization'), entries('title'));
  if (titles.some((t) => t.length > MAX_TITLE))
    fail('title', 'too_long', `is longer than ${MAX_TITLE} characters`, { params: { maximum: MAX_TITLE } });
  const badOrg = entries('organization').find((o) => o.value.length > MAX_NAME || !nameKey(o.value));
  if (badOrg) fail('organization', 'invalid_value', `must be a name of at most ${MAX_NAME} characters`, quote(badOrg));
  organizations.forEach((o, i) => (o.title = titles[i] ?? ''));

  const sources: Entry[] = [];
  const contacts: ContactInput[] = [];
  for (const channel of ['email', 'phone', 'website', 'address', 'messenger'] as const satisfies readonly Channel[]) {
    for (const e of channel === 'address' ? joinAddresses(entries('address'), entries('country')) : entries(channel)) {
      sources.push(e);
      contacts.push({ channel, label: e.label.slice(0, MAX_LABEL), value: e.value });
    }
  }
  const business = get('business').join('\n');
  const notes = get('notes').join('\n');
  const base = {
    type,
    name: joinName(entries('name'), country),
    kinds,
    ...(country ? { country } : {}),
    profile: { ...(business ? { business } : {}), ...(notes ? { notes } : {}) },
  };
  const warnings = (row.skipped ?? []).map((line) => skippedWarning(row.line, line));
  const checked = await checkContacts(db, workspaceId, base, contacts, sources, row, warnings, fail);
  if (errors.length || !checked) return errors;
  return {
    line: row.line,
    warnings,
    checked,
    tagNames,
    organizations: checked.row.type === 'person' ? organizations : [],
  };
}

/**
 * The title at each organisation, index for index. Numbered columns pair by their number ("Title 2"
 * is the title at "Organization 2"); otherwise the title cells are one title, or, beside several
 * organisations, titles separated by `;` in the organisations' order.
 */
function titlesOf(organizations: Entry[], titles: Entry[]): string[] {
  const numbers = organizations.map((o) => itemNumber(o.column));
  if (titles.length && [...numbers, ...titles.map((t) => itemNumber(t.column))].every(Boolean))
    return numbers.map((n) =>
      titles
        .filter((t) => itemNumber(t.column) === n)
        .map((t) => t.value)
        .join(' '),
    );
  const title = titles.map((t) => t.value).join(' ');
  return organizations.length > 1 ? title.split(';').map((t) => t.trim()) : [title];
}

function skippedWarning(line: number, text: string): ImportRowError {
  const value = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return {
    line,
    field: null,
    rule: 'value_skipped',
    message: `Left out a line that could not be read: "${value}"`,
    value,
  };
}

type Base = Omit<CreateDraft, 'contacts'>;
type CreateDraft = {
  type: 'organization' | 'person';
  name: string;
  kinds: string[];
  country?: string;
  profile: object;
  contacts: ContactInput[];
};

/**
 * The partner checked with its contacts. In a record that drops bad values (a vCard), a contact
 * the rules refuse is left out with a warning quoting it and the rest checked again; elsewhere
 * every refusal is an error of the row, naming the column and quoting the value.
 */
async function checkContacts(
  db: Db,
  workspaceId: string,
  base: Base,
  contacts: ContactInput[],
  sources: Entry[],
  row: SourceRow,
  warnings: ImportRowError[],
  fail: Fail,
): Promise<CheckedDraft | undefined> {
  for (;;) {
    const problems = await checkOnce(db, workspaceId, { ...base, contacts });
    if (!Array.isArray(problems)) return problems;
    const bad = new Set(problems.map((p) => p.contact).filter((i): i is number => i !== undefined));
    const dropOnly = row.dropBadValues && bad.size && problems.every((p) => p.contact !== undefined);
    if (!dropOnly) {
      for (const p of problems) {
        const source = p.contact === undefined ? undefined : sources[p.contact];
        fail(p.field, p.rule, source ? `"${source.value}" ${p.message}` : p.message, {
          ...(p.params ? { params: p.params } : {}),
          ...(source ? { column: source.column, value: source.value } : {}),
        });
      }
      return undefined;
    }
    for (const i of [...bad].sort((x, y) => y - x)) {
      const source = sources[i] as Entry;
      const problem = problems.find((p) => p.contact === i);
      warnings.push({
        line: row.line,
        field: contacts[i]?.channel ?? null,
        rule: 'value_dropped',
        message: `Left out "${source.value}": ${problem?.message ?? 'is not valid'}`,
        column: source.column,
        value: source.value,
      });
      contacts.splice(i, 1);
      sources.splice(i, 1);
    }
  }
}

type Problem = {
  field: string | null;
  rule: string;
  message: string;
  params?: Record<string, number>;
  contact?: number;
};

/** One pass of the create schema and checkDraft: the checked partner, or what they refused. */
async function checkOnce(db: Db, workspaceId: string, input: CreateDraft): Promise<CheckedDraft | Problem[]> {
  const contactOf = (path: readonly PropertyKey[]) =>
    path[0] === 'contacts' && path[1] !== undefined ? Number(path[1]) : undefined;
  const parsed = createPartnerBody.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const params = limitsOf(issue);
      const contact = contactOf(issue.path);
      return {
        field: fieldOf(issue.path, input.contacts),
        rule: ruleOf(issue),
        message: issue.message,
        ...(params ? { params } : {}),
        ...(contact !== undefined ? { contact } : {}),
      };
    });
  }
  const p = parsed.data;
  try {
    return await checkDraft(db, workspaceId, {
      type: p.type,
      name: p.name,
      kinds: p.kinds,
      country: p.country ?? null,
      ownerId: null,
      profile: p.profile ?? {},
      purchaseDeciders: [],
      contacts: p.contacts ?? [],
      tagIds: [],
      affiliations: [],
    });
  } catch (error) {
    if (!(error instanceof AppError) || !error.errors) throw error;
    return error.errors.map((e) => {
      const path = e.path.split('.');
      const params = numbersOf(e.params);
      const contact = contactOf(path);
      return {
        field: fieldOf(path, input.contacts),
        rule: e.rule,
        message: e.message,
        ...(params ? { params } : {}),
        ...(contact !== undefined ? { contact } : {}),
      };
    });
  }
}

/** The bound a size issue names (too long: maximum; too short: minimum), for the translated sentence. */
export function limitsOf(issue: {
  code: string;
  maximum?: unknown;
  minimum?: unknown;
}): Record<string, number> | undefined {
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') return { maximum: issue.maximum };
  if (issue.code === 'too_small' && typeof issue.minimum === 'number') return { minimum: issue.minimum };
  return undefined;
}

function numbersOf(params: Record<string, unknown> | undefined): Record<string, number> | undefined {
  const entries = Object.entries(params ?? {}).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number',
  );
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** The import field an API error path points at: contacts.2.value is that contact's channel. */
function fieldOf(path: readonly PropertyKey[], contacts: ContactInput[]): string | null {
  const [head, second] = path;
  if (head === 'contacts' && second !== undefined) return contacts[Number(second)]?.channel ?? 'contacts';
  if (head === 'profile' && second !== undefined) return String(second);
  return head === undefined ? null : String(head);
}

function ruleOf(issue: { code: string; minimum?: unknown; format?: unknown }): string {
  switch (issue.code) {
    case 'too_big':
      return 'too_long';
    case 'too_small':
      return Number(issue.minimum) === 1 ? 'required' : 'too_short';
    case 'invalid_format':
      return issue.format === 'email' ? 'invalid_email' : 'invalid_format';
    default:
      return 'invalid_value';
  }
}
