/**
 * The label of each audited field, reusing the forms' labels where they exist. Fields with a
 * variable part (`profile.howWeMet`, `checklist.<item>`, `cadenceDays.<tier>`) are labelled by
 * their prefix in `fieldLabel`.
 */
export const FIELD_LABELS: Record<string, string> = {
  name: 'audit.field.name',
  type: 'partner.field.type',
  kinds: 'partner.field.kinds',
  country: 'partner.field.country',
  ownerId: 'partner.field.ownerId',
  purchaseDeciders: 'partner.field.purchaseDeciders',
  contacts: 'partner.field.contacts',
  tagIds: 'partner.field.tagIds',
  affiliations: 'partner.field.affiliations',
  merged: 'audit.field.merged',
  mergedInto: 'audit.field.mergedInto',
  add_tag: 'audit.field.tag',
  remove_tag: 'audit.field.tag',
  purpose: 'relationship.field.purpose',
  team: 'relationship.field.team',
  tier: 'relationship.field.tier',
  cadenceDays: 'relationship.field.cadenceDays',
  status: 'relationship.field.status',
  endReason: 'relationship.field.endReason',
  startedOn: 'relationship.field.startedOn',
  endedOn: 'relationship.field.endedOn',
  stage: 'relationship.field.stage',
  skippedItems: 'audit.field.skippedItems',
  canWeHelp: 'audit.field.canWeHelp',
  canTheyHelp: 'audit.field.canTheyHelp',
  assessedOn: 'audit.field.assessedOn',
  partnerId: 'task.field.partner',
  snoozedUntil: 'audit.field.snoozedUntil',
  note: 'audit.field.note',
  kind: 'interaction.field.kind',
  isMeeting: 'interaction.field.isMeeting',
  occurredAt: 'interaction.field.occurredAt',
  timeZone: 'interaction.field.timeZone',
  durationMinutes: 'interaction.field.durationMinutes',
  direction: 'interaction.field.direction',
  subject: 'interaction.field.subject',
  notesText: 'interaction.field.notes',
  minutesText: 'interaction.field.minutes',
  sentiment: 'interaction.field.sentiment',
  agenda: 'interaction.field.agenda',
  decisions: 'interaction.field.decisions',
  partnerIds: 'interaction.field.partners',
  relationshipIds: 'interaction.field.relationships',
  memberIds: 'interaction.field.members',
  personIds: 'interaction.field.people',
  actionItems: 'interaction.field.actionItems',
  recurrence: 'series.field.recurrence',
  recurrenceInterval: 'series.field.interval',
  startsAt: 'series.field.startsAt',
  untilOn: 'series.field.until',
  occurrenceCount: 'series.field.count',
  occurrences: 'audit.field.occurrences',
  stoppedAt: 'audit.field.stoppedAt',
  cancelledOccurrences: 'audit.field.cancelledOccurrences',
  title: 'task.field.title',
  notes: 'task.field.notes',
  dueOn: 'task.field.dueOn',
  interactionId: 'audit.field.interaction',
  relationshipId: 'task.field.relationship',
  filename: 'audit.field.filename',
  contentType: 'audit.field.contentType',
  sizeBytes: 'audit.field.sizeBytes',
  rowCount: 'audit.field.rowCount',
  processed: 'audit.field.processed',
  imported: 'audit.field.imported',
  failed: 'audit.field.failed',
  partnersRemoved: 'audit.field.partnersRemoved',
  interactionsRemoved: 'audit.field.interactionsRemoved',
  email: 'audit.field.email',
  role: 'audit.field.role',
  prospectShareMin: 'audit.field.prospectShareMin',
  locale: 'audit.field.locale',
  tokenHint: 'audit.field.tokenHint',
};

/** Fields the sentence already says (a trash date is "moved to the trash"): not listed as details. */
export const UNLISTED_FIELDS = new Set(['deletedAt']);

export type FieldLabel = { id: string; values?: Record<string, string> };

/** The message that labels a field; `part` is the variable part's own label, when it has one. */
export function fieldLabel(field: string): FieldLabel {
  const known = FIELD_LABELS[field];
  if (known) return { id: known };
  const [prefix, ...rest] = field.split('.');
  const part = rest.join('.');
  if (prefix === 'profile') return { id: `partner.profile.${part}` };
  if (prefix === 'cadenceDays') return { id: 'audit.field.tierCadence', values: { tier: `relationship.tier.${part}` } };
  if (prefix === 'checklist') return { id: 'audit.field.checklist' };
  return { id: 'audit.field.other' };
}
