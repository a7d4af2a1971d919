import type { Stage } from '../../platform/db/index.js';
import { type FieldError, newId } from '../../platform/core/index.js';
import { SHIPPED_CHECKLISTS } from './checklist-defaults.js';
import type { ChecklistRow } from './settings.repository.js';

export type ChecklistEntry = { id: string; key: string | null; label: string | null };

/**
 * A stage's checklist in a workspace: its own items once it has edited the stage (rows exist, even
 * if all are removed), else the shipped items, whose id is their key and whose label is null.
 */
export function effectiveChecklist(stage: Stage, rows: ChecklistRow[]): ChecklistEntry[] {
  const own = rows.filter((r) => r.stage === stage);
  if (own.length === 0) return SHIPPED_CHECKLISTS[stage].map((item) => ({ id: item.key, key: item.key, label: null }));
  return own
    .filter((r) => r.removedAt === null)
    .sort((a, b) => a.position - b.position)
    .map((r) => ({ id: r.id, key: r.key, label: r.label }));
}

/**
 * The rows that make `items` the stage's checklist: sent items in order (an id keeps its checks),
 * every other known item marked removed. A shipped item sent with no label or its English text
 * keeps its translation key; with other text it becomes a custom label.
 */
export function planChecklistEdit(
  stage: Stage,
  rows: ChecklistRow[],
  items: { id?: string | undefined; label?: string | null | undefined }[],
  now: Date,
): { rows: ChecklistRow[]; errors: FieldError[] } {
  const shipped = new Map(SHIPPED_CHECKLISTS[stage].map((item) => [item.key, item.text]));
  const known = new Set([...shipped.keys(), ...rows.filter((r) => r.stage === stage).map((r) => r.id)]);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const result: ChecklistRow[] = [];
  for (const [position, item] of items.entries()) {
    const label = item.label?.trim() ?? '';
    const error = (path: string, rule: string, message: string) =>
      errors.push({ path: `items.${position}.${path}`, rule, message });
    if (item.id !== undefined) {
      if (!known.has(item.id)) {
        error('id', 'not_found', `is not an item of the ${stage} checklist`);
        continue;
      }
      if (seen.has(item.id)) {
        error('id', 'duplicate', 'is listed twice');
        continue;
      }
      seen.add(item.id);
    }
    const shippedText = item.id !== undefined ? shipped.get(item.id) : undefined;
    if (item.id !== undefined && shippedText !== undefined && (label === '' || label === shippedText)) {
      result.push({ id: item.id, stage, key: item.id, label: null, position, removedAt: null });
    } else if (label === '') {
      error('label', 'required', 'a custom item needs a label');
    } else {
      result.push({ id: item.id ?? newId(), stage, key: null, label, position, removedAt: null });
    }
  }
  for (const id of known) {
    if (seen.has(id)) continue;
    const stored = rows.find((r) => r.id === id);
    result.push(
      stored
        ? { ...stored, removedAt: stored.removedAt ?? now }
        : { id, stage, key: id, label: null, position: result.length, removedAt: now },
    );
  }
  return { rows: result, errors };
}
