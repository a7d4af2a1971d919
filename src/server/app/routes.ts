import { attachmentRoutes } from '../activity/attachments/attachments.routes.js';
import { auditRoutes } from '../platform/audit/audit.routes.js';
import { calendarRoutes } from '../activity/calendar/calendar.routes.js';
import { authRoutes } from '../platform/auth/auth.routes.js';
import { outboxRoutes } from '../platform/outbox/outbox.routes.js';
import { notificationRoutes } from '../derived/notifications/notifications.routes.js';
import { healthRoutes } from '../platform/status/status.routes.js';
import { exportRoutes } from '../directory/exports/exports.routes.js';
import { importRoutes } from '../directory/imports/imports.routes.js';
import { interactionRoutes } from '../activity/interactions/interactions.routes.js';
import { seriesRoutes } from '../activity/interactions/series.routes.js';
import { timelineRoutes } from '../activity/interactions/timeline.routes.js';
import { invitationRoutes } from '../platform/invitations/invitations.routes.js';
import { keepInTouchRoutes } from '../derived/keep-in-touch/keep-in-touch.routes.js';
import { relationshipHealthRoutes } from '../derived/health/relationship-health.routes.js';
import { retentionRoutes } from '../derived/retention/retention.routes.js';
import { contactRoutes } from '../directory/partners/contacts.routes.js';
import { partnerRoutes } from '../directory/partners/partners.routes.js';
import { relationshipPartRoutes } from '../relationships/relationships/relationship-parts.routes.js';
import { relationshipRoutes } from '../relationships/relationships/relationships.routes.js';
import { relationshipSettingsRoutes } from '../relationships/relationships/settings.routes.js';
import { taskRoutes } from '../activity/tasks/tasks.routes.js';
import { tagRoutes } from '../directory/tags/tags.routes.js';
import { savedViewRoutes } from '../directory/saved-views/saved-views.routes.js';
import { searchRoutes } from '../directory/search/search.routes.js';
import { meRoutes } from '../platform/me/me.routes.js';
import { memberRoutes } from '../platform/members/members.routes.js';
import { setupRoutes } from '../platform/setup/setup.routes.js';
import { workspaceRoutes } from '../platform/workspaces/workspaces.routes.js';
import type { App, Deps } from '../platform/http/types.js';

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
