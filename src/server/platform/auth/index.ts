export { authRoutes } from './auth.routes.js';
export { verifyCredentials } from './auth.service.js';
export { hashPassword, hashToken, newToken } from './secrets.js';
export { SESSION_COOKIE, sessionHook, startSession } from './session.js';
export { deleteSession, setCurrentWorkspace } from './sessions.repository.js';
