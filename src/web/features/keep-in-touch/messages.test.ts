import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES } from '../../i18n/index.js';
import { HEALTH_COMPONENTS } from '../../../shared/values/health.js';
import { NOTIFICATION_KINDS } from '../../../shared/values/notifications.js';
import { OUTBOX_STATUSES } from '../outbox/index.js';
import { PERIODS } from '../retention/index.js';
import { SNOOZE_PRESETS } from './snoozeDates.js';

// Ids built at run time escape the literal-id check in i18n/messages.test.ts.
const dynamicIds = [
  ...SNOOZE_PRESETS.map((p) => `snooze.preset.${p}`),
  ...['overdue', 'week'].map((g) => `keepInTouch.group.${g}`),
  ...['overdueBy', 'today', 'inDays'].map((d) => `due.${d}`),
  // Goals and conflicts join the score when those features exist; the card already names them.
  ...[...HEALTH_COMPONENTS, 'goals', 'conflicts'].map((c) => `health.component.${c}`),
  ...NOTIFICATION_KINDS.flatMap((k) => [`reminders.kind.${k}`, `reminders.help.${k}`]),
  ...['byEmail', 'inApp'].flatMap((c) => [`reminders.channel.${c}`, `reminders.switch.${c}`]),
  ...PERIODS.map((p) => `retention.period.${p}`),
  ...['existing', 'prospects'].map((p) => `retention.${p}`),
  ...OUTBOX_STATUSES.map((s) => `outbox.status.${s}`),
  'error.rule.date_not_future',
  'error.rule.date_too_far',
];

describe('keep-in-touch, health, reminders, retention and outbox messages', () => {
  it.each(LOCALES)('%s has every message built at run time', (locale) => {
    expect(dynamicIds.filter((id) => !(id in MESSAGES[locale]))).toEqual([]);
  });
});
