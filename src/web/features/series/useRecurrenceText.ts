import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import type { MeetingSeries } from './series.types.js';

/**
 * "Every 2 weeks · until 30 June 2027" / "· 6 times in all" / "· until stopped", in the user's language and calendar.
 */
export function useRecurrenceText() {
  const intl = useIntl();
  const format = useFormat();
  return (s: Pick<MeetingSeries, 'recurrence' | 'interval' | 'until' | 'count'>) => {
    const every = intl.formatMessage({ id: `series.every.${s.recurrence}` }, { count: s.interval });
    const end = s.until
      ? intl.formatMessage({ id: 'series.endsOn' }, { date: format.day(s.until) })
      : s.count
        ? intl.formatMessage({ id: 'series.endsAfter' }, { count: s.count })
        : intl.formatMessage({ id: 'series.endsNever' });
    return `${every} · ${end}`;
  };
}
