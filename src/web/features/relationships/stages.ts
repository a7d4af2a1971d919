import type { IntlShape } from 'react-intl';
import type { SkippedItem, Stage } from './relationships.types.js';
import { STAGES } from '../../../shared/values/relationships.js';

export type Direction = 'forward' | 'backward' | 'same';

/** Where a stage stands in the order Formation → Realization. */
export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** Whether moving from one stage to another goes forward, backward or nowhere. */
export function direction(from: Stage, to: Stage): Direction {
  const delta = stageIndex(to) - stageIndex(from);
  if (delta === 0) return 'same';
  return delta > 0 ? 'forward' : 'backward';
}

/** The stage after this one, or null at the last. */
export function nextStage(stage: Stage): Stage | null {
  return STAGES[stageIndex(stage) + 1] ?? null;
}

/** Whether a value is a stage name. */
export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** A checklist item's text: a custom item's label, else the translation of its shipped key. */
export function itemLabel(intl: IntlShape, item: Pick<SkippedItem, 'key' | 'label'>): string {
  if (item.label) return item.label;
  if (!item.key) return '';
  const id = `checklist.${item.key}`;
  return Object.prototype.hasOwnProperty.call(intl.messages, id) ? intl.formatMessage({ id }) : item.key;
}
