import { z } from 'zod';
import { type App, type Deps, idParam, readVersion, requireAuth } from '../../platform/http/index.js';
import { bulkUpdate } from './bulk.service.js';
import { mergePartners } from './merge.service.js';
import { checkForDuplicates } from './check-duplicates.service.js';
import { listPartners } from './list.service.js';
import {
  createPartnerBody,
  duplicateSchema,
  partnerListQuery,
  partnerSchema,
  partnerSummarySchema,
  updatePartnerBody,
} from './partners.schema.js';
import { createPartner, deletePartner, getPartner, restorePartner, updatePartner } from './partners.service.js';

const wsParams = z.object({ workspaceId: idParam });
const partnerParams = z.object({ workspaceId: idParam, partnerId: idParam });

export function partnerRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/partners', {
    schema: {
      tags: ['partners'],
      summary:
        'Partners, filtered and sorted, keyset-paginated; with q, best matches first (case, diacritics, letter variants and small typos ignored)',
      params: wsParams,
      querystring: partnerListQuery,
      response: { 200: z.object({ items: z.array(partnerSummarySchema), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) => listPartners(deps.db, requireAuth(request), request.params.workspaceId, request.query),
  });

  app.post('/w/:workspaceId/partners', {
    schema: {
      tags: ['partners'],
      summary: 'Create a partner; 409 duplicate lists look-alikes unless ignoreDuplicates is true',
      params: wsParams,
      body: createPartnerBody,
      response: { 201: partnerSchema },
    },
    handler: async (request, reply) => {
      const partner = await createPartner(deps.db, requireAuth(request), request.params.workspaceId, request.body);
      return reply
        .status(201)
        .header('Location', `/api/v1/w/${request.params.workspaceId}/partners/${partner.id}`)
        .header('ETag', String(partner.version))
        .send(partner);
    },
  });

  app.post('/w/:workspaceId/partners/check-duplicates', {
    schema: {
      tags: ['partners'],
      summary: 'Partners that look like the one being typed (same email, phone, website domain or name)',
      params: wsParams,
      body: z
        .object({
          name: z.string().max(300).optional(),
          contacts: createPartnerBody.shape.contacts,
          country: z.string().max(2).optional(),
          excludeId: z.uuid().optional(),
        })
        .strict(),
      response: { 200: z.object({ duplicates: z.array(duplicateSchema) }) },
    },
    handler: async (request) =>
      checkForDuplicates(deps.db, requireAuth(request), request.params.workspaceId, request.body),
  });

  app.get('/w/:workspaceId/partners/:partnerId', {
    schema: {
      tags: ['partners'],
      summary: 'A partner with contacts, tags and affiliations',
      params: partnerParams,
      response: { 200: partnerSchema },
    },
    handler: async (request, reply) => {
      const partner = await getPartner(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.partnerId,
      );
      return reply.header('ETag', String(partner.version)).send(partner);
    },
  });

  app.patch('/w/:workspaceId/partners/:partnerId', {
    schema: {
      tags: ['partners'],
      summary:
        'Edit a partner (version or If-Match); lists given replace the stored ones; 412 stale_version carries the current partner',
      params: partnerParams,
      body: updatePartnerBody,
      response: { 200: partnerSchema },
    },
    handler: async (request, reply) => {
      const { workspaceId, partnerId } = request.params;
      const partner = await updatePartner(
        deps.db,
        requireAuth(request),
        workspaceId,
        partnerId,
        request.body,
        readVersion(request),
      );
      return reply.header('ETag', String(partner.version)).send(partner);
    },
  });

  app.delete('/w/:workspaceId/partners/:partnerId', {
    schema: {
      tags: ['partners'],
      summary: 'Move a partner to the trash (If-Match: version); restorable',
      params: partnerParams,
    },
    handler: async (request, reply) => {
      await deletePartner(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.partnerId,
        readVersion(request),
      );
      return reply.status(204).send();
    },
  });

  app.post('/w/:workspaceId/partners/:partnerId/restore', {
    schema: {
      tags: ['partners'],
      summary: 'Bring a partner back from the trash',
      params: partnerParams,
      response: { 200: partnerSchema },
    },
    handler: async (request) =>
      restorePartner(deps.db, requireAuth(request), request.params.workspaceId, request.params.partnerId),
  });

  app.post('/w/:workspaceId/partners/merge', {
    schema: {
      tags: ['partners'],
      summary:
        'Merge partners into a survivor: contacts, tags, people and profile gaps move to it; the others go to the trash',
      params: wsParams,
      body: z.object({ survivorId: idParam, mergedIds: z.array(idParam).min(1).max(50) }).strict(),
      response: { 200: partnerSchema },
    },
    handler: async (request) => mergePartners(deps.db, requireAuth(request), request.params.workspaceId, request.body),
  });

  app.post('/w/:workspaceId/partners/bulk', {
    schema: {
      tags: ['partners'],
      summary: 'One action on a selection: add_tag, remove_tag, set_owner (ownerId null clears), delete, restore',
      params: wsParams,
      body: z
        .object({
          ids: z.array(idParam).min(1).max(1000),
          action: z.enum(['add_tag', 'remove_tag', 'set_owner', 'delete', 'restore']),
          tagId: idParam.optional(),
          ownerId: idParam.nullable().optional(),
        })
        .strict(),
      response: { 200: z.object({ updated: z.number() }) },
    },
    handler: async (request) => bulkUpdate(deps.db, requireAuth(request), request.params.workspaceId, request.body),
  });
}
