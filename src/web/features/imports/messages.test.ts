import { describe, expect, it } from 'vitest';
import { INTERACTION_IMPORT_FIELDS as SERVER_FIELDS } from '../../../server/activity/interaction-imports/interaction-fields.js';
import { IMPORT_TARGETS as SERVER_TARGETS } from '../../../server/directory/imports/imports.schema.js';
import { LOCALES, MESSAGES } from '../../i18n/index.js';
import { IMPORT_TARGETS, INTERACTION_IMPORT_FIELDS } from '../../../shared/values/imports.js';

// Ids built at run time escape the literal-id check in i18n/messages.test.ts.
const dynamicIds = [
  ...INTERACTION_IMPORT_FIELDS.map((f) => `import.field.${f}`),
  ...IMPORT_TARGETS.map((t) => `import.target.${t}`),
];

describe('import of past interactions', () => {
  it.each(LOCALES)('%s names every column of a history file and both kinds of import', (locale) => {
    expect(dynamicIds.filter((id) => !(id in MESSAGES[locale]))).toEqual([]);
  });

  it('knows the fields and targets the server knows', () => {
    expect([...INTERACTION_IMPORT_FIELDS]).toEqual([...SERVER_FIELDS]);
    expect([...IMPORT_TARGETS]).toEqual([...SERVER_TARGETS]);
  });
});
