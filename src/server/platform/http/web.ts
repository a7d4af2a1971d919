import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/index.js';
import type { App } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// From the build (dist/server/platform/http) the app is at dist/web; from sources (src/server/platform/http) too.
const CANDIDATES = [path.resolve(here, '../../../web'), path.resolve(here, '../../../../dist/web')];

export function findWebRoot(): string | undefined {
  return CANDIDATES.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
}

/** Serves the built web app; every non-API GET that is not a file gets index.html (client-side routes). */
export async function registerWeb(app: App): Promise<void> {
  const root = findWebRoot();
  if (root) {
    await app.register(fastifyStatic, { root, wildcard: false, index: false, maxAge: '1h', immutable: false });
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api') && root;
    if (!isPage) throw new AppError('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`);
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
