import type { SettingsItem } from './relationships.types.js';

/** A checklist item while an admin edits a stage's list. */
export interface DraftItem {
  /** Stable React key, also for items not saved yet. */
  uid: string;
  /** The saved item's id; none for a new item. */
  id?: string;
  /** The translation shown for a shipped item, else null. */
  shippedText: string | null;
  text: string;
}

let counter = 0;

/** The editable list for a stage's items, shipped ones showing their translation. */
export function toDraft(items: SettingsItem[], translate: (key: string) => string): DraftItem[] {
  return items.map((item) => {
    const shippedText = item.key && !item.label ? translate(item.key) : null;
    return { uid: item.id, id: item.id, shippedText, text: item.label ?? shippedText ?? '' };
  });
}

/** A new, empty item at the end. */
export function addItem(draft: DraftItem[]): DraftItem[] {
  counter += 1;
  return [...draft, { uid: `new-${counter}`, shippedText: null, text: '' }];
}

/** The list with one item moved up (-1) or down (+1); unchanged at either end. */
export function moveItem(draft: DraftItem[], index: number, delta: -1 | 1): DraftItem[] {
  const target = index + delta;
  if (target < 0 || target >= draft.length) return draft;
  const next = [...draft];
  [next[index], next[target]] = [next[target] as DraftItem, next[index] as DraftItem];
  return next;
}

/**
 * The PUT body: items in order with their ids. A shipped item left as its translation (or
 * emptied) is sent without a label, so it keeps its translation key in every language.
 */
export function toBody(draft: DraftItem[]): { id?: string; label: string | null }[] {
  return draft.map((item) => {
    const text = item.text.trim();
    const label = item.shippedText !== null && (text === '' || text === item.shippedText) ? null : text;
    return item.id ? { id: item.id, label } : { label };
  });
}

/** Whether the edited list differs from the saved one. */
export function isChanged(draft: DraftItem[], saved: DraftItem[]): boolean {
  return JSON.stringify(toBody(draft)) !== JSON.stringify(toBody(saved));
}
