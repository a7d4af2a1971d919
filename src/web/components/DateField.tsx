import { useLocale } from '../i18n/index.js';
import { isoToDate } from './dateValues.js';
import { LazyPickerField } from './LazyPickerField.js';
import type { DateFieldBaseProps } from './PickerField.js';

interface Props extends DateFieldBaseProps {
  /** 'YYYY-MM-DD' (Gregorian), or '' for none. */
  value: string;
  onChange: (value: string) => void;
  min?: string;
  max?: string;
}

/**
 * A calendar date in the user's language and calendar (Solar Hijri with Persian digits in Persian,
 * day-first in Vietnamese and Russian); the form still gets a Gregorian 'YYYY-MM-DD', '' when cleared.
 */
export function DateField({ min, max, ...rest }: Props) {
  const { locale } = useLocale();
  return (
    <LazyPickerField
      {...rest}
      granularity="day"
      minValue={min ? isoToDate(min, locale) : null}
      maxValue={max ? isoToDate(max, locale) : null}
    />
  );
}
