import { z } from 'zod';
import { type App, type Deps, idParam, requireAuth } from '../../platform/http/index.js';
import { checklistSettingsBody, settingsSchema, tierSettingsBody } from './relationships.schema.js';
import { getSettings, saveChecklistSettings, saveTierSettings } from './settings.service.js';
import { STAGES } from './values.js';

const wsParams = z.object({ workspaceId: idParam });

export function relationshipSettingsRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/relationship-settings', {
    schema: {
      tags: ['relationships'],
      summary: "Each tier's cadence and each stage's checklist",
      params: wsParams,
      response: { 200: settingsSchema },
    },
    handler: async (request) => getSettings(deps.db, requireAuth(request), request.params.workspaceId),
  });

  app.put('/w/:workspaceId/relationship-settings/tiers', {
    schema: {
      tags: ['relationships'],
      summary:
        'Set tier cadences (owners and admins; null restores the default); moves the next contact date of relationships without a cadence of their own',
      params: wsParams,
      body: tierSettingsBody,
      response: { 200: settingsSchema },
    },
    handler: async (request) =>
      saveTierSettings(deps.db, requireAuth(request), request.params.workspaceId, request.body),
  });

  app.put('/w/:workspaceId/relationship-settings/checklists/:stage', {
    schema: {
      tags: ['relationships'],
      summary:
        "Replace a stage's checklist (owners and admins): items in order; an id keeps the item and its ticks; items left out are removed",
      params: wsParams.extend({ stage: z.enum(STAGES) }),
      body: checklistSettingsBody,
      response: { 200: settingsSchema },
    },
    handler: async (request) =>
      saveChecklistSettings(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.stage,
        request.body,
      ),
  });
}
