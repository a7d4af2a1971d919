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

/**
 * A record of the file as the importer sees it: values per column (a CSV cell is one value, a vCard property may
 * repeat).
 */
export type SourceRow = { line: number; values: string[][]; error?: string | undefined };

/** A valid row, ready to insert: the checked partner plus what the batch resolves (tags, organisations). */
export type PreparedRow = {
  line: number;
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

/** Undoes the apostrophe our CSV export puts before a cell a spreadsheet would run as a formula. */
function unguard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function collect(columns: string[], mapping: Mapping, row: SourceRow): Map<ImportField, string[]> {
  const byField = new Map<ImportField, string[]>();
  columns.forEach((column, i) => {
    const field = mapping[column];
    if (!field) return;
    const list = byField.get(field) ?? [];
    for (const raw of row.values[i] ?? []) {
      const value = unguard(raw);
      const split = SPLIT[field];
      for (const part of split ? value.split(split) : [value]) if (part.trim()) list.push(part.trim());
    }
    byField.set(field, list);
  });
  return byField;
}

/**
 * Turns one record into a partner with the API's own rules (the create schema, then checkDraft),
 * or into its errors, each naming the field and the rule the app translates.
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
  const get = (field: ImportField) => f.get(field) ?? [];
  const errors: ImportRowError[] = [];
  const fail = (field: string | null, rule: string | null, message: string, params?: Record<string, number>) =>
    errors.push({ line: row.line, field, rule, message, ...(params ? { params } : {}) });

  const organizations = get('organization').map((name) => ({ name, key: nameKey(name), title: '' }));
  let type: 'organization' | 'person' = organizations.length ? 'person' : 'organization';
  const typeWord = get('type')[0];
  if (typeWord !== undefined) {
    const known = typeFromWord(typeWord);
    if (known) type = known;
    else fail('type', 'invalid_value', `"${typeWord}" is not a partner type (organization or person)`);
  }
  const kinds: string[] = [];
  for (const word of get('kinds')) {
    const kind = kindFromWord(word);
    if (kind) kinds.push(kind);
    else fail('kinds', 'invalid_value', `"${word}" is not a kind of partner`);
  }
  let country: string | undefined;
  const countryText = get('country')[0];
  if (countryText !== undefined) {
    country = countryFromText(countryText);
    if (!country) fail('country', 'invalid_value', `"${countryText}" is not a country`);
  }
  const tagNames = get('tags');
  if (tagNames.some((t) => t.length > MAX_TAG))
    fail('tags', 'too_long', `a tag is longer than ${MAX_TAG} characters`, { maximum: MAX_TAG });
  const titles = get('title');
  const title = titles.join(' ');
  if (title.length > MAX_TITLE)
    fail('title', 'too_long', `is longer than ${MAX_TITLE} characters`, { maximum: MAX_TITLE });
  if (organizations.some((o) => o.name.length > MAX_NAME || !o.key))
    fail('organization', 'invalid_value', `must be a name of at most ${MAX_NAME} characters`);
  const splitTitles = organizations.length > 1 ? title.split(';').map((t) => t.trim()) : [title];
  organizations.forEach((o, i) => (o.title = splitTitles[i] ?? ''));

  const contacts: ContactInput[] = [];
  for (const channel of ['email', 'phone', 'website', 'address', 'messenger'] as const satisfies readonly Channel[]) {
    for (const value of get(channel)) contacts.push({ channel, label: '', value });
  }
  const business = get('business').join('\n');
  const notes = get('notes').join('\n');
  const input = {
    type,
    name: get('name').join(' ').replace(/\s+/g, ' '),
    kinds,
    ...(country ? { country } : {}),
    profile: { ...(business ? { business } : {}), ...(notes ? { notes } : {}) },
    contacts,
  };
  const parsed = createPartnerBody.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      fail(fieldOf(issue.path, contacts), ruleOf(issue), issue.message, limitsOf(issue));
    return errors;
  }
  if (errors.length) return errors;
  const p = parsed.data;
  try {
    const checked = await checkDraft(db, workspaceId, {
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
    return { line: row.line, checked, tagNames, organizations: p.type === 'person' ? organizations : [] };
  } catch (error) {
    if (!(error instanceof AppError) || !error.errors) throw error;
    for (const e of error.errors) fail(fieldOf(e.path.split('.'), contacts), e.rule, e.message, numbersOf(e.params));
    return errors;
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
