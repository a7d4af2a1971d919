import { attachmentRoutes } from '../modules/attachments/attachments.routes.js';
import { auditRoutes } from '../modules/audit/audit.routes.js';
import { calendarRoutes } from '../modules/calendar/calendar.routes.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { outboxRoutes } from '../modules/email/outbox.routes.js';
import { notificationRoutes } from '../modules/notifications/notifications.routes.js';
import { healthRoutes } from '../modules/health/health.routes.js';
import { exportRoutes } from '../modules/exports/exports.routes.js';
import { importRoutes } from '../modules/imports/imports.routes.js';
import { interactionRoutes } from '../modules/interactions/interactions.routes.js';
import { seriesRoutes } from '../modules/interactions/series.routes.js';
import { timelineRoutes } from '../modules/interactions/timeline.routes.js';
import { invitationRoutes } from '../modules/invitations/invitations.routes.js';
import { keepInTouchRoutes } from '../modules/keep-in-touch/keep-in-touch.routes.js';
import { relationshipHealthRoutes } from '../modules/relationship-health/relationship-health.routes.js';
import { retentionRoutes } from '../modules/retention/retention.routes.js';
import { contactRoutes } from '../modules/partners/contacts.routes.js';
import { partnerRoutes } from '../modules/partners/partners.routes.js';
import { relationshipPartRoutes } from '../modules/relationships/relationship-parts.routes.js';
import { relationshipRoutes } from '../modules/relationships/relationships.routes.js';
import { relationshipSettingsRoutes } from '../modules/relationships/settings.routes.js';
import { taskRoutes } from '../modules/tasks/tasks.routes.js';
import { tagRoutes } from '../modules/tags/tags.routes.js';
import { savedViewRoutes } from '../modules/saved-views/saved-views.js';
import { searchRoutes } from '../modules/search/search.routes.js';
import { meRoutes } from '../modules/me/me.routes.js';
import { memberRoutes } from '../modules/members/members.routes.js';
import { setupRoutes } from '../modules/setup/setup.routes.js';
import { workspaceRoutes } from '../modules/workspaces/workspaces.routes.js';
import type { App, Deps } from './types.js';

/** Every API module, mounted under /api/v1. */
export async function registerRoutes(api: App, deps: Deps): Promise<void> {
  for (const register of [
    healthRoutes,
    setupRoutes,
    authRoutes,
    meRoutes,
    workspaceRoutes,
    memberRoutes,
    invitationRoutes,
    auditRoutes,
    outboxRoutes,
    partnerRoutes,
    contactRoutes,
    tagRoutes,
    savedViewRoutes,
    searchRoutes,
    importRoutes,
    exportRoutes,
    relationshipRoutes,
    relationshipPartRoutes,
    relationshipSettingsRoutes,
    interactionRoutes,
    attachmentRoutes,
    calendarRoutes,
    seriesRoutes,
    timelineRoutes,
    taskRoutes,
    notificationRoutes,
    keepInTouchRoutes,
    relationshipHealthRoutes,
    retentionRoutes,
  ]) {
    register(api, deps);
  }
}
