import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES } from '../../i18n/index.js';
import { IMPORT_FIELDS } from '../../../shared/values/imports.js';
import { CHANNELS, KINDS, SORTS } from '../../../shared/values/partners.js';
import { PROFILE_FIELDS } from './partners.types.js';

// Ids built at run time escape the literal-id check in i18n/messages.test.ts.
const dynamicIds = [
  ...KINDS.map((k) => `partner.kind.${k}`),
  ...CHANNELS.map((c) => `partner.channel.${c}`),
  ...PROFILE_FIELDS.map((f) => `partner.profile.${f}`),
  ...['type', 'name', 'kinds', 'country', 'ownerId', 'purchaseDeciders', 'contacts', 'tagIds', 'affiliations'].map(
    (f) => `partner.field.${f}`,
  ),
  ...IMPORT_FIELDS.map((f) => `import.field.${f}`),
  ...['uploaded', 'running', 'done', 'failed', 'undone'].map((s) => `import.status.${s}`),
  ...SORTS.map((s) => `partners.sort.${s}`),
  ...['email', 'phone', 'website', 'name'].map((m) => `duplicates.on.${m}`),
  ...['createdFrom', 'createdTo', 'updatedFrom', 'updatedTo'].map((f) => `partners.filter.${f}`),
  'partner.type.organization',
  'partner.type.person',
];

describe('partner messages', () => {
  it.each(LOCALES)('%s names every kind, channel, field, status and sort', (locale) => {
    expect(dynamicIds.filter((id) => !(id in MESSAGES[locale]))).toEqual([]);
  });
});
