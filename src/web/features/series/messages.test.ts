import { describe, expect, it } from 'vitest';
import { RECURRENCES as SERVER_RECURRENCES } from '../../../server/activity/interactions/series.schema.js';
import { LOCALES, MESSAGES } from '../../i18n/index.js';
import { RECURRENCES } from '../../../shared/values/series.js';
import { SERIES_ENDS } from './series.types.js';

// Ids built at run time escape the literal-id check in i18n/messages.test.ts.
const dynamicIds = [
  ...RECURRENCES.flatMap((r) => [`series.recurrence.${r}`, `series.unit.${r}`, `series.every.${r}`]),
  ...SERIES_ENDS.map((e) => `series.end.${e}`),
  ...['Month', 'Week'].flatMap((unit) => [`calendar.previous${unit}`, `calendar.next${unit}`]),
];

describe('calendar and recurring meeting messages', () => {
  it.each(LOCALES)('%s names every recurrence, end and calendar move', (locale) => {
    expect(dynamicIds.filter((id) => !(id in MESSAGES[locale]))).toEqual([]);
  });

  it('knows the recurrences the server knows', () => {
    expect([...RECURRENCES]).toEqual([...SERVER_RECURRENCES]);
  });
});
