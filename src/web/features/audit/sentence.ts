import type { AuditEntry } from './audit.queries.js';
import { AUDIT_ACTIONS } from './actions.js';
import { type AuditText, changeValue } from './changeValue.js';
import { fieldLabel, UNLISTED_FIELDS } from './fields.js';

export type Sentence = {
  /** The message; its `{entity}` is the record, which the page shows as a link. */
  id: string;
  values: Record<string, string>;
  entity: { name: string; path: string | null };
};

export type Detail = { field: string; label: string; before: string; after: string };

const KNOWN = new Set<string>(AUDIT_ACTIONS);

/** An entry as a sentence in the reader's language; an action this build does not know reads generically. */
export function sentenceOf(entry: AuditEntry, text: AuditText): Sentence {
  const known = KNOWN.has(entry.action) && text.has(`audit.sentence.${entry.action}`);
  const typeId = `audit.entity.${entry.entityType}`;
  return {
    id: known ? `audit.sentence.${entry.action}` : 'audit.sentence.generic',
    values: {
      actor: entry.actor?.name || text.t('audit.system'),
      type: text.has(typeId) ? text.t(typeId) : text.t('audit.entity.record'),
      // Form labels start with a capital; inside a sentence they do not.
      fields: text.list(details(entry, text).map((d) => d.label.toLocaleLowerCase())) || text.t('audit.field.other'),
      ...extraValues(entry, text),
    },
    entity: { name: entityName(entry, text), path: entityPath(entry) },
  };
}

/** The changed fields, labelled, with their values before and after. */
export function details(entry: AuditEntry, text: AuditText): Detail[] {
  return (
    Object.entries(entry.changes)
      .filter(([field]) => !UNLISTED_FIELDS.has(field))
      .map(([field, change]) => {
        const label = fieldLabel(field);
        const values = Object.fromEntries(Object.entries(label.values ?? {}).map(([k, id]) => [k, text.t(id)]));
        const value = (v: unknown) => changeValue(field, v, text, entry.entityType);
        return {
          field,
          label: text.has(label.id) ? text.t(label.id, values) : text.t('audit.field.other'),
          before: value(change.before),
          after: value(change.after),
        };
      })
      // A new record's empty fields say nothing.
      .filter((d) => d.before !== '—' || d.after !== '—')
  );
}

/** The values a few sentences need beyond who and what: stages, roles, the tag, the checklist item… */
function extraValues(entry: AuditEntry, text: AuditText): Record<string, string> {
  const after = (field: string) => entry.changes[field]?.after;
  const show = (field: string, value: unknown) => changeValue(field, value, text, entry.entityType);
  const moved = entry.changes.stage ?? entry.changes.role;
  const movedField = entry.changes.stage ? 'stage' : 'role';
  const checklist = Object.keys(entry.changes).find((f) => f.startsWith('checklist.'));
  const part = checklist?.slice('checklist.'.length) ?? '';
  const partners = after('partnerIds');
  return {
    from: show(movedField, moved?.before),
    to: show(movedField, moved?.after),
    role: show('role', after('role')),
    merged: show('merged', after('merged')),
    target: show('mergedInto', after('mergedInto')),
    tag: show('add_tag', after('add_tag') ?? after('remove_tag')),
    owner: show('ownerId', after('ownerId')),
    until: show('snoozedUntil', after('snoozedUntil')),
    item: checklistItem(part, text),
    stage: show('stage', part),
    done: checklist && entry.changes[checklist]?.after === true ? 'yes' : 'other',
    meeting: after('isMeeting') === true ? 'yes' : 'other',
    withPartners: Array.isArray(partners) && partners.length > 0 ? 'yes' : 'other',
    partners: show('partnerIds', partners),
    self: entry.actor?.id === entry.entityId ? 'yes' : 'other',
  };
}

/** A shipped item is its key (translated); an own item is an id the server named. */
function checklistItem(part: string, text: AuditText): string {
  const name = text.names[part] ?? part;
  return text.has(`checklist.${name}`) ? text.t(`checklist.${name}`) : name;
}

/** The record's name: as the server knows it, else as the entry recorded it, else that it is gone. */
function entityName(entry: AuditEntry, text: AuditText): string {
  if (entry.entityName) return entry.entityName;
  for (const field of ['name', 'subject', 'title', 'filename', 'email']) {
    const change = entry.changes[field];
    const value = change?.after ?? change?.before;
    if (typeof value === 'string' && value !== '') return value;
  }
  return text.t('audit.value.gone');
}

/** Where the record opens, below /w/{workspaceId}/; null when it has no page of its own. */
function entityPath(entry: AuditEntry): string | null {
  const id = entry.entityId;
  switch (entry.entityType) {
    case 'partner':
      return `partners/${id}`;
    case 'relationship':
      return `relationships/${id}`;
    case 'interaction':
      return `interactions/${id}`;
    case 'meeting_series':
      return `calendar/series/${id}`;
    case 'attachment': {
      const interactionId = entry.changes.interactionId?.after;
      return typeof interactionId === 'string' ? `interactions/${interactionId}` : null;
    }
    case 'member':
    case 'user':
      return 'settings/members';
    case 'invitation':
      return 'settings/invitations';
    default:
      return null;
  }
}
