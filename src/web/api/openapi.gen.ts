/**
 * The API contract as TypeScript types: generated from the server's OpenAPI document by
 * `npm run contract` (scripts/openapi.ts). Do not edit; a test fails when it is stale.
 */
export interface paths {
  '/api/v1/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a single-use reset link valid for one hour; 202 whether or not the account exists */
    post: operations['requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with a reset token; ends every session of the account */
    post: operations['confirmPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in; 401 invalid_credentials, 429 rate_limited after 5 failures in 15 minutes for the account from this address, or 100 from this address */
    post: operations['signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the current session */
    post: operations['signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{token}.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A private iCalendar feed (no session: the token is the key): the meetings you take part in, across your workspaces, a year back and everything ahead */
    get: operations['getCalendarFeedIcs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database reachability (503 when the database does not answer) */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an invitation link offers; 404 invitation_invalid when used, revoked or expired */
    get: operations['previewInvitation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{token}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: creates the account if needed (name, password) and signs in */
    post: operations['acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, their workspaces and the CSRF token */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change your name, language, time zone or colour scheme */
    patch: operations['updateMe'];
    trace?: never;
  };
  '/api/v1/me/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether you have a private calendar feed, since when and when it was last read (the address itself is shown only when made) */
    get: operations['getCalendarFeed'];
    put?: never;
    /** Make your private iCalendar feed address, or a new one that replaces it (the old one stops working) */
    post: operations['createCalendarFeed'];
    /** Revoke your calendar feed: its address answers 404 from now on */
    delete: operations['revokeCalendarFeed'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/current-workspace': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Switch the workspace the app opens in */
    put: operations['setCurrentWorkspace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the first workspace still has to be created */
    get: operations['getSetupStatus'];
    put?: never;
    /** Create the first workspace and its owner, and sign in (409 setup_done once any user exists) */
    post: operations['runSetup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an unsubscribe link turns off (no session; the token is the authority); 400 invalid_token */
    get: operations['describeUnsubscribe'];
    put?: never;
    /** Turn email off for the link’s reminder kind (RFC 8058 one-click; form or JSON body, or none) */
    post: operations['unsubscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A workspace you belong to */
    get: operations['getWorkspace'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename a workspace (owner or admin); 412 when version is stale */
    patch: operations['updateWorkspace'];
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change in the workspace, newest first, with the names it mentions (owner/admin) */
    get: operations['listAuditLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/exports/partners.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole filtered partner list (same filters as GET /partners) as CSV with a UTF-8 BOM; re-importable */
    get: operations['exportPartnersCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/exports/partners.vcf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole filtered partner list (same filters as GET /partners) as vCard 4.0, one card per partner */
    get: operations['exportPartnersVcard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Imports, newest first */
    get: operations['listImports'];
    put?: never;
    /** Upload a CSV (comma, semicolon or tab; UTF-8, UTF-16 with a BOM, or a Windows/KOI8 code page, detected or ?encoding=) or vCard file as the raw body (text/csv, text/vcard; up to 50 MiB); ?target=interactions for a CSV of past interactions; answers how it was read, columns, a preview, what its dates say and a suggested mapping */
    post: operations['uploadImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/imports/{importId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import: status, progress counters and row errors (line, field, rule) */
    get: operations['getImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/imports/{importId}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The upload answer again for an import not yet started, the file read in ?encoding= (one of its `encodings`); nothing is stored */
    get: operations['previewImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/imports/{importId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start an uploaded import with a column mapping (default: the suggested one), the encoding chosen and, when the file leaves it open, the order of its dates (dateOrder); runs in the background, poll GET for progress */
    post: operations['startImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/imports/{importId}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Undo a finished import: every partner (or interaction) it created goes to the trash; 409 when running or already undone */
    post: operations['undoImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/interactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Interactions newest first, keyset-paginated; filters partner (as partner or participant), relationship (it or its partner), member, kind, meeting, series, from/to */
    get: operations['listInteractions'];
    put?: never;
    /** Log an interaction or plan a meeting (agenda, minutes, decisions, action items); notes and minutes are sanitised HTML; updates last contact */
    post: operations['createInteraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/interactions/{interactionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An interaction with its participants, agenda, decisions and action items */
    get: operations['getInteraction'];
    put?: never;
    post?: never;
    /** Move an interaction and its action items to the trash (If-Match: version); restorable */
    delete: operations['deleteInteraction'];
    options?: never;
    head?: never;
    /** Edit an interaction (version or If-Match); lists given replace the stored ones; 412 stale_version carries the current one */
    patch: operations['updateInteraction'];
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/interactions/{interactionId}.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One meeting as an .ics invitation (METHOD:REQUEST with organizer and attendees) to send or import */
    get: operations['getInteractionIcs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/interactions/{interactionId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An interaction's attachments, oldest first (deleted=true: its trashed ones) */
    get: operations['listAttachments'];
    put?: never;
    /** Attach a file: the raw bytes as the body, Content-Type as the browser gives it, ?filename=. Up to ATTACHMENT_MAX_BYTES (413 payload_too_large); the type is checked from the bytes against: application/pdf, image/png, image/jpeg, image/gif, image/webp, image/heic, image/heif, text/plain, text/csv, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/vnd.openxmlformats-officedocument.presentationml.presentation, application/vnd.oasis.opendocument.text, application/vnd.oasis.opendocument.spreadsheet, application/vnd.oasis.opendocument.presentation (415 unsupported_media_type, rule forbidden_type or type_mismatch) */
    post: operations['uploadAttachment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/interactions/{interactionId}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an attachment: Content-Disposition attachment (filename*), its checked type, nosniff */
    get: operations['downloadAttachment'];
    put?: never;
    post?: never;
    /** Move an attachment to the trash (restorable for 30 days, then the file is removed) */
    delete: operations['deleteAttachment'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/interactions/{interactionId}/attachments/{attachmentId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring an attachment back from the trash */
    post: operations['restoreAttachment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/interactions/{interactionId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring an interaction and its action items back from the trash */
    post: operations['restoreInteraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/interactions/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Batch logging after an event: one interaction (default kind event_encounter) per person in personIds and per partner in partnerIds, all or nothing; errors name personIds.N / partnerIds.N */
    post: operations['createInteractionBatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations of the workspace, newest first (owner/admin) */
    get: operations['listInvitations'];
    put?: never;
    /** Invite someone by email (owner/admin); the link is returned and emailed */
    post: operations['createInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a pending invitation (owner/admin) */
    delete: operations['revokeInvitation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/keep-in-touch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Active relationships overdue or due within 7 days and not snoozed, most urgent first ((overdue days + 7) × tier weight); scope=team for owners and admins */
    get: operations['getKeepInTouch'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/me/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller’s reminder choices in this workspace, every kind (defaults filled in) */
    get: operations['getReminderChoices'];
    /** Choose how each reminder kind arrives (by email, in the app); kinds left out keep their choice */
    put: operations['setReminderChoices'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/meeting-series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recurring meetings, newest first, keyset-paginated; filters partner, relationship, stopped */
    get: operations['listMeetingSeries'];
    put?: never;
    /** Create a recurring meeting (weekly, monthly or quarterly, every n); its occurrences for the next 90 days are created at once, later ones on schedule */
    post: operations['createMeetingSeries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/meeting-series/{seriesId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A recurring meeting with its next scheduled starts */
    get: operations['getMeetingSeries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a running series (version or If-Match); upcoming occurrences nobody edited follow the new schedule and template; 409 once stopped */
    patch: operations['updateMeetingSeries'];
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/meeting-series/{seriesId}/stop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stop a series (version or If-Match): no further occurrences; upcoming ones go to the trash */
    post: operations['stopMeetingSeries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members of the workspace, oldest first */
    get: operations['listMembers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member (If-Match: version); members may remove themselves */
    delete: operations['removeMember'];
    options?: never;
    head?: never;
    /** Change a member's role (owner/admin; only an owner touches owners); 412 stale_version, 422 last_owner */
    patch: operations['updateMemberRole'];
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller’s notifications, newest first; unread=true for the unread ones */
    get: operations['listNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/notifications/{notificationId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of the caller’s notifications read */
    post: operations['markNotificationRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all of the caller’s notifications in this workspace read */
    post: operations['markAllNotificationsRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of the caller’s notifications are unread */
    get: operations['getUnreadNotificationCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Email the workspace sent or queued, newest first (owner/admin); status filters; without SMTP_URL this is where email stays */
    get: operations['listOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/outbox/{emailId}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a failed message again (owner/admin) and try it at once; 409 conflict unless it failed */
    post: operations['retryOutboxEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Partners, filtered and sorted, keyset-paginated; with q, best matches first (case, diacritics, letter variants and small typos ignored) */
    get: operations['listPartners'];
    put?: never;
    /** Create a partner; 409 duplicate lists look-alikes unless ignoreDuplicates is true */
    post: operations['createPartner'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/partners/{partnerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A partner with contacts, tags and affiliations */
    get: operations['getPartner'];
    put?: never;
    post?: never;
    /** Move a partner to the trash (If-Match: version); restorable */
    delete: operations['deletePartner'];
    options?: never;
    head?: never;
    /** Edit a partner (version or If-Match); lists given replace the stored ones; 412 stale_version carries the current partner */
    patch: operations['updatePartner'];
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/partners/{partnerId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A partner's contact channels */
    get: operations['listPartnerContacts'];
    put?: never;
    /** Add a contact channel (version or If-Match of the partner) */
    post: operations['addPartnerContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/partners/{partnerId}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a contact channel (If-Match: version of the partner) */
    delete: operations['deletePartnerContact'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/partners/{partnerId}/relationships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A partner's relationships that are not in the trash, oldest first */
    get: operations['listPartnerRelationships'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/partners/{partnerId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring a partner back from the trash */
    post: operations['restorePartner'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/partners/{partnerId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A partner's timeline, newest first, keyset-paginated: interactions and meetings (as partner or participant), its tasks, its relationships' stage changes and value assessments; filters kind (several) and member */
    get: operations['getPartnerTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/partners/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** One action on a selection: add_tag, remove_tag, set_owner (ownerId null clears), delete, restore */
    post: operations['bulkUpdatePartners'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/partners/check-duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Partners that look like the one being typed (same email, phone, website domain or name) */
    post: operations['checkPartnerDuplicates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/partners/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge partners into a survivor: contacts, tags, people and profile gaps move to it; the others go to the trash */
    post: operations['mergePartners'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationship-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each tier's cadence and each stage's checklist */
    get: operations['getRelationshipSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationship-settings/checklists/{stage}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace a stage's checklist (owners and admins): items in order; an id keeps the item and its ticks; items left out are removed */
    put: operations['updateStageChecklist'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationship-settings/tiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set tier cadences (owners and admins; null restores the default); moves the next contact date of relationships without a cadence of their own */
    put: operations['updateTierSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Relationships, filtered and sorted, keyset-paginated; a relationship whose partner is in the trash is not listed */
    get: operations['listRelationships'];
    put?: never;
    /** Start a relationship with a partner; writes the initial stage-history row */
    post: operations['createRelationship'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/{relationshipId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A relationship with the checklist of its current stage */
    get: operations['getRelationship'];
    put?: never;
    post?: never;
    /** Move a relationship to the trash (If-Match: version); restorable */
    delete: operations['deleteRelationship'];
    options?: never;
    head?: never;
    /** Edit a relationship (version or If-Match; not its stage); a team given replaces the stored one; 412 stale_version carries the current one */
    patch: operations['updateRelationship'];
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/{relationshipId}/checklist/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Tick or untick an item of the current stage's checklist; the relationship's version does not change */
    put: operations['setChecklistItem'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/{relationshipId}/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The health score (0–100), each component's points and contribution with the facts behind it, and the last 90 days' trend */
    get: operations['getRelationshipHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/{relationshipId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring a relationship back from the trash */
    post: operations['restoreRelationship'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/{relationshipId}/snooze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Snooze until a date (after today, at most 365 days ahead: rules date_not_future, date_too_far); ends the live snooze */
    post: operations['snoozeRelationship'];
    /** End the live snooze early (404 when none is live) */
    delete: operations['endRelationshipSnooze'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/{relationshipId}/snoozes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every snooze of a relationship, newest first */
    get: operations['listRelationshipSnoozes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/{relationshipId}/stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move to another stage (version or If-Match). Forward with open checklist items: 409 checklist_incomplete with openItems unless confirmSkipped; backward: reason required */
    post: operations['moveRelationshipStage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/{relationshipId}/stage-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stage changes, newest first (creation is the initial one) */
    get: operations['getRelationshipStageHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/{relationshipId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A relationship's timeline, newest first, keyset-paginated: interactions and tasks naming it or its partner, its stage changes and value assessments; filters kind (several) and member */
    get: operations['getRelationshipTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/{relationshipId}/value-assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Value assessments, newest first */
    get: operations['listValueAssessments'];
    put?: never;
    /** Assess the value both ways (1–5); the newest assessment is the relationship’s value */
    post: operations['createValueAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/analytics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per stage: relationships in it now, median stay, how many were in it and moved on during a period (default: the last 90 days) */
    get: operations['getRelationshipAnalytics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/relationships/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The board: a column per stage or tier with its count and first cards in partner-name order */
    get: operations['getRelationshipBoard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/retention': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How the team's interactions of a period (default: the last 30 days) split between existing relationships and new prospects */
    get: operations['getRetention'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/saved-views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My saved views of the partner list */
    get: operations['listSavedViews'];
    put?: never;
    /** Save the current filters and sort under a name */
    post: operations['createSavedView'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/saved-views/{viewId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete one of my saved views */
    delete: operations['deleteSavedView'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search partners and people (name, email, phone, tag, profile text), relationships (partner name, purpose), interactions (subject, notes, minutes) and tasks (title, notes): up to `limit` of each kind, best first */
    get: operations['searchWorkspace'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/settings/retention': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The lowest share of new-prospect work (percent) before the card warns */
    get: operations['getRetentionSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Set the threshold, 0–100 (owners and admins) */
    patch: operations['updateRetentionSettings'];
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tags of the workspace */
    get: operations['listTags'];
    put?: never;
    /** Create a tag; 409 when the name is taken */
    post: operations['createTag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/tags/{tagId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a tag and take it off every partner */
    delete: operations['deleteTag'];
    options?: never;
    head?: never;
    /** Rename or recolour a tag (version or If-Match) */
    patch: operations['updateTag'];
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tasks in due order (undated last), keyset-paginated; mine=true for My tasks, due=overdue|today|week in the caller’s time zone */
    get: operations['listTasks'];
    put?: never;
    /** Create a task (owner: the caller unless given); linked to an interaction it is one of its action items */
    post: operations['createTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/tasks/{taskId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A task */
    get: operations['getTask'];
    put?: never;
    post?: never;
    /** Move a task to the trash (If-Match: version); restorable */
    delete: operations['deleteTask'];
    options?: never;
    head?: never;
    /** Edit a task (version or If-Match); status done completes it, open reopens it; 412 stale_version carries the current task */
    patch: operations['updateTask'];
    trace?: never;
  };
  '/api/v1/w/{workspaceId}/tasks/{taskId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring a task back from the trash */
    post: operations['restoreTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create another workspace with you as its owner */
    post: operations['createWorkspace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Attachment: {
      contentType: string;
      createdAt: string;
      createdBy: {
        id: string;
        name: string;
      } | null;
      deletedAt: string | null;
      filename: string;
      id: string;
      interactionId: string;
      sha256: string;
      sizeBytes: number;
      url: string;
    };
    AuditEntry: {
      action: string;
      actor: {
        id: string;
        name: string;
      } | null;
      at: string;
      changes: {
        [key: string]: {
          after: unknown;
          before: unknown;
        };
      };
      entityId: string;
      /** @description The record's current or last known name; null once it is purged */
      entityName: string | null;
      entityType: string;
      id: string;
      /** @description Names of the ids the changes mention (members, partners, tags, checklist items…), by id */
      names: {
        [key: string]: string;
      };
    };
    CalendarFeed: {
      active: boolean;
      createdAt: string | null;
      lastUsedAt: string | null;
      url: string | null;
      urlHint: string | null;
    };
    ChecklistItem: {
      done: boolean;
      doneAt: string | null;
      doneBy: {
        id: string;
        name: string;
      } | null;
      id: string;
      key: string | null;
      label: string | null;
    };
    Contact: {
      /** @enum {string} */
      channel: 'email' | 'phone' | 'address' | 'website' | 'messenger';
      id: string;
      label: string;
      value: string;
    };
    CreateInteractionInput: {
      actionItems?: {
        dueOn?: string | null;
        notes?: string;
        /** Format: uuid */
        ownerId?: string;
        title: string;
      }[];
      agenda?: {
        /** Format: uuid */
        id?: string;
        /** @default  */
        notes?: string;
        title: string;
      }[];
      decisions?: {
        /** Format: uuid */
        id?: string;
        text: string;
      }[];
      direction?: ('outbound' | 'inbound') | null;
      durationMinutes?: number | null;
      isMeeting?: boolean;
      /** @enum {string} */
      kind: 'email' | 'phone_call' | 'video_call' | 'meeting' | 'message' | 'event_encounter' | 'site_visit' | 'other';
      location?: string;
      memberIds?: string[];
      minutes?: string;
      notes?: string;
      /** Format: date-time */
      occurredAt?: string;
      partnerIds?: string[];
      personIds?: string[];
      relationshipIds?: string[];
      sentiment?: ('positive' | 'neutral' | 'negative') | null;
      subject?: string;
      timeZone?: string;
    };
    CreatePartnerInput: {
      affiliations?: {
        /** Format: uuid */
        partnerId: string;
        /** @default  */
        title?: string;
      }[];
      contacts?: {
        /** @enum {string} */
        channel: 'email' | 'phone' | 'address' | 'website' | 'messenger';
        /** @default  */
        label?: string;
        value: string;
      }[];
      country?: string | null;
      ignoreDuplicates?: boolean;
      /** @default [] */
      kinds?: (
        'customer' | 'supplier' | 'manufacturer' | 'it_consultant' | 'auditor' | 'training' | 'distributor' | 'other'
      )[];
      name: string;
      ownerId?: string | null;
      profile?: {
        business?: string;
        businessSituation?: string;
        customersServed?: string;
        differentiators?: string;
        howWeMet?: string;
        network?: string;
        notes?: string;
      };
      purchaseDeciders?: {
        personName: string;
        product: string;
      }[];
      tagIds?: string[];
      /** @enum {string} */
      type: 'organization' | 'person';
    };
    CreateRelationshipInput: {
      cadenceDays?: number | null;
      endedOn?: string | null;
      endReason?: string | null;
      kinds?: (
        'customer' | 'supplier' | 'manufacturer' | 'it_consultant' | 'auditor' | 'training' | 'distributor' | 'other'
      )[];
      ownerId?: string | null;
      /** Format: uuid */
      partnerId: string;
      purpose?: string;
      /**
       * @default formation
       * @enum {string}
       */
      stage?: 'formation' | 'planning' | 'engagement' | 'results' | 'realization';
      startedOn?: string | null;
      /**
       * @default active
       * @enum {string}
       */
      status?: 'active' | 'paused' | 'ended';
      team?: {
        /** @default  */
        role?: string;
        /** Format: uuid */
        userId: string;
      }[];
      /**
       * @default active
       * @enum {string}
       */
      tier?: 'inner_circle' | 'active' | 'occasional' | 'dormant';
    };
    CreateTaskInput: {
      dueOn?: string | null;
      interactionId?: string | null;
      notes?: string;
      /** Format: uuid */
      ownerId?: string;
      partnerId?: string | null;
      relationshipId?: string | null;
      /** @enum {string} */
      status?: 'open' | 'done';
      title: string;
    };
    Import: {
      createdAt: string;
      /**
       * @description How the file was read
       * @enum {string}
       */
      encoding:
        | 'utf-8'
        | 'utf-16le'
        | 'utf-16be'
        | 'windows-1252'
        | 'windows-1250'
        | 'windows-1251'
        | 'koi8-r'
        | 'windows-1258';
      errors: {
        /** @description The file's column the value came from, as its header names it */
        column?: string;
        field: string | null;
        line: number;
        message: string;
        params?: {
          [key: string]: number;
        };
        rule: string | null;
        /** @description The value refused or left out, quoted for the user */
        value?: string;
      }[];
      failed: number;
      filename: string;
      finishedAt: string | null;
      /** @enum {string} */
      format: 'csv' | 'vcard';
      id: string;
      imported: number;
      processed: number;
      rowCount: number;
      /** @enum {string} */
      status: 'uploaded' | 'running' | 'done' | 'failed' | 'undone';
      /** @enum {string} */
      target: 'partners' | 'interactions';
    };
    ImportUpload: {
      columns: string[];
      /** @description Columns holding dates like 3/4/2024, and what the file says of their order */
      dates: {
        column: string;
        /** @description For mixed: a value only month first reads */
        conflicting?: string;
        /** @description A value of the column showing it (for mixed: one read day first) */
        example: string;
        /**
         * @description day_first or month_first when a day above 12 settles it, ambiguous when not, mixed when both occur
         * @enum {string}
         */
        order: 'day_first' | 'month_first' | 'ambiguous' | 'mixed';
      }[];
      /**
       * @description How the file was read: UTF-8, UTF-16 by its BOM, or a likely code page
       * @enum {string}
       */
      encoding:
        | 'utf-8'
        | 'utf-16le'
        | 'utf-16be'
        | 'windows-1252'
        | 'windows-1250'
        | 'windows-1251'
        | 'koi8-r'
        | 'windows-1258';
      /** @description Encodings the file can be read in instead (empty for UTF-8 and UTF-16 files) */
      encodings: ('windows-1252' | 'windows-1250' | 'windows-1251' | 'koi8-r' | 'windows-1258')[];
      /** @enum {string} */
      format: 'csv' | 'vcard';
      id: string;
      preview: string[][];
      rowCount: number;
      suggestedMapping: {
        [key: string]:
          | (
              | 'name'
              | 'type'
              | 'kinds'
              | 'email'
              | 'phone'
              | 'website'
              | 'address'
              | 'messenger'
              | 'country'
              | 'tags'
              | 'organization'
              | 'title'
              | 'business'
              | 'notes'
              | 'date'
              | 'time'
              | 'kind'
              | 'partner'
              | 'subject'
              | 'duration'
              | 'direction'
              | 'end'
              | 'endTime'
            )
          | null;
      };
      /** @enum {string} */
      target: 'partners' | 'interactions';
    };
    Interaction: {
      actionItems: {
        dueOn: string | null;
        id: string;
        owner: {
          id: string;
          name: string;
        } | null;
        /** @enum {string} */
        status: 'open' | 'done';
        title: string;
        version: number;
      }[];
      agenda: {
        id: string;
        notes: string;
        title: string;
      }[];
      attachments: components['schemas']['Attachment'][];
      createdAt: string;
      createdBy: {
        id: string;
        name: string;
      } | null;
      decisions: {
        id: string;
        text: string;
      }[];
      deletedAt: string | null;
      direction: ('outbound' | 'inbound') | null;
      durationMinutes: number | null;
      id: string;
      isMeeting: boolean;
      /** @enum {string} */
      kind: 'email' | 'phone_call' | 'video_call' | 'meeting' | 'message' | 'event_encounter' | 'site_visit' | 'other';
      location: string;
      members: {
        id: string;
        name: string;
      }[];
      minutes: string;
      minutesText: string;
      notes: string;
      notesText: string;
      occurredAt: string;
      partners: {
        id: string;
        name: string;
        /** @enum {string} */
        type: 'organization' | 'person';
      }[];
      people: {
        id: string;
        name: string;
      }[];
      planned: boolean;
      relationships: {
        id: string;
        partnerId: string;
        partnerName: string;
        purpose: string;
      }[];
      sentiment: ('positive' | 'neutral' | 'negative') | null;
      seriesId: string | null;
      subject: string;
      timeZone: string;
      updatedAt: string;
      updatedBy: {
        id: string;
        name: string;
      } | null;
      version: number;
    };
    Invitation: {
      createdAt: string;
      email: string;
      expiresAt: string;
      id: string;
      invitedBy: {
        id: string;
        name: string;
      } | null;
      /** @enum {string} */
      role: 'owner' | 'admin' | 'member' | 'viewer';
      /** @enum {string} */
      status: 'pending' | 'accepted' | 'revoked' | 'expired';
    };
    KeepInTouchItem: {
      cadenceDays: number;
      healthScore: number | null;
      lastContactAt: string | null;
      nextContactDue: string;
      overdueDays: number;
      ownerId: string | null;
      ownerName: string | null;
      partnerId: string;
      partnerName: string;
      priority: number;
      purpose: string;
      relationshipId: string;
      /** @enum {string} */
      stage: 'formation' | 'planning' | 'engagement' | 'results' | 'realization';
      /** @enum {string} */
      tier: 'inner_circle' | 'active' | 'occasional' | 'dormant';
    };
    MeetingSeries: {
      agenda: {
        notes: string;
        title: string;
      }[];
      count: number | null;
      createdAt: string;
      createdBy: {
        id: string;
        name: string;
      } | null;
      durationMinutes: number | null;
      id: string;
      interval: number;
      /** @enum {string} */
      kind: 'email' | 'phone_call' | 'video_call' | 'meeting' | 'message' | 'event_encounter' | 'site_visit' | 'other';
      location: string;
      materializedUntil: string;
      members: {
        id: string;
        name: string;
      }[];
      nextOccurrences: string[];
      partners: {
        id: string;
        name: string;
        /** @enum {string} */
        type: 'organization' | 'person';
      }[];
      people: {
        id: string;
        name: string;
      }[];
      /** @enum {string} */
      recurrence: 'weekly' | 'monthly' | 'quarterly';
      relationships: {
        id: string;
        partnerId: string;
        partnerName: string;
        purpose: string;
      }[];
      startsAt: string;
      stoppedAt: string | null;
      subject: string;
      timeZone: string;
      until: string | null;
      updatedAt: string;
      version: number;
    };
    Member: {
      email: string;
      joinedAt: string;
      name: string;
      /** @enum {string} */
      role: 'owner' | 'admin' | 'member' | 'viewer';
      userId: string;
      version: number;
    };
    Notification: {
      createdAt: string;
      entityId: string | null;
      entityType: string | null;
      id: string;
      /** @enum {string} */
      kind: 'daily_digest' | 'task_assigned' | 'relationship_overdue';
      params: {
        [key: string]: unknown;
      };
      readAt: string | null;
    };
    OutboxEmail: {
      attempts: number;
      createdAt: string;
      error: string | null;
      id: string;
      lastAttemptAt: string | null;
      sentAt: string | null;
      /** @enum {string} */
      status: 'queued' | 'sent' | 'failed';
      subject: string;
      text: string;
      to: string;
    };
    Partner: {
      affiliations: {
        partnerId: string;
        partnerName: string;
        /** @enum {string} */
        partnerType: 'organization' | 'person';
        title: string;
      }[];
      contacts: components['schemas']['Contact'][];
      country: string | null;
      createdAt: string;
      createdBy: {
        id: string;
        name: string;
      } | null;
      deletedAt: string | null;
      id: string;
      kinds: string[];
      name: string;
      owner: {
        id: string;
        name: string;
      } | null;
      profile: {
        business: string;
        businessSituation: string;
        customersServed: string;
        differentiators: string;
        howWeMet: string;
        network: string;
        notes: string;
      };
      purchaseDeciders: {
        personName: string;
        product: string;
      }[];
      tags: components['schemas']['Tag'][];
      /** @enum {string} */
      type: 'organization' | 'person';
      updatedAt: string;
      updatedBy: {
        id: string;
        name: string;
      } | null;
      version: number;
    };
    PartnerDuplicate: {
      id: string;
      matchedOn: ('email' | 'phone' | 'website' | 'name')[];
      name: string;
      /** @enum {string} */
      type: 'organization' | 'person';
    };
    PartnerSummary: {
      country: string | null;
      createdAt: string;
      deletedAt: string | null;
      email: string | null;
      id: string;
      kinds: string[];
      name: string;
      owner: {
        id: string;
        name: string;
      } | null;
      phone: string | null;
      tags: components['schemas']['Tag'][];
      /** @enum {string} */
      type: 'organization' | 'person';
      updatedAt: string;
      version: number;
    };
    /** @description An error (application/problem+json, RFC 9457); code-specific members may follow */
    Problem: {
      /**
       * @description The stable, documented code clients act on
       * @enum {string}
       */
      code:
        | 'validation'
        | 'invalid_json'
        | 'unsupported_media_type'
        | 'payload_too_large'
        | 'uri_too_long'
        | 'headers_too_large'
        | 'request_timeout'
        | 'unauthenticated'
        | 'invalid_credentials'
        | 'forbidden'
        | 'csrf'
        | 'not_found'
        | 'conflict'
        | 'duplicate'
        | 'checklist_incomplete'
        | 'stale_version'
        | 'rate_limited'
        | 'setup_done'
        | 'last_owner'
        | 'invitation_invalid'
        | 'reset_token_invalid'
        | 'invalid_token'
        | 'internal';
      /** @description stale_version: the resource as it is now */
      current?: unknown;
      /** @description What went wrong in this case, in English */
      detail: string;
      /** @description validation: every invalid field at once */
      errors?: {
        message: string;
        params?: {
          [key: string]: unknown;
        };
        /** @description The field, dotted: contacts.2.value */
        path: string;
        /** @description The broken rule the app translates: required, too_short, invalid_email, … */
        rule: string;
      }[];
      /** @description internal: the id under which the server logged the error */
      requestId?: string;
      /** @description The HTTP status code */
      status: number;
      /** @description A short English summary of the problem type */
      title: string;
      /** @description A URI naming the problem: https://rapport.dev/problems/{code} */
      type: string;
    } & {
      [key: string]: unknown;
    };
    Relationship: {
      cadenceDays: number | null;
      checklist?: components['schemas']['ChecklistItem'][];
      createdAt: string;
      deletedAt: string | null;
      effectiveCadenceDays: number;
      endedOn: string | null;
      endReason: string | null;
      healthDrop30d: number | null;
      healthScore: number | null;
      id: string;
      kinds: string[];
      lastContactAt: string | null;
      nextContactDue: string;
      oneSided: boolean;
      overdue: boolean;
      owner: {
        id: string;
        name: string;
      } | null;
      partner: {
        id: string;
        name: string;
        /** @enum {string} */
        type: 'organization' | 'person';
      };
      purpose: string;
      snoozedUntil: string | null;
      /** @enum {string} */
      stage: 'formation' | 'planning' | 'engagement' | 'results' | 'realization';
      stageEnteredAt: string;
      startedOn: string | null;
      /** @enum {string} */
      status: 'active' | 'paused' | 'ended';
      team: {
        name: string;
        role: string;
        userId: string;
      }[];
      /** @enum {string} */
      tier: 'inner_circle' | 'active' | 'occasional' | 'dormant';
      updatedAt: string;
      value: {
        assessedOn: string;
        canTheyHelp: number;
        canWeHelp: number;
      } | null;
      version: number;
    };
    RelationshipAnalytics: {
      from: string;
      stages: {
        advanced: number;
        conversion: number | null;
        count: number;
        entered: number;
        medianDays: number | null;
        /** @enum {string} */
        stage: 'formation' | 'planning' | 'engagement' | 'results' | 'realization';
      }[];
      to: string;
    };
    RelationshipBoard: {
      columns: {
        count: number;
        items: {
          id: string;
          nextContactDue: string;
          oneSided: boolean;
          overdue: boolean;
          owner: {
            id: string;
            name: string;
          } | null;
          partner: {
            id: string;
            name: string;
            /** @enum {string} */
            type: 'organization' | 'person';
          };
          /** @enum {string} */
          stage: 'formation' | 'planning' | 'engagement' | 'results' | 'realization';
          /** @enum {string} */
          tier: 'inner_circle' | 'active' | 'occasional' | 'dormant';
          value: {
            assessedOn: string;
            canTheyHelp: number;
            canWeHelp: number;
          } | null;
          version: number;
        }[];
        key: string;
        nextCursor: string | null;
      }[];
      /** @enum {string} */
      groupBy: 'stage' | 'tier';
    };
    RelationshipHealth: {
      components: {
        contribution: number;
        facts: {
          [key: string]: number | string | null;
        };
        /** @enum {string} */
        key: 'recency' | 'frequency' | 'reciprocity' | 'sentiment' | 'value';
        points: number;
        weight: number;
      }[];
      computedAt: string | null;
      drop30d: number;
      score: number;
      trend: {
        day: string;
        score: number;
      }[];
    };
    RelationshipSettings: {
      checklists: {
        engagement: {
          id: string;
          key: string | null;
          label: string | null;
        }[];
        formation: {
          id: string;
          key: string | null;
          label: string | null;
        }[];
        planning: {
          id: string;
          key: string | null;
          label: string | null;
        }[];
        realization: {
          id: string;
          key: string | null;
          label: string | null;
        }[];
        results: {
          id: string;
          key: string | null;
          label: string | null;
        }[];
      };
      tiers: {
        cadenceDays: number;
        defaultCadenceDays: number;
        /** @enum {string} */
        tier: 'inner_circle' | 'active' | 'occasional' | 'dormant';
      }[];
    };
    Retention: {
      belowThreshold: boolean;
      existing: number;
      from: string;
      prospects: number;
      prospectShare: number | null;
      threshold: number;
      to: string;
      total: number;
    };
    RetentionSettings: {
      prospectShareMin: number;
    };
    SavedView: {
      id: string;
      name: string;
      query: {
        [key: string]: string;
      };
    };
    SearchResult: {
      /** @description A task’s due date */
      dueOn: string | null;
      id: string;
      /** @description The interaction itself, or the one a task is an action item of */
      interactionId: string | null;
      interactionKind:
        | ('email' | 'phone_call' | 'video_call' | 'meeting' | 'message' | 'event_encounter' | 'site_visit' | 'other')
        | null;
      name: string;
      /** @description When an interaction took place */
      occurredAt: string | null;
      /** @description The partner itself, or the partner of a relationship or task */
      partnerId: string | null;
      /** @description The first partner an interaction concerns */
      partnerName: string | null;
      /** @description The relationship itself, or the one a task belongs to */
      relationshipId: string | null;
      /** @description A partner’s first email or phone, a relationship’s purpose, the start of notes */
      snippet: string | null;
      /** @description A relationship’s stage */
      stage: ('formation' | 'planning' | 'engagement' | 'results' | 'realization') | null;
      /** @description A task’s status */
      status: ('open' | 'done') | null;
      /** @enum {string} */
      type: 'organization' | 'person' | 'relationship' | 'interaction' | 'task';
    };
    Session: {
      csrfToken: string;
      currentWorkspaceId: string | null;
      user: components['schemas']['User'];
      workspaces: components['schemas']['WorkspaceSummary'][];
    };
    Snooze: {
      active: boolean;
      createdAt: string;
      createdBy: string | null;
      createdByName: string | null;
      endedAt: string | null;
      endedByName: string | null;
      id: string;
      note: string;
      until: string;
    };
    StageChange: {
      changedAt: string;
      changedBy: {
        id: string;
        name: string;
      } | null;
      /** @enum {string} */
      direction: 'initial' | 'forward' | 'backward';
      from: ('formation' | 'planning' | 'engagement' | 'results' | 'realization') | null;
      id: string;
      note: string | null;
      reason: string | null;
      skippedItems: {
        id: string;
        key: string | null;
        label: string | null;
        /** @enum {string} */
        stage: 'formation' | 'planning' | 'engagement' | 'results' | 'realization';
      }[];
      /** @enum {string} */
      to: 'formation' | 'planning' | 'engagement' | 'results' | 'realization';
    };
    Tag: {
      color: string;
      id: string;
      name: string;
      version: number;
    };
    Task: {
      completedAt: string | null;
      completedBy: {
        id: string;
        name: string;
      } | null;
      createdAt: string;
      createdBy: {
        id: string;
        name: string;
      } | null;
      deletedAt: string | null;
      dueOn: string | null;
      id: string;
      interaction: {
        id: string;
        /** @enum {string} */
        kind:
          'email' | 'phone_call' | 'video_call' | 'meeting' | 'message' | 'event_encounter' | 'site_visit' | 'other';
        occurredAt: string;
        subject: string;
      } | null;
      notes: string;
      overdue: boolean;
      owner: {
        id: string;
        name: string;
      } | null;
      partner: {
        id: string;
        name: string;
        /** @enum {string} */
        type: 'organization' | 'person';
      } | null;
      relationship: {
        id: string;
        partnerId: string;
        partnerName: string;
        purpose: string;
      } | null;
      /** @enum {string} */
      status: 'open' | 'done';
      title: string;
      updatedAt: string;
      version: number;
    };
    TimelineItem:
      | {
          actor: {
            id: string;
            name: string;
          } | null;
          at: string;
          direction: ('outbound' | 'inbound') | null;
          durationMinutes: number | null;
          id: string;
          /** @enum {string} */
          kind:
            'email' | 'phone_call' | 'video_call' | 'meeting' | 'message' | 'event_encounter' | 'site_visit' | 'other';
          members: {
            id: string;
            name: string;
          }[];
          openActionItems: number;
          partners: {
            id: string;
            name: string;
            /** @enum {string} */
            type: 'organization' | 'person';
          }[];
          planned: boolean;
          sentiment: ('positive' | 'neutral' | 'negative') | null;
          seriesId: string | null;
          summary: string;
          timeZone: string;
          title: string;
          /** @constant */
          type: 'interaction';
        }
      | {
          actor: {
            id: string;
            name: string;
          } | null;
          at: string;
          direction: ('outbound' | 'inbound') | null;
          durationMinutes: number | null;
          id: string;
          /** @enum {string} */
          kind:
            'email' | 'phone_call' | 'video_call' | 'meeting' | 'message' | 'event_encounter' | 'site_visit' | 'other';
          members: {
            id: string;
            name: string;
          }[];
          openActionItems: number;
          partners: {
            id: string;
            name: string;
            /** @enum {string} */
            type: 'organization' | 'person';
          }[];
          planned: boolean;
          sentiment: ('positive' | 'neutral' | 'negative') | null;
          seriesId: string | null;
          summary: string;
          timeZone: string;
          title: string;
          /** @constant */
          type: 'meeting';
        }
      | {
          actor: {
            id: string;
            name: string;
          } | null;
          at: string;
          completedAt: string | null;
          dueOn: string | null;
          id: string;
          interactionId: string | null;
          overdue: boolean;
          owner: {
            id: string;
            name: string;
          } | null;
          relationshipId: string | null;
          /** @enum {string} */
          status: 'open' | 'done';
          title: string;
          /** @constant */
          type: 'task';
        }
      | {
          actor: {
            id: string;
            name: string;
          } | null;
          at: string;
          /** @enum {string} */
          direction: 'initial' | 'forward' | 'backward';
          from: ('formation' | 'planning' | 'engagement' | 'results' | 'realization') | null;
          id: string;
          note: string | null;
          reason: string | null;
          relationshipId: string;
          /** @enum {string} */
          to: 'formation' | 'planning' | 'engagement' | 'results' | 'realization';
          /** @constant */
          type: 'stage_change';
        }
      | {
          actor: {
            id: string;
            name: string;
          } | null;
          assessedOn: string;
          at: string;
          canTheyHelp: number;
          canTheyHelpNote: string | null;
          canWeHelp: number;
          canWeHelpNote: string | null;
          id: string;
          relationshipId: string;
          /** @constant */
          type: 'value_assessment';
        };
    UpdateInteractionInput: {
      agenda?: {
        /** Format: uuid */
        id?: string;
        /** @default  */
        notes?: string;
        title: string;
      }[];
      decisions?: {
        /** Format: uuid */
        id?: string;
        text: string;
      }[];
      direction?: ('outbound' | 'inbound') | null;
      durationMinutes?: number | null;
      isMeeting?: boolean;
      /** @enum {string} */
      kind?: 'email' | 'phone_call' | 'video_call' | 'meeting' | 'message' | 'event_encounter' | 'site_visit' | 'other';
      location?: string;
      memberIds?: string[];
      minutes?: string;
      notes?: string;
      /** Format: date-time */
      occurredAt?: string;
      partnerIds?: string[];
      personIds?: string[];
      relationshipIds?: string[];
      sentiment?: ('positive' | 'neutral' | 'negative') | null;
      subject?: string;
      timeZone?: string;
      version?: number;
    };
    UpdatePartnerInput: {
      affiliations?: {
        /** Format: uuid */
        partnerId: string;
        /** @default  */
        title?: string;
      }[];
      contacts?: {
        /** @enum {string} */
        channel: 'email' | 'phone' | 'address' | 'website' | 'messenger';
        /** @default  */
        label?: string;
        value: string;
      }[];
      country?: string | null;
      kinds?: (
        'customer' | 'supplier' | 'manufacturer' | 'it_consultant' | 'auditor' | 'training' | 'distributor' | 'other'
      )[];
      name?: string;
      ownerId?: string | null;
      profile?: {
        business?: string;
        businessSituation?: string;
        customersServed?: string;
        differentiators?: string;
        howWeMet?: string;
        network?: string;
        notes?: string;
      };
      purchaseDeciders?: {
        personName: string;
        product: string;
      }[];
      tagIds?: string[];
      /** @enum {string} */
      type?: 'organization' | 'person';
      version?: number;
    };
    UpdateRelationshipInput: {
      cadenceDays?: number | null;
      endedOn?: string | null;
      endReason?: string | null;
      kinds?: (
        'customer' | 'supplier' | 'manufacturer' | 'it_consultant' | 'auditor' | 'training' | 'distributor' | 'other'
      )[];
      ownerId?: string | null;
      purpose?: string;
      startedOn?: string | null;
      /** @enum {string} */
      status?: 'active' | 'paused' | 'ended';
      team?: {
        /** @default  */
        role?: string;
        /** Format: uuid */
        userId: string;
      }[];
      /** @enum {string} */
      tier?: 'inner_circle' | 'active' | 'occasional' | 'dormant';
      version?: number;
    };
    UpdateTaskInput: {
      dueOn?: string | null;
      interactionId?: string | null;
      notes?: string;
      /** Format: uuid */
      ownerId?: string;
      partnerId?: string | null;
      relationshipId?: string | null;
      /** @enum {string} */
      status?: 'open' | 'done';
      title?: string;
      version?: number;
    };
    User: {
      /** @enum {string} */
      colorScheme: 'system' | 'light' | 'dark';
      email: string;
      id: string;
      /** @enum {string} */
      locale: 'en' | 'vi' | 'ru' | 'fa';
      name: string;
      timeZone: string;
    };
    ValueAssessment: {
      assessedBy: {
        id: string;
        name: string;
      } | null;
      assessedOn: string;
      canTheyHelp: number;
      canTheyHelpNote: string | null;
      canWeHelp: number;
      canWeHelpNote: string | null;
      createdAt: string;
      id: string;
    };
    Workspace: {
      id: string;
      name: string;
      /** @enum {string} */
      role: 'owner' | 'admin' | 'member' | 'viewer';
      version: number;
    };
    WorkspaceSummary: {
      id: string;
      name: string;
      /** @enum {string} */
      role: 'owner' | 'admin' | 'member' | 'viewer';
    };
  };
  responses: {
    /** @description validation (every invalid field under errors, also a missing version), invalid_json, or the operation's own: reset_token_invalid, invalid_token */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description conflict, duplicate (look-alike partners under duplicates), checklist_incomplete, setup_done */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description csrf: a signed-in write without the X-CSRF-Token header; forbidden: the role does not allow this */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description internal: logged under requestId; no detail reaches the client */
    InternalError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description not_found (a workspace you are not a member of answers this too), invitation_invalid */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description payload_too_large */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description stale_version: changed by someone else since that version; current holds it now; nothing changed */
    PreconditionFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description rate_limited: too many failed sign-ins for the account or address; see Retry-After */
    TooManyRequests: {
      headers: {
        /** @description Seconds */
        'Retry-After'?: number;
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description unauthenticated: no valid session; invalid_credentials: wrong email or password */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description last_owner: a workspace keeps at least one owner */
    UnprocessableContent: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description unsupported_media_type: send JSON (or, for uploads, a file of an accepted type) */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: {
    /** @description The version the change is based on (the ETag of a read), unless the body carries version */
    IfMatch: string;
    /** @description The version the change is based on (the ETag of a read) */
    IfMatchRequired: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
        };
      };
    };
    responses: {
      /** @description Accepted, whether or not the account exists */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  confirmPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
          token: string;
        };
      };
    };
    responses: {
      /** @description Password set; every session of the account has ended */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalError'];
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out; the cookie is cleared */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: components['responses']['Forbidden'];
      500: components['responses']['InternalError'];
    };
  };
  getCalendarFeedIcs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An iCalendar (RFC 5545) document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            database: 'ok';
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      500: components['responses']['InternalError'];
      /** @description Service Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            database: 'unreachable';
            /** @enum {string} */
            status: 'degraded';
          };
        };
      };
    };
  };
  previewInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accountExists: boolean;
            email: string;
            expiresAt: string;
            /** @enum {string} */
            role: 'owner' | 'admin' | 'member' | 'viewer';
            workspaceName: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          locale?: 'en' | 'vi' | 'ru' | 'fa';
          name?: string;
          password?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalError'];
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
    };
  };
  updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          colorScheme?: 'system' | 'light' | 'dark';
          /** @enum {string} */
          locale?: 'en' | 'vi' | 'ru' | 'fa';
          name?: string;
          timeZone?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeed'];
        };
      };
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
    };
  };
  createCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeed'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      500: components['responses']['InternalError'];
    };
  };
  revokeCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      500: components['responses']['InternalError'];
    };
  };
  setCurrentWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          workspaceId: string;
        };
      };
    };
    responses: {
      /** @description The workspace the app opens in is set */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getSetupStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            needed: boolean;
          };
        };
      };
      500: components['responses']['InternalError'];
    };
  };
  runSetup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          /** @enum {string} */
          locale?: 'en' | 'vi' | 'ru' | 'fa';
          name: string;
          password: string;
          workspaceName: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  describeUnsubscribe: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            email: string;
            /** @enum {string} */
            kind: 'daily_digest' | 'task_assigned' | 'relationship_overdue';
            workspaceName: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      500: components['responses']['InternalError'];
    };
  };
  unsubscribe: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            email: string;
            /** @enum {string} */
            kind: 'daily_digest' | 'task_assigned' | 'relationship_overdue';
            workspaceName: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      500: components['responses']['InternalError'];
    };
  };
  getWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Workspace'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  updateWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Workspace'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  listAuditLog: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditEntry'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  exportPartnersCsv: {
    parameters: {
      query?: {
        country?: string;
        createdFrom?: string;
        createdTo?: string;
        deleted?: 'true' | 'false';
        kind?: string;
        owner?: string;
        q?: string;
        tag?: string;
        type?: 'organization' | 'person';
        updatedFrom?: string;
        updatedTo?: string;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV with a UTF-8 BOM, as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  exportPartnersVcard: {
    parameters: {
      query?: {
        country?: string;
        createdFrom?: string;
        createdTo?: string;
        deleted?: 'true' | 'false';
        kind?: string;
        owner?: string;
        q?: string;
        tag?: string;
        type?: 'organization' | 'person';
        updatedFrom?: string;
        updatedTo?: string;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description vCard 4.0, as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/vcard': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  listImports: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Import'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  uploadImport: {
    parameters: {
      query?: {
        /** @description A single-byte encoding to read a file that is not UTF-8 in (default: the likeliest one) */
        encoding?: 'windows-1252' | 'windows-1250' | 'windows-1251' | 'koi8-r' | 'windows-1258';
        filename?: string;
        target?: 'partners' | 'interactions';
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
        'text/csv': string;
        'text/vcard': string;
        'text/x-vcard': string;
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportUpload'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        importId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  previewImport: {
    parameters: {
      query?: {
        /** @description A single-byte encoding to read a file that is not UTF-8 in (default: the likeliest one) */
        encoding?: 'windows-1252' | 'windows-1250' | 'windows-1251' | 'koi8-r' | 'windows-1258';
      };
      header?: never;
      path: {
        importId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportUpload'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      500: components['responses']['InternalError'];
    };
  };
  startImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        importId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description How dates like 3/4/2024 are read where the file does not settle it; required then
           * @enum {string}
           */
          dateOrder?: 'day_first' | 'month_first';
          /**
           * @description Read the file in this encoding (one of the upload's `encodings`)
           * @enum {string}
           */
          encoding?: 'windows-1252' | 'windows-1250' | 'windows-1251' | 'koi8-r' | 'windows-1258';
          mapping?: {
            [key: string]:
              | (
                  | 'name'
                  | 'type'
                  | 'kinds'
                  | 'email'
                  | 'phone'
                  | 'website'
                  | 'address'
                  | 'messenger'
                  | 'country'
                  | 'tags'
                  | 'organization'
                  | 'title'
                  | 'business'
                  | 'notes'
                  | 'date'
                  | 'time'
                  | 'kind'
                  | 'partner'
                  | 'subject'
                  | 'duration'
                  | 'direction'
                  | 'end'
                  | 'endTime'
                )
              | null;
          };
        };
      };
    };
    responses: {
      /** @description Accepted */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  undoImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        importId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      500: components['responses']['InternalError'];
    };
  };
  listInteractions: {
    parameters: {
      query?: {
        cursor?: string;
        deleted?: 'true' | 'false';
        from?: string;
        kind?: string;
        limit?: number;
        meeting?: 'true' | 'false';
        member?: string;
        partner?: string;
        relationship?: string;
        series?: string;
        to?: string;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Interaction'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  createInteraction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInteractionInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interaction'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getInteraction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        interactionId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interaction'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  deleteInteraction: {
    parameters: {
      query?: never;
      header: {
        /** @description The version the change is based on (the ETag of a read) */
        'If-Match': components['parameters']['IfMatchRequired'];
      };
      path: {
        interactionId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Moved to the trash (restorable) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      500: components['responses']['InternalError'];
    };
  };
  updateInteraction: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the change is based on (the ETag of a read), unless the body carries version */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        interactionId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateInteractionInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interaction'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getInteractionIcs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        interactionId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An iCalendar (RFC 5545) document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  listAttachments: {
    parameters: {
      query?: {
        deleted?: 'true' | 'false';
      };
      header?: never;
      path: {
        interactionId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Attachment'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  uploadAttachment: {
    parameters: {
      query?: {
        filename?: string;
      };
      header?: never;
      path: {
        interactionId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
        'application/pdf': string;
        'application/vnd.oasis.opendocument.presentation': string;
        'application/vnd.oasis.opendocument.spreadsheet': string;
        'application/vnd.oasis.opendocument.text': string;
        'application/vnd.openxmlformats-officedocument.presentationml.presentation': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        'image/gif': string;
        'image/heic': string;
        'image/heif': string;
        'image/jpeg': string;
        'image/png': string;
        'image/webp': string;
        'text/csv': string;
        'text/plain': string;
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attachment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  downloadAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        interactionId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, with the type checked at upload and Content-Disposition: attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  deleteAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        interactionId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Moved to the trash (restorable) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  restoreAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        interactionId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attachment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  restoreInteraction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        interactionId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interaction'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  createInteractionBatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          direction?: ('outbound' | 'inbound') | null;
          durationMinutes?: number | null;
          /**
           * @default event_encounter
           * @enum {string}
           */
          kind?:
            'email' | 'phone_call' | 'video_call' | 'meeting' | 'message' | 'event_encounter' | 'site_visit' | 'other';
          memberIds?: string[];
          notes?: string;
          /** Format: date-time */
          occurredAt?: string;
          partnerIds?: string[];
          personIds?: string[];
          sentiment?: ('positive' | 'neutral' | 'negative') | null;
          subject?: string;
          timeZone?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Interaction'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  listInvitations: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Invitation'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  createInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          /** @enum {string} */
          role: 'owner' | 'admin' | 'member' | 'viewer';
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            email: string;
            expiresAt: string;
            id: string;
            /** @enum {string} */
            role: 'owner' | 'admin' | 'member' | 'viewer';
            token: string;
            url: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  revokeInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        invitationId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  getKeepInTouch: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        scope?: 'mine' | 'team';
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            counts: {
              dueThisWeek: number;
              overdue: number;
            };
            items: components['schemas']['KeepInTouchItem'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  getReminderChoices: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              byEmail: boolean;
              inApp: boolean;
              /** @enum {string} */
              kind: 'daily_digest' | 'task_assigned' | 'relationship_overdue';
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  setReminderChoices: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: {
            byEmail: boolean;
            inApp: boolean;
            /** @enum {string} */
            kind: 'daily_digest' | 'task_assigned' | 'relationship_overdue';
          }[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              byEmail: boolean;
              inApp: boolean;
              /** @enum {string} */
              kind: 'daily_digest' | 'task_assigned' | 'relationship_overdue';
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  listMeetingSeries: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        partner?: string;
        relationship?: string;
        stopped?: 'true' | 'false';
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['MeetingSeries'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  createMeetingSeries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agenda?: {
            /** @default  */
            notes?: string;
            title: string;
          }[];
          count?: number | null;
          durationMinutes?: number | null;
          interval?: number;
          /** @enum {string} */
          kind?:
            'email' | 'phone_call' | 'video_call' | 'meeting' | 'message' | 'event_encounter' | 'site_visit' | 'other';
          location?: string;
          memberIds?: string[];
          partnerIds?: string[];
          personIds?: string[];
          /** @enum {string} */
          recurrence: 'weekly' | 'monthly' | 'quarterly';
          relationshipIds?: string[];
          /** Format: date-time */
          startsAt: string;
          subject: string;
          timeZone?: string;
          until?: string | null;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingSeries'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getMeetingSeries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        seriesId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingSeries'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  updateMeetingSeries: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the change is based on (the ETag of a read), unless the body carries version */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        seriesId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agenda?: {
            /** @default  */
            notes?: string;
            title: string;
          }[];
          count?: number | null;
          durationMinutes?: number | null;
          interval?: number;
          /** @enum {string} */
          kind?:
            'email' | 'phone_call' | 'video_call' | 'meeting' | 'message' | 'event_encounter' | 'site_visit' | 'other';
          location?: string;
          memberIds?: string[];
          partnerIds?: string[];
          personIds?: string[];
          /** @enum {string} */
          recurrence?: 'weekly' | 'monthly' | 'quarterly';
          relationshipIds?: string[];
          /** Format: date-time */
          startsAt?: string;
          subject?: string;
          timeZone?: string;
          until?: string | null;
          version?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingSeries'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  stopMeetingSeries: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the change is based on (the ETag of a read), unless the body carries version */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        seriesId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version?: number;
        } | null;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingSeries'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  listMembers: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Member'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  removeMember: {
    parameters: {
      query?: never;
      header: {
        /** @description The version the change is based on (the ETag of a read) */
        'If-Match': components['parameters']['IfMatchRequired'];
      };
      path: {
        userId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      422: components['responses']['UnprocessableContent'];
      500: components['responses']['InternalError'];
    };
  };
  updateMemberRole: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the change is based on (the ETag of a read), unless the body carries version */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        userId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'owner' | 'admin' | 'member' | 'viewer';
          version?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Member'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableContent'];
      500: components['responses']['InternalError'];
    };
  };
  listNotifications: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        unread?: 'true' | 'false';
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Notification'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  markNotificationRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        notificationId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Marked read */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  markAllNotificationsRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All marked read */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  getUnreadNotificationCount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            count: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  listOutbox: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        status?: 'queued' | 'sent' | 'failed';
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['OutboxEmail'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  retryOutboxEmail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        emailId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxEmail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      500: components['responses']['InternalError'];
    };
  };
  listPartners: {
    parameters: {
      query?: {
        country?: string;
        createdFrom?: string;
        createdTo?: string;
        cursor?: string;
        deleted?: 'true' | 'false';
        kind?: string;
        limit?: number;
        owner?: string;
        q?: string;
        sort?: 'name' | '-name' | 'created' | '-created' | 'updated' | '-updated';
        tag?: string;
        type?: 'organization' | 'person';
        updatedFrom?: string;
        updatedTo?: string;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PartnerSummary'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  createPartner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePartnerInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Partner'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getPartner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Partner'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  deletePartner: {
    parameters: {
      query?: never;
      header: {
        /** @description The version the change is based on (the ETag of a read) */
        'If-Match': components['parameters']['IfMatchRequired'];
      };
      path: {
        partnerId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Moved to the trash (restorable) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      500: components['responses']['InternalError'];
    };
  };
  updatePartner: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the change is based on (the ETag of a read), unless the body carries version */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        partnerId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePartnerInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Partner'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  listPartnerContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Contact'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  addPartnerContact: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the change is based on (the ETag of a read), unless the body carries version */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        partnerId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          channel: 'email' | 'phone' | 'address' | 'website' | 'messenger';
          /** @default  */
          label?: string;
          value: string;
          version?: number;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Partner'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  deletePartnerContact: {
    parameters: {
      query?: never;
      header: {
        /** @description The version the change is based on (the ETag of a read) */
        'If-Match': components['parameters']['IfMatchRequired'];
      };
      path: {
        contactId: string;
        partnerId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      500: components['responses']['InternalError'];
    };
  };
  listPartnerRelationships: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Relationship'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  restorePartner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Partner'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  getPartnerTimeline: {
    parameters: {
      query?: {
        before?: string;
        cursor?: string;
        kind?: string;
        limit?: number;
        member?: string;
      };
      header?: never;
      path: {
        partnerId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['TimelineItem'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  bulkUpdatePartners: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action: 'add_tag' | 'remove_tag' | 'set_owner' | 'delete' | 'restore';
          ids: string[];
          ownerId?: string | null;
          /** Format: uuid */
          tagId?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            updated: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  checkPartnerDuplicates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          contacts?: {
            /** @enum {string} */
            channel: 'email' | 'phone' | 'address' | 'website' | 'messenger';
            /** @default  */
            label?: string;
            value: string;
          }[];
          country?: string;
          /** Format: uuid */
          excludeId?: string;
          name?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            duplicates: components['schemas']['PartnerDuplicate'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  mergePartners: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          mergedIds: string[];
          /** Format: uuid */
          survivorId: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Partner'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getRelationshipSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RelationshipSettings'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  updateStageChecklist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        stage: 'formation' | 'planning' | 'engagement' | 'results' | 'realization';
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: {
            id?: string;
            label?: string | null;
          }[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RelationshipSettings'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  updateTierSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          tiers: {
            cadenceDays: number | null;
            /** @enum {string} */
            tier: 'inner_circle' | 'active' | 'occasional' | 'dormant';
          }[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RelationshipSettings'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  listRelationships: {
    parameters: {
      query?: {
        cursor?: string;
        deleted?: 'true' | 'false';
        kind?: string;
        limit?: number;
        oneSided?: 'true' | 'false';
        overdue?: 'true' | 'false';
        owner?: string;
        partner?: string;
        q?: string;
        sort?:
          | 'partner'
          | 'updated'
          | '-updated'
          | 'nextContact'
          | '-nextContact'
          | 'value'
          | '-value'
          | 'stage'
          | 'health'
          | '-health'
          | 'losing_touch';
        stage?: string;
        status?: string;
        tag?: string;
        tier?: string;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Relationship'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  createRelationship: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRelationshipInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Relationship'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getRelationship: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Relationship'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  deleteRelationship: {
    parameters: {
      query?: never;
      header: {
        /** @description The version the change is based on (the ETag of a read) */
        'If-Match': components['parameters']['IfMatchRequired'];
      };
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Moved to the trash (restorable) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      500: components['responses']['InternalError'];
    };
  };
  updateRelationship: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the change is based on (the ETag of a read), unless the body carries version */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRelationshipInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Relationship'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  setChecklistItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        itemId: string;
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          done: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            checklist: components['schemas']['ChecklistItem'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getRelationshipHealth: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RelationshipHealth'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  restoreRelationship: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Relationship'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  snoozeRelationship: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
          /** Format: date */
          until: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Snooze'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  endRelationshipSnooze: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Snooze ended */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  listRelationshipSnoozes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Snooze'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  moveRelationshipStage: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the change is based on (the ETag of a read), unless the body carries version */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          confirmSkipped?: boolean;
          note?: string;
          reason?: string;
          /** @enum {string} */
          to: 'formation' | 'planning' | 'engagement' | 'results' | 'realization';
          version?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Relationship'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getRelationshipStageHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['StageChange'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  getRelationshipTimeline: {
    parameters: {
      query?: {
        before?: string;
        cursor?: string;
        kind?: string;
        limit?: number;
        member?: string;
      };
      header?: never;
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['TimelineItem'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  listValueAssessments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ValueAssessment'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  createValueAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        relationshipId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          assessedOn?: string;
          canTheyHelp: number;
          canTheyHelpNote?: string | null;
          canWeHelp: number;
          canWeHelpNote?: string | null;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValueAssessment'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getRelationshipAnalytics: {
    parameters: {
      query?: {
        from?: string;
        owner?: string;
        to?: string;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RelationshipAnalytics'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  getRelationshipBoard: {
    parameters: {
      query?: {
        groupBy?: 'stage' | 'tier';
        kind?: string;
        oneSided?: 'true' | 'false';
        overdue?: 'true' | 'false';
        owner?: string;
        partner?: string;
        perColumn?: number;
        q?: string;
        stage?: string;
        status?: string;
        tag?: string;
        tier?: string;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RelationshipBoard'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  getRetention: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Retention'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  listSavedViews: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SavedView'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  createSavedView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          query: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  deleteSavedView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        viewId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  searchWorkspace: {
    parameters: {
      query: {
        limit?: number;
        q: string;
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SearchResult'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  getRetentionSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetentionSettings'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  updateRetentionSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          prospectShareMin: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetentionSettings'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  listTags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Tag'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  createTag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          color: string;
          name: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Tag'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  deleteTag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tagId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  updateTag: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the change is based on (the ETag of a read), unless the body carries version */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        tagId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          color?: string;
          name?: string;
          version?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Tag'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  listTasks: {
    parameters: {
      query?: {
        cursor?: string;
        deleted?: 'true' | 'false';
        due?: 'overdue' | 'today' | 'week' | 'later';
        interaction?: string;
        limit?: number;
        mine?: 'true' | 'false';
        owner?: string;
        partner?: string;
        relationship?: string;
        status?: 'open' | 'done';
      };
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Task'][];
            nextCursor: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  createTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaskInput'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  getTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        taskId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  deleteTask: {
    parameters: {
      query?: never;
      header: {
        /** @description The version the change is based on (the ETag of a read) */
        'If-Match': components['parameters']['IfMatchRequired'];
      };
      path: {
        taskId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Moved to the trash (restorable) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      500: components['responses']['InternalError'];
    };
  };
  updateTask: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version the change is based on (the ETag of a read), unless the body carries version */
        'If-Match'?: components['parameters']['IfMatch'];
      };
      path: {
        taskId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTaskInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
  restoreTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        taskId: string;
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
    };
  };
  createWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceSummary'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalError'];
    };
  };
}
