import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/index.js';
import type { Auth } from './types.js';

/** The signed-in caller, whom the session hook put on the request; routes that need one start here. */
export function requireAuth(request: FastifyRequest): Auth {
  if (!request.auth) throw new AppError('unauthenticated', 'Sign in first');
  return request.auth;
}
