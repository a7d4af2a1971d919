/**
 * What the OpenAPI document says about each operation beyond its zod schemas, in one table keyed by
 * `METHOD /path` (below /api/v1, path parameters in braces). The rest is derived (openapi.ts): 400 when
 * there is input, 401/403 from the access, 404 when the path names something, 413/415 with a body.
 * A route missing here fails the document build, so a new route cannot go undocumented.
 */

/** Who may call: a session (the default), anyone, or anyone with a session optional (then CSRF applies). */
export type Access = 'session' | 'public' | 'optional' | 'token';

/** Answers that the defaults do not imply; each maps to a response in components/responses. */
export type ExtraError = 'unauthorized' | 'forbidden' | 'notFound' | 'conflict' | 'lastOwner' | 'rateLimited';

/** The success answer, for routes whose schema declares none (no body, or not JSON). */
export type Success = {
  status: 200 | 202 | 204;
  description: string;
  /** Media types of a body that is not JSON; binary ones say so. */
  content?: Record<string, 'text' | 'binary'>;
};

export type Operation = {
  id: string;
  access?: Access;
  success?: Success;
  errors?: ExtraError[];
  /**
   * The version a write is based on (412 stale_version when it is old): `ifMatch` takes the If-Match
   * header or a `version` field, `body` the field only.
   */
  version?: 'ifMatch' | 'body';
  /**
   * Zod schemas of this route to publish as named components: component name → where it sits in the
   * route schema (`200`, `200.items.*`, `body`). Request bodies get the suffix Input (CreatePartnerInput).
   */
  components?: Record<string, string>;
};

const noContent = (description: string): Success => ({ status: 204, description });
const deleted = noContent('Moved to the trash (restorable)');
const removed = noContent('Removed');
const calendar: Success = {
  status: 200,
  description: 'An iCalendar (RFC 5545) document',
  content: { 'text/calendar': 'text' },
};

export const OPERATIONS: Record<string, Operation> = {
  // Platform: status, setup, sign-in, the account
  'GET /health': { id: 'getHealth', access: 'public' },
  'GET /setup': { id: 'getSetupStatus', access: 'public' },
  'POST /setup': { id: 'runSetup', access: 'optional', errors: ['conflict'] },
  'POST /auth/sign-in': {
    id: 'signIn',
    access: 'optional',
    errors: ['unauthorized', 'rateLimited'],
    components: { Session: '200' },
  },
  'POST /auth/sign-out': { id: 'signOut', access: 'optional', success: noContent('Signed out; the cookie is cleared') },
  'POST /auth/password-reset': {
    id: 'requestPasswordReset',
    access: 'optional',
    success: { status: 202, description: 'Accepted, whether or not the account exists' },
  },
  'POST /auth/password-reset/confirm': {
    id: 'confirmPasswordReset',
    access: 'optional',
    success: noContent('Password set; every session of the account has ended'),
  },
  'GET /me': { id: 'getMe' },
  'PATCH /me': { id: 'updateMe', components: { User: '200' } },
  'PUT /me/current-workspace': {
    id: 'setCurrentWorkspace',
    errors: ['notFound'],
    success: noContent('The workspace the app opens in is set'),
  },
  'POST /workspaces': { id: 'createWorkspace', components: { WorkspaceSummary: '201' } },
  'GET /w/{workspaceId}': { id: 'getWorkspace', components: { Workspace: '200' } },
  'PATCH /w/{workspaceId}': { id: 'updateWorkspace', version: 'body' },

  // Members, invitations, audit, outbox
  'GET /w/{workspaceId}/members': { id: 'listMembers' },
  'PATCH /w/{workspaceId}/members/{userId}': {
    id: 'updateMemberRole',
    version: 'ifMatch',
    errors: ['lastOwner'],
    components: { Member: '200' },
  },
  'DELETE /w/{workspaceId}/members/{userId}': {
    id: 'removeMember',
    version: 'ifMatch',
    errors: ['lastOwner'],
    success: removed,
  },
  'POST /w/{workspaceId}/invitations': { id: 'createInvitation', errors: ['conflict'] },
  'GET /w/{workspaceId}/invitations': {
    id: 'listInvitations',
    errors: ['forbidden'],
    components: { Invitation: '200.items.*' },
  },
  'DELETE /w/{workspaceId}/invitations/{invitationId}': { id: 'revokeInvitation', success: noContent('Revoked') },
  'GET /invitations/{token}': { id: 'previewInvitation', access: 'public' },
  'POST /invitations/{token}/accept': {
    id: 'acceptInvitation',
    access: 'optional',
    errors: ['unauthorized', 'rateLimited'],
  },
  'GET /w/{workspaceId}/audit-log': {
    id: 'listAuditLog',
    errors: ['forbidden'],
    components: { AuditEntry: '200.items.*' },
  },
  'GET /w/{workspaceId}/outbox': { id: 'listOutbox', errors: ['forbidden'] },
  'POST /w/{workspaceId}/outbox/{emailId}/retry': {
    id: 'retryOutboxEmail',
    errors: ['conflict'],
    components: { OutboxEmail: '200' },
  },

  // Directory: partners, contacts, tags, views, imports, exports (and the search box, which spans every area)
  'GET /w/{workspaceId}/partners': { id: 'listPartners', components: { PartnerSummary: '200.items.*' } },
  'POST /w/{workspaceId}/partners': {
    id: 'createPartner',
    errors: ['conflict'],
    components: { CreatePartner: 'body' },
  },
  'POST /w/{workspaceId}/partners/check-duplicates': {
    id: 'checkPartnerDuplicates',
    components: { PartnerDuplicate: '200.duplicates.*' },
  },
  'GET /w/{workspaceId}/partners/{partnerId}': { id: 'getPartner', components: { Partner: '200' } },
  'PATCH /w/{workspaceId}/partners/{partnerId}': {
    id: 'updatePartner',
    version: 'ifMatch',
    components: { UpdatePartner: 'body' },
  },
  'DELETE /w/{workspaceId}/partners/{partnerId}': { id: 'deletePartner', version: 'ifMatch', success: deleted },
  'POST /w/{workspaceId}/partners/{partnerId}/restore': { id: 'restorePartner' },
  'POST /w/{workspaceId}/partners/merge': { id: 'mergePartners' },
  'POST /w/{workspaceId}/partners/bulk': { id: 'bulkUpdatePartners' },
  'GET /w/{workspaceId}/partners/{partnerId}/contacts': {
    id: 'listPartnerContacts',
    components: { Contact: '200.items.*' },
  },
  'POST /w/{workspaceId}/partners/{partnerId}/contacts': { id: 'addPartnerContact', version: 'ifMatch' },
  'DELETE /w/{workspaceId}/partners/{partnerId}/contacts/{contactId}': {
    id: 'deletePartnerContact',
    version: 'ifMatch',
    success: removed,
  },
  'GET /w/{workspaceId}/tags': { id: 'listTags', components: { Tag: '200.items.*' } },
  'POST /w/{workspaceId}/tags': { id: 'createTag', errors: ['conflict'] },
  'PATCH /w/{workspaceId}/tags/{tagId}': { id: 'updateTag', version: 'ifMatch', errors: ['conflict'] },
  'DELETE /w/{workspaceId}/tags/{tagId}': { id: 'deleteTag', success: removed },
  'GET /w/{workspaceId}/saved-views': { id: 'listSavedViews', components: { SavedView: '200.items.*' } },
  'POST /w/{workspaceId}/saved-views': { id: 'createSavedView' },
  'DELETE /w/{workspaceId}/saved-views/{viewId}': { id: 'deleteSavedView', success: removed },
  'GET /w/{workspaceId}/search': { id: 'searchWorkspace', components: { SearchResult: '200.items.*' } },
  'POST /w/{workspaceId}/imports': { id: 'uploadImport', components: { ImportUpload: '201' } },
  'GET /w/{workspaceId}/imports': { id: 'listImports' },
  'GET /w/{workspaceId}/imports/{importId}/preview': { id: 'previewImport', errors: ['conflict'] },
  'POST /w/{workspaceId}/imports/{importId}/start': { id: 'startImport', errors: ['conflict'] },
  'GET /w/{workspaceId}/imports/{importId}': { id: 'getImport', components: { Import: '200' } },
  'POST /w/{workspaceId}/imports/{importId}/undo': { id: 'undoImport', errors: ['conflict'] },
  'GET /w/{workspaceId}/exports/partners.csv': {
    id: 'exportPartnersCsv',
    success: { status: 200, description: 'CSV with a UTF-8 BOM, as a download', content: { 'text/csv': 'text' } },
  },
  'GET /w/{workspaceId}/exports/partners.vcf': {
    id: 'exportPartnersVcard',
    success: { status: 200, description: 'vCard 4.0, as a download', content: { 'text/vcard': 'text' } },
  },

  // Relationships
  'GET /w/{workspaceId}/relationships': { id: 'listRelationships' },
  'POST /w/{workspaceId}/relationships': {
    id: 'createRelationship',
    components: { Relationship: '201', CreateRelationship: 'body' },
  },
  'GET /w/{workspaceId}/relationships/board': { id: 'getRelationshipBoard', components: { RelationshipBoard: '200' } },
  'GET /w/{workspaceId}/relationships/analytics': {
    id: 'getRelationshipAnalytics',
    components: { RelationshipAnalytics: '200' },
  },
  'GET /w/{workspaceId}/relationships/{relationshipId}': { id: 'getRelationship' },
  'PATCH /w/{workspaceId}/relationships/{relationshipId}': {
    id: 'updateRelationship',
    version: 'ifMatch',
    components: { UpdateRelationship: 'body' },
  },
  'DELETE /w/{workspaceId}/relationships/{relationshipId}': {
    id: 'deleteRelationship',
    version: 'ifMatch',
    success: deleted,
  },
  'POST /w/{workspaceId}/relationships/{relationshipId}/restore': { id: 'restoreRelationship' },
  'GET /w/{workspaceId}/partners/{partnerId}/relationships': { id: 'listPartnerRelationships' },
  'POST /w/{workspaceId}/relationships/{relationshipId}/stage': {
    id: 'moveRelationshipStage',
    version: 'ifMatch',
    errors: ['conflict'],
  },
  'GET /w/{workspaceId}/relationships/{relationshipId}/stage-history': {
    id: 'getRelationshipStageHistory',
    components: { StageChange: '200.items.*' },
  },
  'PUT /w/{workspaceId}/relationships/{relationshipId}/checklist/{itemId}': {
    id: 'setChecklistItem',
    components: { ChecklistItem: '200.checklist.*' },
  },
  'POST /w/{workspaceId}/relationships/{relationshipId}/value-assessments': {
    id: 'createValueAssessment',
    components: { ValueAssessment: '201' },
  },
  'GET /w/{workspaceId}/relationships/{relationshipId}/value-assessments': { id: 'listValueAssessments' },
  'GET /w/{workspaceId}/relationship-settings': {
    id: 'getRelationshipSettings',
    components: { RelationshipSettings: '200' },
  },
  'PUT /w/{workspaceId}/relationship-settings/tiers': { id: 'updateTierSettings' },
  'PUT /w/{workspaceId}/relationship-settings/checklists/{stage}': { id: 'updateStageChecklist' },

  // Activity: interactions, attachments, calendar, series, timeline, tasks
  'GET /w/{workspaceId}/interactions': { id: 'listInteractions' },
  'POST /w/{workspaceId}/interactions': {
    id: 'createInteraction',
    components: { Interaction: '201', CreateInteraction: 'body' },
  },
  'POST /w/{workspaceId}/interactions/batch': { id: 'createInteractionBatch' },
  'GET /w/{workspaceId}/interactions/{interactionId}': { id: 'getInteraction' },
  'PATCH /w/{workspaceId}/interactions/{interactionId}': {
    id: 'updateInteraction',
    version: 'ifMatch',
    components: { UpdateInteraction: 'body' },
  },
  'DELETE /w/{workspaceId}/interactions/{interactionId}': {
    id: 'deleteInteraction',
    version: 'ifMatch',
    success: deleted,
  },
  'POST /w/{workspaceId}/interactions/{interactionId}/restore': { id: 'restoreInteraction' },
  'GET /w/{workspaceId}/interactions/{interactionId}/attachments': {
    id: 'listAttachments',
    components: { Attachment: '200.items.*' },
  },
  'POST /w/{workspaceId}/interactions/{interactionId}/attachments': { id: 'uploadAttachment', errors: ['conflict'] },
  'GET /w/{workspaceId}/interactions/{interactionId}/attachments/{attachmentId}': {
    id: 'downloadAttachment',
    success: {
      status: 200,
      description: 'The file, with the type checked at upload and Content-Disposition: attachment',
      content: { '*/*': 'binary' },
    },
  },
  'DELETE /w/{workspaceId}/interactions/{interactionId}/attachments/{attachmentId}': {
    id: 'deleteAttachment',
    success: deleted,
  },
  'POST /w/{workspaceId}/interactions/{interactionId}/attachments/{attachmentId}/restore': {
    id: 'restoreAttachment',
  },
  'GET /me/calendar-feed': { id: 'getCalendarFeed', components: { CalendarFeed: '200' } },
  'POST /me/calendar-feed': { id: 'createCalendarFeed' },
  'DELETE /me/calendar-feed': { id: 'revokeCalendarFeed', success: noContent('Revoked') },
  'GET /calendar/{token}.ics': { id: 'getCalendarFeedIcs', access: 'token', success: calendar },
  'GET /w/{workspaceId}/interactions/{interactionId}.ics': { id: 'getInteractionIcs', success: calendar },
  'GET /w/{workspaceId}/meeting-series': { id: 'listMeetingSeries' },
  'POST /w/{workspaceId}/meeting-series': { id: 'createMeetingSeries', components: { MeetingSeries: '201' } },
  'GET /w/{workspaceId}/meeting-series/{seriesId}': { id: 'getMeetingSeries' },
  'PATCH /w/{workspaceId}/meeting-series/{seriesId}': {
    id: 'updateMeetingSeries',
    version: 'ifMatch',
    errors: ['conflict'],
  },
  'POST /w/{workspaceId}/meeting-series/{seriesId}/stop': {
    id: 'stopMeetingSeries',
    version: 'ifMatch',
    errors: ['conflict'],
  },
  'GET /w/{workspaceId}/partners/{partnerId}/timeline': {
    id: 'getPartnerTimeline',
    components: { TimelineItem: '200.items.*' },
  },
  'GET /w/{workspaceId}/relationships/{relationshipId}/timeline': { id: 'getRelationshipTimeline' },
  'GET /w/{workspaceId}/tasks': { id: 'listTasks' },
  'POST /w/{workspaceId}/tasks': { id: 'createTask', components: { Task: '201', CreateTask: 'body' } },
  'GET /w/{workspaceId}/tasks/{taskId}': { id: 'getTask' },
  'PATCH /w/{workspaceId}/tasks/{taskId}': { id: 'updateTask', version: 'ifMatch', components: { UpdateTask: 'body' } },
  'DELETE /w/{workspaceId}/tasks/{taskId}': { id: 'deleteTask', version: 'ifMatch', success: deleted },
  'POST /w/{workspaceId}/tasks/{taskId}/restore': { id: 'restoreTask' },

  // Derived: reminders, notifications, keep in touch, health, retention
  'GET /w/{workspaceId}/me/reminders': { id: 'getReminderChoices' },
  'PUT /w/{workspaceId}/me/reminders': { id: 'setReminderChoices' },
  'GET /w/{workspaceId}/notifications': { id: 'listNotifications', components: { Notification: '200.items.*' } },
  'GET /w/{workspaceId}/notifications/unread-count': { id: 'getUnreadNotificationCount' },
  'POST /w/{workspaceId}/notifications/{notificationId}/read': {
    id: 'markNotificationRead',
    success: noContent('Marked read'),
  },
  'POST /w/{workspaceId}/notifications/read-all': {
    id: 'markAllNotificationsRead',
    success: noContent('All marked read'),
  },
  'GET /unsubscribe': { id: 'describeUnsubscribe', access: 'token' },
  'POST /unsubscribe': { id: 'unsubscribe', access: 'token' },
  'GET /w/{workspaceId}/keep-in-touch': { id: 'getKeepInTouch', components: { KeepInTouchItem: '200.items.*' } },
  'POST /w/{workspaceId}/relationships/{relationshipId}/snooze': {
    id: 'snoozeRelationship',
    components: { Snooze: '201' },
  },
  'DELETE /w/{workspaceId}/relationships/{relationshipId}/snooze': {
    id: 'endRelationshipSnooze',
    success: noContent('Snooze ended'),
  },
  'GET /w/{workspaceId}/relationships/{relationshipId}/snoozes': { id: 'listRelationshipSnoozes' },
  'GET /w/{workspaceId}/relationships/{relationshipId}/health': {
    id: 'getRelationshipHealth',
    components: { RelationshipHealth: '200' },
  },
  'GET /w/{workspaceId}/retention': { id: 'getRetention', components: { Retention: '200' } },
  'GET /w/{workspaceId}/settings/retention': {
    id: 'getRetentionSettings',
    components: { RetentionSettings: '200' },
  },
  'PATCH /w/{workspaceId}/settings/retention': { id: 'updateRetentionSettings' },
};

/** The operation groups (route schemas' `tags`), in the order the documentation shows them. */
export const TAGS: Record<string, string> = {
  platform: 'The server itself',
  auth: 'First setup, signing in and out, password resets',
  account: 'The signed-in user',
  workspaces: 'Workspaces the user belongs to',
  members: 'Members of a workspace and invitations',
  audit: 'Who changed what',
  email: 'Email the workspace has sent or will send',
  partners: 'Organisations and people, their contacts and tags, saved views',
  search: 'Search across the workspace',
  imports: 'CSV and vCard imports of partners and interactions',
  exports: 'The partner list as CSV or vCard',
  relationships: 'Relationships with partners: stages, tiers, value, settings',
  interactions: 'Logged contacts and meetings, their attachments and the timelines',
  calendar: 'Meetings as iCalendar: a private feed and single invitations',
  tasks: 'Tasks and action items',
  notifications: 'In-app notifications, reminder choices and email unsubscribe links',
  'keep-in-touch': 'Relationships due for contact, snoozes and health scores',
  retention: 'How many partners stay, by period',
};
