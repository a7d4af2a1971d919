import { ApiError } from '../../api/client.js';
import type { Relationship, SkippedItem } from './relationships.types.js';

/** The open checklist items of a forward move refused with 409 `checklist_incomplete`, else null. */
export function openItemsOf(error: unknown): SkippedItem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'checklist_incomplete') return null;
  const items = (error.problem as { openItems?: SkippedItem[] } | null)?.openItems;
  return Array.isArray(items) ? items : [];
}

/** Whether a write was refused because the version was stale (412). */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** The server's current relationship carried by a 412 answer, else null. */
export function staleCurrent(error: unknown): Relationship | null {
  if (!isStale(error)) return null;
  return ((error as ApiError).problem as { current?: Relationship } | null)?.current ?? null;
}
