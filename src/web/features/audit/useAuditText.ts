import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import type { AuditText } from './changeValue.js';

/** The reader's messages and formatters, with the names one entry mentions. */
export function useAuditText(): (names: Record<string, string>) => AuditText {
  const intl = useIntl();
  const format = useFormat();
  return useMemo(() => {
    const base = {
      t: (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values),
      has: (id: string) => id in intl.messages,
      dateTime: format.dateTime,
      day: format.day,
      number: format.number,
      list: (items: string[]) => intl.formatList(items, { type: 'conjunction' }),
    };
    return (names: Record<string, string>) => ({ ...base, names });
  }, [intl, format]);
}
