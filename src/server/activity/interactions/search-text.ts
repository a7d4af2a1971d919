import { foldText } from '../../platform/core/index.js';

/** The folded text the search box matches an interaction by: its subject, notes and minutes. */
export function interactionSearchText(values: { subject: string; notesText: string; minutesText: string }): string {
  return foldText(`${values.subject} ${values.notesText} ${values.minutesText}`);
}
