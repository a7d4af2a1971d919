import type { Schema } from './contract.js';

export type Session = Schema<'Session'>;
export type User = Schema<'User'>;
export type WorkspaceSummary = Schema<'WorkspaceSummary'>;
export type Locale = User['locale'];
export type Role = WorkspaceSummary['role'];

/** A page of a keyset-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * The problem document of a refused request (RFC 9457, with the app's stable `code`). Any field
 * may be missing: the client also reads error bodies that did not come from this server's routes.
 */
export type Problem = Partial<Schema<'Problem'>>;
export type FieldProblem = NonNullable<Problem['errors']>[number];
