import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/index.js';
import { daysBetween } from '../../shared/index.js';
import { dueLabel, overdueDaysOf } from './due.js';

const say = (locale: 'en' | 'ru' | 'vi' | 'fa', overdueDays: number) => {
  const intl = createIntl({ locale, messages: MESSAGES[locale] });
  const label = dueLabel(overdueDays);
  return intl.formatMessage({ id: label.id }, { days: label.days });
};

describe('due labels', () => {
  it('tells overdue, today and later apart', () => {
    expect(dueLabel(3)).toEqual({ id: 'due.overdueBy', days: 3, tone: 'overdue' });
    expect(dueLabel(0)).toEqual({ id: 'due.today', days: 0, tone: 'today' });
    expect(dueLabel(-5)).toEqual({ id: 'due.inDays', days: 5, tone: 'soon' });
  });

  it('reads in English with plurals', () => {
    expect(say('en', 1)).toBe('Overdue by 1 day');
    expect(say('en', 12)).toBe('Overdue by 12 days');
    expect(say('en', 0)).toBe('Due today');
    expect(say('en', -1)).toBe('Due in 1 day');
  });

  it('uses the Russian one, few and many forms', () => {
    expect(say('ru', 1)).toBe('Просрочено на 1 день');
    expect(say('ru', 3)).toBe('Просрочено на 3 дня');
    expect(say('ru', 5)).toBe('Просрочено на 5 дней');
    expect(say('ru', 21)).toBe('Просрочено на 21 день');
    expect(say('ru', -2)).toBe('Через 2 дня');
  });

  it('has Vietnamese and Persian wording', () => {
    expect(say('vi', 4)).toContain('4');
    expect(say('fa', 0)).not.toBe(say('en', 0));
  });

  it('counts days between calendar dates', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    // A DST change in between does not matter: the dates are calendar days.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(overdueDaysOf('2026-03-10', '2026-03-12')).toBe(2);
  });
});
