/** What the audit texts need from the language: messages, formatters and the names the server sent. */
export type AuditText = {
  t: (id: string, values?: Record<string, string>) => string;
  has: (id: string) => boolean;
  dateTime: (iso: string) => string;
  day: (day: string) => string;
  number: (value: number) => string;
  list: (items: string[]) => string;
  names: Record<string, string>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Fields whose values are one of a list the app already translates, by message prefix. */
const VALUE_LABELS: Record<string, string> = {
  stage: 'relationship.stage.',
  kinds: 'partner.kind.',
  role: 'role.',
  tier: 'relationship.tier.',
  kind: 'interaction.kind.',
  direction: 'interaction.direction.',
  sentiment: 'interaction.sentiment.',
  recurrence: 'series.recurrence.',
  type: 'partner.type.',
  skippedItems: 'checklist.',
  locale: 'language.',
};

/** `status` means a different list on each kind of record. */
const STATUS_LABELS: Record<string, string> = {
  relationship: 'relationship.status.',
  task: 'task.status.',
  import: 'import.status.',
  invitation: 'invitations.status.',
};

/**
 * A changed value as text in the reader's language: ids as names, listed values as their labels,
 * dates in the reader's calendar and zone, lists joined, records as their parts; never JSON.
 */
export function changeValue(field: string, value: unknown, text: AuditText, entityType = ''): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : text.list(value.map((v) => changeValue(field, v, text, entityType)));
  }
  if (typeof value === 'boolean') return text.t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') return text.number(value);
  if (typeof value === 'string') return stringValue(field, value, text, entityType);
  if (typeof value === 'object') return recordValue(field, value as Record<string, unknown>, text, entityType);
  return String(value as bigint);
}

function stringValue(field: string, value: string, text: AuditText, entityType: string): string {
  if (UUID.test(value)) return text.names[value] ?? text.t('audit.value.gone');
  const prefix = field === 'status' ? STATUS_LABELS[entityType] : VALUE_LABELS[field];
  if (prefix && text.has(prefix + value)) return text.t(prefix + value);
  if (field === 'contacts') {
    // Contacts are audited as "channel: value".
    const [channel = '', ...rest] = value.split(': ');
    // The value is isolated (FSI…PDI) so a phone number's + stays in front in a right-to-left label.
    if (text.has(`partner.channel.${channel}`))
      return `${text.t(`partner.channel.${channel}`)}: \u2068${rest.join(': ')}\u2069`;
  }
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return text.dateTime(value);
  if (DAY.test(value)) return text.day(value);
  return value;
}

function recordValue(field: string, value: Record<string, unknown>, text: AuditText, entityType: string): string {
  const show = (key: string, v: unknown) => changeValue(key, v, text, entityType);
  if (typeof value.partnerId === 'string') return withNote(show('partnerId', value.partnerId), value.title);
  if (typeof value.userId === 'string') {
    const role = typeof value.role === 'string' ? `relationship.teamRole.${value.role}` : '';
    return withNote(show('userId', value.userId), text.has(role) ? text.t(role) : value.role);
  }
  if (typeof value.personName === 'string') return withNote(value.personName, value.product);
  return Object.entries(value)
    .map(([key, v]) => `${key}: ${show(`${field}.${key}`, v)}`)
    .join(', ');
}

function withNote(main: string, note: unknown): string {
  return typeof note === 'string' && note !== '' ? `${main} (${note})` : main;
}
