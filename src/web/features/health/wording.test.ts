import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { formatSigned, LOCALES, MESSAGES } from '../../i18n/index.js';
import type { Locale } from '../../api/index.js';
import type { HealthComponent } from './health.types.js';
import { componentNameId, componentReason } from './wording.js';

// Keys and facts as a newer server might send them, too: the wording must cope.
const component = (key: string, weight: number, points: number, facts: Record<string, unknown>): HealthComponent => ({
  key: key as HealthComponent['key'],
  weight,
  points,
  contribution: points - weight,
  facts: facts as HealthComponent['facts'],
});

/** The line as the health card shows it: the signed contribution, then the reason. */
function line(locale: Locale, c: HealthComponent): string {
  const intl = createIntl({ locale, messages: MESSAGES[locale] });
  const reason = componentReason(c);
  return intl.formatMessage(
    { id: 'health.line' },
    {
      contribution: formatSigned(c.contribution, locale),
      reason: intl.formatMessage({ id: reason.id }, reason.values),
    },
  );
}

const recency = component('recency', 30, 18, { daysSinceContact: 47, cadenceDays: 30 });

describe('health component wording', () => {
  it('words recency as the issue shows it', () => {
    expect(componentReason(recency)).toEqual({ id: 'health.reason.recency.late', values: { days: 47, cadence: 30 } });
    expect(line('en', recency)).toBe('\u221212: no contact for 47 days, cadence is 30');
  });

  it('says when the last contact is within the cadence, or there was none', () => {
    expect(line('en', component('recency', 30, 30, { daysSinceContact: 12, cadenceDays: 30 }))).toBe(
      '0: last contact 12 days ago, cadence is 30',
    );
    const never = component('recency', 30, 0, { daysSinceContact: null, daysSinceStart: 110, cadenceDays: 90 });
    expect(componentReason(never)).toEqual({ id: 'health.reason.recency.never', values: { days: 110, cadence: 90 } });
    expect(line('en', never)).toBe('\u221230: no contact since it started 110 days ago, cadence is 90');
  });

  it('words every other component from its facts', () => {
    expect(line('en', component('frequency', 20, 10, { contacts90d: 3, expected90d: 6 }))).toBe(
      '\u221210: 3 contacts in the last 90 days, 6 expected',
    );
    expect(line('en', component('reciprocity', 15, 15, { inbound90d: 2, contacts90d: 4, sharePercent: 50 }))).toBe(
      '0: they started 2 of 4 contacts in the last 90 days',
    );
    expect(line('en', component('reciprocity', 15, 0, { inbound90d: 0, contacts90d: 0 }))).toBe(
      '\u221215: no contacts in the last 90 days',
    );
    expect(line('en', component('sentiment', 15, 12, { rated: 4, positive: 3, neutral: 1, negative: 0 }))).toBe(
      '\u22123: the last 4 contacts with an outcome: 3 positive, 1 neutral, 0 negative',
    );
    expect(line('en', component('sentiment', 15, 7.5, {}))).toContain('no outcome recorded');
    expect(line('en', component('value', 20, 15, { canWeHelp: 4, canTheyHelp: 4 }))).toBe(
      '\u22125: value assessed 4 of 5 for them, 4 of 5 for us',
    );
    expect(line('en', component('value', 20, 10, { canWeHelp: null, canTheyHelp: null }))).toBe(
      '\u221210: value not assessed yet',
    );
  });

  it('falls back to the name for components and facts it does not know', () => {
    expect(componentReason(component('goals', 10, 5, { whatever: 1 })).id).toBe('health.reason.unknown');
    expect(componentReason(component('frequency', 20, 5, {})).id).toBe('health.reason.unknown');
    expect(componentNameId('goals')).toBe('health.component.goals');
    expect(componentNameId('mystery')).toBeNull();
  });

  it('uses the Russian plural forms', () => {
    expect(line('ru', recency)).toBe('\u221212: нет контакта 47 дней, периодичность 30 дней');
    expect(line('ru', component('recency', 30, 20, { daysSinceContact: 41, cadenceDays: 21 }))).toBe(
      '\u221210: нет контакта 41 день, периодичность 21 день',
    );
    expect(line('ru', component('recency', 30, 20, { daysSinceContact: 44, cadenceDays: 22 }))).toBe(
      '\u221210: нет контакта 44 дня, периодичность 22 дня',
    );
  });

  it.each(LOCALES)('%s words every component', (locale) => {
    const components = [
      recency,
      component('recency', 30, 30, { daysSinceContact: 2, cadenceDays: 30 }),
      component('recency', 30, 0, { daysSinceContact: null, daysSinceStart: 0, cadenceDays: 30 }),
      component('frequency', 20, 10, { contacts90d: 3, expected90d: 6 }),
      component('reciprocity', 15, 15, { inbound90d: 2, contacts90d: 4 }),
      component('reciprocity', 15, 0, { inbound90d: 0, contacts90d: 0 }),
      component('sentiment', 15, 12, { positive: 3, neutral: 1, negative: 0 }),
      component('sentiment', 15, 7.5, {}),
      component('value', 20, 15, { canWeHelp: 4, canTheyHelp: 4 }),
      component('value', 20, 10, {}),
      component('goals', 10, 10, {}),
    ];
    for (const c of components) expect(line(locale, c)).not.toMatch(/health\./);
  });
});
