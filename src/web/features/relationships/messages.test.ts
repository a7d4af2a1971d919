import { describe, expect, it } from 'vitest';
import { SHIPPED_CHECKLIST_KEYS } from '../../../server/relationships/relationships/checklist-defaults.js';
import { LOCALES, MESSAGES } from '../../i18n/index.js';
import { FIELDS } from './formValues.js';
import { TEAM_ROLES } from './options.js';
import { SORTS, STAGES, STATUSES, TIERS } from '../../../shared/values/relationships.js';

// Ids built at run time escape the literal-id check in i18n/messages.test.ts.
const dynamicIds = [
  ...STAGES.map((s) => `relationship.stage.${s}`),
  ...TIERS.map((t) => `relationship.tier.${t}`),
  ...STATUSES.map((s) => `relationship.status.${s}`),
  ...[...FIELDS, 'stage'].map((f) => `relationship.field.${f}`),
  ...TEAM_ROLES.map((r) => `relationship.teamRole.${r}`),
  ...SORTS.map((s) => `relationships.sort.${s}`),
  ...['initial', 'forward', 'backward'].map((d) => `history.direction.${d}`),
  ...['canWeHelp', 'canTheyHelp'].map((q) => `value.${q}`),
  // Every item the server ships is shown by its translation.
  ...SHIPPED_CHECKLIST_KEYS.map((key) => `checklist.${key}`),
  'error.code.checklist_incomplete',
];

describe('relationship messages', () => {
  it.each(LOCALES)('%s names every stage, tier, status, field, sort and shipped checklist item', (locale) => {
    expect(dynamicIds.filter((id) => !(id in MESSAGES[locale]))).toEqual([]);
  });

  it('has the shipped checklist of the server', () => {
    expect(SHIPPED_CHECKLIST_KEYS.length).toBeGreaterThan(0);
  });
});
