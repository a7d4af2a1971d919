import { z } from 'zod';
import { fieldError, notFound } from '../../platform/core/index.js';
import { type App, type Deps, idParam, readVersion, requireAuth } from '../../platform/http/index.js';
import { CHANNELS, normaliseContacts } from './contacts.js';
import { partnerSchema } from './partners.schema.js';
import { getPartner, updatePartner } from './partners.service.js';

const contactBody = z
  .object({
    channel: z.enum(CHANNELS),
    label: z.string().max(100).default(''),
    value: z.string().max(2000),
    version: z.number().int().positive().optional(),
  })
  .strict();
const params = z.object({ workspaceId: idParam, partnerId: idParam });

/**
 * The contacts of a partner as a sub-resource, for integrations that add or remove one channel
 * at a time. Each change is an edit of the partner: same validation, version rule and audit.
 */
export function contactRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/partners/:partnerId/contacts', {
    schema: {
      tags: ['partners'],
      summary: "A partner's contact channels",
      params,
      response: { 200: z.object({ items: partnerSchema.shape.contacts }) },
    },
    handler: async (request) => {
      const partner = await getPartner(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.partnerId,
      );
      return { items: partner.contacts };
    },
  });

  app.post('/w/:workspaceId/partners/:partnerId/contacts', {
    schema: {
      tags: ['partners'],
      summary: 'Add a contact channel (version or If-Match of the partner)',
      params,
      body: contactBody,
      response: { 201: partnerSchema },
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      const { workspaceId, partnerId } = request.params;
      const { version, ...contact } = request.body;
      const partner = await getPartner(deps.db, auth, workspaceId, partnerId);
      // Report a bad value as `value`, the field of this request, not as an index in the partner's list.
      const { errors } = normaliseContacts([contact], partner.country);
      if (errors[0]) throw fieldError('value', errors[0].rule, errors[0].message, errors[0].params);
      const contacts = [...partner.contacts.map(({ channel, label, value }) => ({ channel, label, value })), contact];
      const updated = await updatePartner(
        deps.db,
        auth,
        workspaceId,
        partnerId,
        { contacts },
        readVersion(request, version),
      );
      return reply.status(201).send(updated);
    },
  });

  app.delete('/w/:workspaceId/partners/:partnerId/contacts/:contactId', {
    schema: {
      tags: ['partners'],
      summary: 'Remove a contact channel (If-Match: version of the partner)',
      params: params.extend({ contactId: idParam }),
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      const { workspaceId, partnerId, contactId } = request.params;
      const partner = await getPartner(deps.db, auth, workspaceId, partnerId);
      if (!partner.contacts.some((c) => c.id === contactId)) throw notFound('Contact');
      const contacts = partner.contacts
        .filter((c) => c.id !== contactId)
        .map(({ channel, label, value }) => ({ channel, label, value }));
      await updatePartner(deps.db, auth, workspaceId, partnerId, { contacts }, readVersion(request));
      return reply.status(204).send();
    },
  });
}
