import type { ColumnType, Generated, Selectable } from 'kysely';
import type { HEALTH_COMPONENTS } from '../../../shared/values/health.js';
import type { DIRECTIONS, INTERACTION_KINDS, SENTIMENTS } from '../../../shared/values/interactions.js';
import type { NOTIFICATION_KINDS } from '../../../shared/values/notifications.js';
import type { EMAIL_STATUSES } from '../../../shared/values/outbox.js';
import type { PARTNER_TYPES } from '../../../shared/values/partners.js';
import type { STAGES, STATUSES, TIERS } from '../../../shared/values/relationships.js';
import type { ROLES } from '../../../shared/values/roles.js';
import type { RECURRENCES } from '../../../shared/values/series.js';
import type { TASK_STATUSES } from '../../../shared/values/tasks.js';
import type { DateOrder, FileEncoding } from '../../../shared/values/imports.js';
import type { ColorScheme } from '../../../shared/values/appearance.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type Role = (typeof ROLES)[number];
export type Locale = 'en' | 'vi' | 'ru' | 'fa';

// Platform tables (users, sessions, e-mail) are global: a user belongs to several workspaces.
export interface AppUserTable {
  id: string;
  email: string;
  emailNormalized: string;
  name: string;
  passwordHash: string;
  locale: Locale;
  timeZone: ColumnType<string, string | undefined, string>;
  /** Follow the system's light or dark setting, or always one of them. */
  colorScheme: ColumnType<ColorScheme, ColorScheme | undefined, ColorScheme>;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  version: Generated<number>;
}

export interface WorkspaceTable {
  id: string;
  name: string;
  /** Retention balance: the lowest share (percent) of interactions on new prospects before the card warns. */
  prospectShareMin: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  version: Generated<number>;
}

export interface MembershipTable {
  workspaceId: string;
  userId: string;
  role: Role;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  version: Generated<number>;
}

export interface InvitationTable {
  workspaceId: string;
  id: string;
  email: string;
  emailNormalized: string;
  role: Role;
  tokenHash: string;
  invitedBy: string | null;
  createdAt: CreatedAt;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedBy: string | null;
  revokedAt: Date | null;
}

export interface UserSessionTable {
  id: string;
  userId: string;
  csrfToken: string;
  currentWorkspaceId: string | null;
  createdAt: CreatedAt;
  lastSeenAt: Timestamp;
  expiresAt: Timestamp;
  ip: string | null;
  userAgent: string | null;
}

export interface PasswordResetTable {
  tokenHash: string;
  userId: string;
  createdAt: CreatedAt;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface SignInFailureTable {
  id: string;
  emailNormalized: string;
  ip: string;
  at: Timestamp;
}

export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export interface EmailMessageTable {
  id: string;
  workspaceId: string | null;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  status: EmailStatus;
  error: string | null;
  createdAt: CreatedAt;
  sentAt: Date | null;
  /** Extra message headers (List-Unsubscribe, List-Unsubscribe-Post). */
  headers: ColumnType<Record<string, string>, string | undefined, string>;
  attempts: Generated<number>;
  lastAttemptAt: Date | null;
}

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditLogTable {
  workspaceId: string;
  id: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: ColumnType<FieldChanges, string, never>;
  createdAt: CreatedAt;
}

export type PartnerType = (typeof PARTNER_TYPES)[number];
export type PartnerProfile = {
  business: string;
  customersServed: string;
  differentiators: string;
  businessSituation: string;
  network: string;
  howWeMet: string;
  notes: string;
};
export type PurchaseDecider = { personName: string; product: string };

type Json<T> = ColumnType<T, string, string>;

export interface PartnerTable {
  workspaceId: string;
  id: string;
  type: PartnerType;
  name: string;
  sortName: string;
  nameKey: string;
  kinds: string[];
  country: string | null;
  ownerId: string | null;
  profile: Json<Partial<PartnerProfile>>;
  purchaseDeciders: Json<PurchaseDecider[]>;
  searchText: string;
  importId: string | null;
  mergedInto: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  deletedAt: Date | null;
  version: Generated<number>;
}

export interface PartnerContactTable {
  workspaceId: string;
  id: string;
  partnerId: string;
  channel: 'email' | 'phone' | 'address' | 'website' | 'messenger';
  label: string;
  value: string;
  valueKey: string;
  position: number;
}

export interface TagTable {
  workspaceId: string;
  id: string;
  name: string;
  nameKey: string;
  color: string;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  version: Generated<number>;
}

export interface PartnerTagTable {
  workspaceId: string;
  partnerId: string;
  tagId: string;
}

export interface AffiliationTable {
  workspaceId: string;
  personId: string;
  organizationId: string;
  title: string;
}

export interface SavedViewTable {
  workspaceId: string;
  id: string;
  userId: string;
  name: string;
  query: Json<Record<string, string>>;
  createdAt: CreatedAt;
}

export type ImportStatus = 'uploaded' | 'running' | 'done' | 'failed' | 'undone';
/** `params`: the numbers the rule's sentence needs (`maximum` of too_long), as in API field errors. */
export type ImportRowError = {
  line: number;
  field: string | null;
  rule: string | null;
  message: string;
  params?: Record<string, number>;
  /** The file's column the value came from, as its header names it. */
  column?: string;
  /** The value itself, so the user sees what was refused or left out. */
  value?: string;
};

export type ImportTarget = 'partners' | 'interactions';

export interface ImportJobTable {
  workspaceId: string;
  id: string;
  /** What the job creates: partners (CSV or vCard) or past interactions (CSV). */
  target: ColumnType<ImportTarget, ImportTarget | undefined, ImportTarget>;
  filename: string;
  format: 'csv' | 'vcard';
  status: ImportStatus;
  content: string;
  /** How `content` was read from the uploaded bytes. */
  encoding: ColumnType<FileEncoding, FileEncoding | undefined, FileEncoding>;
  /** The uploaded bytes, kept when they were read in a single-byte encoding (another may be chosen). */
  raw: Buffer | null;
  mapping: ColumnType<Record<string, string | null> | null, string | null, string | null>;
  /** Per date column of the mapping: day first or month first, as the file settled it or the user answered. */
  dateOrders: ColumnType<Record<string, DateOrder> | null, string | null, string | null>;
  rowCount: number;
  processed: Generated<number>;
  imported: Generated<number>;
  failed: Generated<number>;
  errors: ColumnType<ImportRowError[], string | undefined, string>;
  createdBy: string | null;
  createdAt: CreatedAt;
  finishedAt: Date | null;
}

export type Stage = (typeof STAGES)[number];
export type Tier = (typeof TIERS)[number];
export type RelationshipStatus = (typeof STATUSES)[number];
/** Dates are `YYYY-MM-DD` strings on both drivers (see database.ts). */
type DateColumn = string;

export interface RelationshipTable {
  workspaceId: string;
  id: string;
  partnerId: string;
  /** Copies of the partner's sort_name and trash state, kept by a trigger on partner. */
  partnerSortName: string;
  partnerDeleted: Generated<boolean>;
  purpose: Generated<string>;
  kinds: string[];
  ownerId: string | null;
  stage: Stage;
  stageEnteredAt: Timestamp;
  tier: Tier;
  cadenceDays: number | null;
  lastContactAt: Date | null;
  nextContactDue: DateColumn;
  canWeHelp: number | null;
  canTheyHelp: number | null;
  valueAssessedOn: DateColumn | null;
  status: RelationshipStatus;
  endReason: string | null;
  startedOn: DateColumn | null;
  endedOn: DateColumn | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  deletedAt: Date | null;
  version: Generated<number>;
  /** The latest live snooze's date (keep-in-touch hides the relationship until then, inclusive). */
  snoozedUntil: ColumnType<DateColumn | null, DateColumn | null | undefined, DateColumn | null>;
  /** The due date an overdue notification was last sent for. */
  overdueNotifiedFor: ColumnType<DateColumn | null, DateColumn | null | undefined, DateColumn | null>;
  healthScore: ColumnType<number | null, number | null | undefined, number | null>;
  /** Highest score of the last 30 days minus the current one (positive: it fell). */
  healthDrop30d: ColumnType<number | null, number | null | undefined, number | null>;
}

export type HealthComponentKey = (typeof HEALTH_COMPONENTS)[number];
/**
 * One part of a health score: its weight, the points it earned, and the facts behind it (for the words the app shows).
 */
export type HealthComponent = {
  key: HealthComponentKey;
  weight: number;
  points: number;
  facts: Record<string, number | string | null>;
};

/** A relationship's health explained: its components and when they were computed (one row each). */
export interface RelationshipHealthDetailTable {
  workspaceId: string;
  relationshipId: string;
  components: ColumnType<HealthComponent[], string, string>;
  computedAt: Date;
}

export interface RelationshipHealthTable {
  workspaceId: string;
  relationshipId: string;
  day: DateColumn;
  score: number;
}

export interface ContactSnoozeTable {
  workspaceId: string;
  id: string;
  relationshipId: string;
  until: DateColumn;
  note: Generated<string>;
  createdBy: string | null;
  createdAt: CreatedAt;
  endedAt: Date | null;
  endedBy: string | null;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobTable {
  id: string;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  uniqueKey: string | null;
  status: Generated<JobStatus>;
  runAt: Timestamp;
  attempts: Generated<number>;
  maxAttempts: Generated<number>;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  createdAt: CreatedAt;
  finishedAt: Date | null;
}

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationTable {
  workspaceId: string;
  id: string;
  userId: string;
  kind: NotificationKind;
  /** What the app needs to word it in the reader's language (names, dates, counts), never wording itself. */
  params: ColumnType<Record<string, unknown>, string | undefined, string>;
  entityType: string | null;
  entityId: string | null;
  createdAt: CreatedAt;
  readAt: Date | null;
}

export interface NotificationPreferenceTable {
  workspaceId: string;
  userId: string;
  kind: NotificationKind;
  byEmail: boolean;
  inApp: boolean;
  updatedAt: Timestamp;
}

export interface ServerSecretTable {
  name: string;
  value: string;
  createdAt: CreatedAt;
}

export interface RelationshipTeamMemberTable {
  workspaceId: string;
  relationshipId: string;
  userId: string;
  role: string;
  position: number;
}

export type StageDirection = 'initial' | 'forward' | 'backward';
export type SkippedItem = { id: string; key: string | null; label: string | null; stage: Stage };

export interface StageChangeTable {
  workspaceId: string;
  id: string;
  relationshipId: string;
  fromStage: Stage | null;
  toStage: Stage;
  direction: StageDirection;
  note: string | null;
  reason: string | null;
  skippedItems: ColumnType<SkippedItem[], string | undefined, string>;
  changedBy: string | null;
  changedAt: Timestamp;
  /** When the relationship left this stay's stage, and for which stage (null while it is still there). */
  leftAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  nextStage: ColumnType<Stage | null, Stage | null | undefined, Stage | null>;
}

export interface ValueAssessmentTable {
  workspaceId: string;
  id: string;
  relationshipId: string;
  canWeHelp: number;
  canWeHelpNote: string | null;
  canTheyHelp: number;
  canTheyHelpNote: string | null;
  assessedOn: DateColumn;
  assessedBy: string | null;
  createdAt: CreatedAt;
}

export interface RelationshipTierSettingTable {
  workspaceId: string;
  tier: Tier;
  cadenceDays: number;
  updatedAt: Timestamp;
}

export interface StageChecklistItemTable {
  workspaceId: string;
  id: string;
  stage: Stage;
  key: string | null;
  label: string | null;
  position: number;
  removedAt: Date | null;
}

export interface RelationshipChecklistCheckTable {
  workspaceId: string;
  relationshipId: string;
  itemId: string;
  doneAt: Timestamp;
  doneBy: string | null;
}

export type InteractionKind = (typeof INTERACTION_KINDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Sentiment = (typeof SENTIMENTS)[number];
export type Recurrence = (typeof RECURRENCES)[number];
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type AgendaTemplateItem = { title: string; notes: string };

export interface InteractionTable {
  workspaceId: string;
  id: string;
  kind: InteractionKind;
  isMeeting: boolean;
  occurredAt: Timestamp;
  timeZone: string;
  durationMinutes: number | null;
  direction: Direction | null;
  subject: string;
  /** Where it takes place: an address or a video link ('' when not given). */
  location: Generated<string>;
  /** Sanitised HTML (rich-text.ts) and its plain text, for search. */
  notesHtml: string;
  notesText: string;
  minutesHtml: string;
  minutesText: string;
  /** foldText of subject, notes and minutes: what the search box matches (interactions' search.ts). */
  searchText: string;
  sentiment: Sentiment | null;
  seriesId: string | null;
  /** The scheduled start of a series occurrence, kept when the occurrence is moved. */
  occurrenceStart: Date | null;
  /** Planned for later: not a contact yet; a job recomputes last contact once its time has come. */
  contactPending: Generated<boolean>;
  /** The CSV import that created it (undo trashes exactly these). */
  importId: ColumnType<string | null, string | null | undefined, string | null>;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  deletedAt: Date | null;
  version: Generated<number>;
  /**
   * New-prospect work (no live relationship past Formation concerned) when its links were written; retention balance
   * counts it.
   */
  prospectWork: Generated<boolean>;
}

/**
 * interaction_partner, interaction_person, interaction_relationship: links with copies of the interaction's time,
 * meeting flag and trash state.
 */
type InteractionLink<K extends string> = {
  workspaceId: string;
  interactionId: string;
  occurredAt: Timestamp;
  isMeeting: boolean;
  interactionDeleted: Generated<boolean>;
} & Record<K, string>;

export type InteractionPartnerTable = InteractionLink<'partnerId'>;
export type InteractionPersonTable = InteractionLink<'personId'>;
export type InteractionRelationshipTable = InteractionLink<'relationshipId'>;

export interface InteractionMemberTable {
  workspaceId: string;
  interactionId: string;
  userId: string;
  position: number;
}

export interface MeetingAgendaItemTable {
  workspaceId: string;
  id: string;
  interactionId: string;
  position: number;
  title: string;
  notes: string;
}

export interface MeetingDecisionTable {
  workspaceId: string;
  id: string;
  interactionId: string;
  position: number;
  text: string;
}

export interface TaskTable {
  workspaceId: string;
  id: string;
  title: string;
  notes: string;
  /** foldText of title and notes: what the search box matches (tasks' search.ts). */
  searchText: string;
  ownerId: string | null;
  dueOn: DateColumn | null;
  status: TaskStatus;
  completedAt: Date | null;
  completedBy: string | null;
  interactionId: string | null;
  relationshipId: string | null;
  partnerId: string | null;
  /** Where the task sits on a timeline: its due date, else its creation. */
  timelineAt: Timestamp;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  deletedAt: Date | null;
  version: Generated<number>;
}

export interface InteractionAttachmentTable {
  workspaceId: string;
  id: string;
  interactionId: string;
  filename: string;
  /** The checked type (attachment-types.ts), never the one the client declared unchecked. */
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdBy: string | null;
  createdAt: CreatedAt;
  deletedAt: Date | null;
}

/** A user's private calendar feed: only the token's hash is stored. */
export interface CalendarFeedTable {
  userId: string;
  tokenHash: string;
  tokenHint: string;
  /** When the current token was made (a rotation resets it). */
  createdAt: Timestamp;
  lastUsedAt: Date | null;
}

export interface MeetingSeriesTable {
  workspaceId: string;
  id: string;
  recurrence: Recurrence;
  recurrenceInterval: number;
  startsAt: Timestamp;
  timeZone: string;
  durationMinutes: number | null;
  untilOn: DateColumn | null;
  occurrenceCount: number | null;
  kind: InteractionKind;
  subject: string;
  /** The occurrences' place: an address or a video link ('' when not given). */
  location: Generated<string>;
  agenda: Json<AgendaTemplateItem[]>;
  memberIds: string[];
  partnerIds: string[];
  relationshipIds: string[];
  personIds: string[];
  /** Occurrences up to this instant exist; the materialiser carries it towards its horizon. */
  materializedUntil: Timestamp;
  stoppedAt: Date | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
  version: Generated<number>;
}

export interface Database {
  partner: PartnerTable;
  partnerContact: PartnerContactTable;
  tag: TagTable;
  partnerTag: PartnerTagTable;
  affiliation: AffiliationTable;
  savedView: SavedViewTable;
  importJob: ImportJobTable;
  relationship: RelationshipTable;
  relationshipTeamMember: RelationshipTeamMemberTable;
  stageChange: StageChangeTable;
  valueAssessment: ValueAssessmentTable;
  relationshipTierSetting: RelationshipTierSettingTable;
  stageChecklistItem: StageChecklistItemTable;
  relationshipChecklistCheck: RelationshipChecklistCheckTable;
  interaction: InteractionTable;
  interactionPartner: InteractionPartnerTable;
  interactionPerson: InteractionPersonTable;
  interactionRelationship: InteractionRelationshipTable;
  interactionMember: InteractionMemberTable;
  meetingAgendaItem: MeetingAgendaItemTable;
  meetingDecision: MeetingDecisionTable;
  task: TaskTable;
  meetingSeries: MeetingSeriesTable;
  interactionAttachment: InteractionAttachmentTable;
  calendarFeed: CalendarFeedTable;
  contactSnooze: ContactSnoozeTable;
  relationshipHealth: RelationshipHealthTable;
  relationshipHealthDetail: RelationshipHealthDetailTable;
  job: JobTable;
  notification: NotificationTable;
  notificationPreference: NotificationPreferenceTable;
  serverSecret: ServerSecretTable;
  appUser: AppUserTable;
  workspace: WorkspaceTable;
  membership: MembershipTable;
  invitation: InvitationTable;
  userSession: UserSessionTable;
  passwordReset: PasswordResetTable;
  signInFailure: SignInFailureTable;
  emailMessage: EmailMessageTable;
  auditLog: AuditLogTable;
}

export type AppUser = Selectable<AppUserTable>;
export type Membership = Selectable<MembershipTable>;
export type Invitation = Selectable<InvitationTable>;
export type UserSession = Selectable<UserSessionTable>;

/** A table's row as read: repository row types pick their columns from here instead of repeating them. */
export type Row<T extends keyof Database> = Selectable<Database[T]>;
