import { z } from 'zod';
import { type App, type Deps, idParam, requireAuth } from '../../platform/http/index.js';
import { retentionQuery, retentionSchema, retentionSettingsBody, retentionSettingsSchema } from './retention.schema.js';
import { getRetention, getRetentionSettings, saveRetentionSettings } from './retention.service.js';

const wsParams = z.object({ workspaceId: idParam });

/** The retention balance card and its threshold. */
export function retentionRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/retention', {
    schema: {
      tags: ['retention'],
      summary:
        "How the team's interactions of a period (default: the last 30 days) split between existing relationships and new prospects",
      params: wsParams,
      querystring: retentionQuery,
      response: { 200: retentionSchema },
    },
    handler: async (request) => getRetention(deps.db, requireAuth(request), request.params.workspaceId, request.query),
  });

  app.get('/w/:workspaceId/settings/retention', {
    schema: {
      tags: ['retention'],
      summary: 'The lowest share of new-prospect work (percent) before the card warns',
      params: wsParams,
      response: { 200: retentionSettingsSchema },
    },
    handler: async (request) => getRetentionSettings(deps.db, requireAuth(request), request.params.workspaceId),
  });

  app.patch('/w/:workspaceId/settings/retention', {
    schema: {
      tags: ['retention'],
      summary: 'Set the threshold, 0–100 (owners and admins)',
      params: wsParams,
      body: retentionSettingsBody,
      response: { 200: retentionSettingsSchema },
    },
    handler: async (request) =>
      saveRetentionSettings(deps.db, requireAuth(request), request.params.workspaceId, request.body),
  });
}
