import type { Db } from '../../platform/db/index.js';
import { AppError, type FieldError } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { presentInteractions } from './interaction-view.js';
import { findInteractions } from './interactions.repository.js';
import type { BatchInteractionInput, InteractionView } from './interactions.schema.js';
import { prepareInteraction, writeInteractions, type InteractionDraft } from './interactions.service.js';

type Entry = { list: 'personIds' | 'partnerIds'; index: number; id: string };

/**
 * Logs one interaction per person (or partner) met at an event, all or nothing: every entry is
 * checked first with the core's own rules, each problem reported under the entry's path
 * (`personIds.3`), and only then are all written in one transaction, last contact recomputed once.
 */
export async function logBatch(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: BatchInteractionInput,
): Promise<InteractionView[]> {
  await requirePermission(db, auth, workspaceId, 'write');
  const { personIds = [], partnerIds = [], ...common } = input;
  const entries: Entry[] = [
    ...personIds.map((id, index) => ({ list: 'personIds' as const, index, id })),
    ...partnerIds.map((id, index) => ({ list: 'partnerIds' as const, index, id })),
  ];
  const errors: FieldError[] = [];
  if (entries.length === 0)
    errors.push({ path: 'personIds', rule: 'required', message: 'name at least one person or partner' });
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.list}:${entry.id}`;
    if (seen.has(key))
      errors.push({ path: `${entry.list}.${entry.index}`, rule: 'duplicate', message: 'is named twice' });
    seen.add(key);
  }
  if (errors.length) throw validation(errors);

  const now = new Date();
  const drafts: InteractionDraft[] = [];
  for (const entry of entries) {
    try {
      drafts.push(await prepareInteraction(db, auth, workspaceId, { ...common, [entry.list]: [entry.id] }, now));
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation' || !error.errors) throw error;
      // The entry was checked alone, as the first of its list: its errors belong to its place in the batch.
      for (const e of error.errors)
        errors.push({ ...e, path: e.path === `${entry.list}.0` ? `${entry.list}.${entry.index}` : e.path });
    }
  }
  if (errors.length) throw validation(unique(errors));
  await db.transaction().execute((trx) => writeInteractions(trx, auth, workspaceId, drafts, now));
  return presentInteractions(
    db,
    workspaceId,
    await findInteractions(
      db,
      workspaceId,
      drafts.map((d) => d.id),
    ),
  );
}

function validation(errors: FieldError[]): AppError {
  return new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}

/** A problem shared by every entry (a member who is not in the workspace) is reported once. */
function unique(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}:${e.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
