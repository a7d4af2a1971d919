import { ApiError } from '../../api/index.js';
import type { SkippedItem } from './relationships.types.js';

/** The open checklist items of a forward move refused with 409 `checklist_incomplete`, else null. */
export function openItemsOf(error: unknown): SkippedItem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'checklist_incomplete') return null;
  const items = (error.problem as { openItems?: SkippedItem[] } | null)?.openItems;
  return Array.isArray(items) ? items : [];
}
