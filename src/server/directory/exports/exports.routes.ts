import { Readable } from 'node:stream';
import { z } from 'zod';
import { type App, type Deps, idParam, requireAuth } from '../../platform/http/index.js';
import { partnerFilters } from '../partners/index.js';
import { exportPartners } from './exports.service.js';

const wsParams = z.object({ workspaceId: idParam });
const query = partnerFilters.strict();

function attachment(extension: 'csv' | 'vcf'): string {
  return `attachment; filename="partners-${new Date().toISOString().slice(0, 10)}.${extension}"`;
}

export function exportRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/exports/partners.csv', {
    schema: {
      tags: ['exports'],
      summary: 'The whole filtered partner list (same filters as GET /partners) as CSV with a UTF-8 BOM; re-importable',
      produces: ['text/csv'],
      params: wsParams,
      querystring: query,
    },
    handler: async (request, reply) => {
      const chunks = await exportPartners(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.query,
        'csv',
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', attachment('csv'))
        .header('Cache-Control', 'no-store')
        .send(Readable.from(chunks));
    },
  });

  app.get('/w/:workspaceId/exports/partners.vcf', {
    schema: {
      tags: ['exports'],
      summary: 'The whole filtered partner list (same filters as GET /partners) as vCard 4.0, one card per partner',
      produces: ['text/vcard'],
      params: wsParams,
      querystring: query,
    },
    handler: async (request, reply) => {
      const chunks = await exportPartners(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.query,
        'vcf',
      );
      return reply
        .type('text/vcard; charset=utf-8')
        .header('Content-Disposition', attachment('vcf'))
        .header('Cache-Control', 'no-store')
        .send(Readable.from(chunks));
    },
  });
}
