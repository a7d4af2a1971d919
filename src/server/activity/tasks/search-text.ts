import { foldText } from '../../platform/core/index.js';

/** The folded text the search box matches a task by: its title and notes. */
export function taskSearchText(values: { title: string; notes: string }): string {
  return foldText(`${values.title} ${values.notes}`);
}
