import { attachmentRoutes } from '../activity/attachments/index.js';
import { auditRoutes } from '../platform/audit/index.js';
import { calendarRoutes } from '../activity/calendar/index.js';
import { authRoutes } from '../platform/auth/index.js';
import { outboxRoutes } from '../platform/outbox/index.js';
import { notificationRoutes } from '../derived/notifications/index.js';
import { healthRoutes } from '../platform/status/index.js';
import { exportRoutes } from '../directory/exports/index.js';
import { importRoutes } from '../directory/imports/index.js';
import { interactionRoutes, seriesRoutes, timelineRoutes } from '../activity/interactions/index.js';
import { invitationRoutes } from '../platform/invitations/index.js';
import { keepInTouchRoutes } from '../derived/keep-in-touch/index.js';
import { relationshipHealthRoutes } from '../derived/health/index.js';
import { retentionRoutes } from '../derived/retention/index.js';
import { contactRoutes, partnerRoutes } from '../directory/partners/index.js';
import {
  relationshipPartRoutes,
  relationshipRoutes,
  relationshipSettingsRoutes,
} from '../relationships/relationships/index.js';
import { taskRoutes } from '../activity/tasks/index.js';
import { tagRoutes } from '../directory/tags/index.js';
import { savedViewRoutes } from '../directory/saved-views/index.js';
import { searchRoutes } from '../derived/search/index.js';
import { meRoutes } from '../platform/me/index.js';
import { memberRoutes } from '../platform/members/index.js';
import { setupRoutes } from '../platform/setup/index.js';
import { workspaceRoutes } from '../platform/workspaces/index.js';
import type { App, Deps } from '../platform/http/index.js';

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
