import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/index.js';
import type { Db } from '../db/index.js';
import { hashToken, newToken } from './secrets.js';
import { deleteSession, findSessionWithUser, insertSession, touchSession } from './sessions.repository.js';
import type { Auth, Deps } from '../http/index.js';

export const SESSION_COOKIE = 'rapport_session';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Writing last_seen on every request would make every read a write; a minute's precision is enough.
const TOUCH_INTERVAL_MS = 60_000;

/** onRequest hook: loads the session from its cookie, ends idle ones, and checks the CSRF header on writes. */
export function sessionHook(deps: Deps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    request.auth = await loadSession(deps, request, reply);
    if (request.auth && STATE_CHANGING.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (header !== request.auth.csrfToken) {
        throw new AppError('csrf', 'Send the X-CSRF-Token header with the token from /api/v1/me');
      }
    }
  };
}

async function loadSession(deps: Deps, request: FastifyRequest, reply: FastifyReply): Promise<Auth | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const id = hashToken(token);
  const workspaceId = workspaceInPath(request);
  const found = await findSessionWithUser(deps.db, id, workspaceId);
  const now = new Date();
  if (!found || found.expiresAt <= now) {
    if (found) await deleteSession(deps.db, id);
    clearSessionCookie(request, reply);
    return null;
  }
  if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(deps.db, id, now, new Date(now.getTime() + deps.config.sessionIdleMs));
    setSessionCookie(request, reply, token, deps.config.sessionIdleMs);
  }
  return {
    sessionId: id,
    csrfToken: found.csrfToken,
    currentWorkspaceId: found.currentWorkspaceId,
    user: found.user,
    ...(workspaceId ? { pathMembership: { workspaceId, membership: found.membership } } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The route's `:workspaceId`, when it is a well-formed id (the router has matched before this hook runs). */
function workspaceInPath(request: FastifyRequest): string | undefined {
  const params = request.params as Record<string, unknown> | undefined;
  const value = params?.workspaceId;
  return typeof value === 'string' && UUID.test(value) ? value : undefined;
}

/** Starts a session for a user and sets its cookie; returns the CSRF token the client must echo. */
export async function startSession(
  db: Db,
  deps: Pick<Deps, 'config'>,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  workspaceId: string | null,
) {
  const token = newToken();
  const csrfToken = newToken();
  const id = hashToken(token);
  await insertSession(db, {
    id,
    userId,
    csrfToken,
    currentWorkspaceId: workspaceId,
    expiresAt: new Date(Date.now() + deps.config.sessionIdleMs),
    ip: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
  });
  setSessionCookie(request, reply, token, deps.config.sessionIdleMs);
  return { sessionId: id, csrfToken };
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAgeMs: number) {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  void reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}
