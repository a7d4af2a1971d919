import { z } from 'zod';
import { type App, type Deps, idParam, readVersion, requireAuth } from '../../platform/http/index.js';
import { setChecklistItem } from './checklist.service.js';
import {
  assessmentBody,
  assessmentSchema,
  checklistItemSchema,
  relationshipSchema,
  stageChangeSchema,
  stageMoveBody,
} from './relationships.schema.js';
import { getStageHistory, moveStage } from './stage.service.js';
import { addAssessment, getAssessments } from './value.service.js';

const relationshipParams = z.object({ workspaceId: idParam, relationshipId: idParam });

/** What hangs off one relationship: its stage and history, its checklist ticks, its value assessments. */
export function relationshipPartRoutes(app: App, deps: Deps) {
  app.post('/w/:workspaceId/relationships/:relationshipId/stage', {
    schema: {
      tags: ['relationships'],
      summary:
        'Move to another stage (version or If-Match). Forward with open checklist items: 409 checklist_incomplete with openItems unless confirmSkipped; backward: reason required',
      params: relationshipParams,
      body: stageMoveBody,
      response: { 200: relationshipSchema },
    },
    handler: async (request, reply) => {
      const { workspaceId, relationshipId } = request.params;
      const relationship = await moveStage(
        deps.db,
        requireAuth(request),
        workspaceId,
        relationshipId,
        request.body,
        readVersion(request),
      );
      return reply.header('ETag', String(relationship.version)).send(relationship);
    },
  });

  app.get('/w/:workspaceId/relationships/:relationshipId/stage-history', {
    schema: {
      tags: ['relationships'],
      summary: 'Stage changes, newest first (creation is the initial one)',
      params: relationshipParams,
      response: { 200: z.object({ items: z.array(stageChangeSchema) }) },
    },
    handler: async (request) =>
      getStageHistory(deps.db, requireAuth(request), request.params.workspaceId, request.params.relationshipId),
  });

  app.put('/w/:workspaceId/relationships/:relationshipId/checklist/:itemId', {
    schema: {
      tags: ['relationships'],
      summary: "Tick or untick an item of the current stage's checklist; the relationship's version does not change",
      params: relationshipParams.extend({ itemId: z.string().min(1).max(100) }),
      body: z.object({ done: z.boolean() }).strict(),
      response: { 200: z.object({ checklist: z.array(checklistItemSchema) }) },
    },
    handler: async (request) => {
      const { workspaceId, relationshipId, itemId } = request.params;
      return setChecklistItem(deps.db, requireAuth(request), workspaceId, relationshipId, itemId, request.body.done);
    },
  });

  app.post('/w/:workspaceId/relationships/:relationshipId/value-assessments', {
    schema: {
      tags: ['relationships'],
      summary: 'Assess the value both ways (1–5); the newest assessment is the relationship’s value',
      params: relationshipParams,
      body: assessmentBody,
      response: { 201: assessmentSchema },
    },
    handler: async (request, reply) => {
      const assessment = await addAssessment(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.relationshipId,
        request.body,
      );
      return reply.status(201).send(assessment);
    },
  });

  app.get('/w/:workspaceId/relationships/:relationshipId/value-assessments', {
    schema: {
      tags: ['relationships'],
      summary: 'Value assessments, newest first',
      params: relationshipParams,
      response: { 200: z.object({ items: z.array(assessmentSchema) }) },
    },
    handler: async (request) =>
      getAssessments(deps.db, requireAuth(request), request.params.workspaceId, request.params.relationshipId),
  });
}
