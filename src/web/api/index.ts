// The public entry of api: other modules import only this file (layers.js).
export { api, ApiError, apiVoid, setCsrfToken, withQuery } from './client.js';
export type { BodyOf, ItemOf, QueryOf, ResponseOf, Schema, WorkspacePath } from './contract.js';
export type { Locale, Page, Problem, Role, Session, User, WorkspaceSummary } from './types.js';
