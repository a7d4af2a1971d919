import { Text, type TextProps } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { formatDateTime, useLocale } from '../../i18n/index.js';
import { sameClock } from '../../shared/index.js';

interface Props extends TextProps {
  at: string;
  /** The zone the interaction happened in. */
  timeZone: string;
  durationMinutes?: number | null;
}

/**
 * When an interaction happened, on the clock of where it happened (Solar Hijri in Persian), with the
 * user's own time beside it when their clock differs, and how long it took.
 */
export function WhenText({ at, timeZone, durationMinutes, ...props }: Props) {
  const { locale, timeZone: mine } = useLocale();
  const there = formatDateTime(at, locale, timeZone);
  return (
    <Text size="sm" {...props} data-testid="interaction-when-text">
      {sameClock(at, timeZone, mine) ? (
        there
      ) : (
        <FormattedMessage
          id="interaction.whenElsewhere"
          values={{ there, zone: timeZone, here: formatDateTime(at, locale, mine) }}
        />
      )}
      {durationMinutes ? (
        <>
          {' '}
          · <FormattedMessage id="interaction.duration" values={{ minutes: durationMinutes }} />
        </>
      ) : null}
    </Text>
  );
}
