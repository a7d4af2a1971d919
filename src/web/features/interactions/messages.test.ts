import { describe, expect, it } from 'vitest';
import { INTERACTION_KINDS as SERVER_KINDS } from '../../../server/activity/interactions/interactions.schema.js';
import { TIMELINE_TYPES as SERVER_TYPES } from '../../../server/activity/interactions/timeline.schema.js';
import { LOCALES, MESSAGES } from '../../i18n/index.js';
import { TIMELINE_TYPES } from '../../../shared/values/timeline.js';
import { FIELDS } from './conflict.js';
import { DIRECTIONS, INTERACTION_KINDS, SENTIMENTS } from '../../../shared/values/interactions.js';

const LABELS: Record<string, string> = { when: 'occurredAt', memberIds: 'members' };

// Ids built at run time escape the literal-id check in i18n/messages.test.ts.
const dynamicIds = [
  ...INTERACTION_KINDS.map((k) => `interaction.kind.${k}`),
  ...DIRECTIONS.map((d) => `interaction.direction.${d}`),
  ...SENTIMENTS.map((s) => `interaction.sentiment.${s}`),
  ...FIELDS.map((f) => `interaction.field.${LABELS[f] ?? f}`),
  ...TIMELINE_TYPES.map((t) => `timeline.type.${t}`),
  ...['initial', 'forward', 'backward'].map((d) => `timeline.stage.${d}`),
  ...['open', 'done'].map((s) => `task.status.${s}`),
  ...[
    'bold',
    'italic',
    'bulletList',
    'orderedList',
    'link',
    'unlink',
    'linkAddress',
    'linkExternal',
    'linkInternal',
    'linkSave',
  ].map((c) => `editor.${c}`),
];

describe('interaction, timeline and task messages', () => {
  it.each(LOCALES)('%s names every kind, direction, outcome, field, timeline type and editor button', (locale) => {
    expect(dynamicIds.filter((id) => !(id in MESSAGES[locale]))).toEqual([]);
  });

  it('knows the kinds and timeline types the server knows', () => {
    expect([...INTERACTION_KINDS]).toEqual([...SERVER_KINDS]);
    expect([...TIMELINE_TYPES]).toEqual([...SERVER_TYPES]);
  });
});
