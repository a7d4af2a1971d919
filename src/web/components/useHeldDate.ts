import { useState } from 'react';
import type { DateValue } from 'react-aria-components';
import type { Locale } from '../api/index.js';
import { dateTimeToIso, dateToIso, isoToDate, isoToDateTime } from './dateValues.js';

interface Held {
  iso: string;
  value: DateValue | null;
  locale: Locale;
  /** The user emptied a part: the form has '' while React Aria keeps the other parts on screen. */
  blanked: boolean;
}

/**
 * Between the form's ISO string and React Aria's date. React Aria keeps the last whole date while a
 * part is emptied (it only tells on blur, if at all); the form must hear '' at once, so a cleared
 * field is never saved as the old date. The date React Aria is given stays the same object then,
 * or it would wipe the parts the user left.
 */
export function useHeldDate(
  iso: string,
  granularity: 'day' | 'minute',
  locale: Locale,
  onChange: (iso: string) => void,
) {
  const parse = granularity === 'day' ? isoToDate : isoToDateTime;
  const format = granularity === 'day' ? dateToIso : dateTimeToIso;
  const [held, setHeld] = useState<Held>(() => ({ iso, value: parse(iso, locale), locale, blanked: false }));
  let current = held;
  // The form changed the value (a prefill, a reset) or the language changed: show that.
  if ((iso !== held.iso && !(iso === '' && held.blanked)) || locale !== held.locale) {
    current = { iso, value: parse(iso, locale), locale, blanked: false };
    setHeld(current);
  }

  const change = (value: DateValue | null) => {
    const next = format(value);
    setHeld({ iso: next, value, locale, blanked: false });
    onChange(next);
  };
  /** Called with whether every part of the field is filled in. */
  const filled = (complete: boolean) => {
    if (!complete && current.value && !current.blanked) {
      setHeld({ ...current, iso: '', blanked: true });
      onChange('');
    } else if (complete && current.blanked) {
      // The part was typed again as it was: React Aria sees no change and says nothing.
      const again = format(current.value);
      setHeld({ ...current, iso: again, blanked: false });
      onChange(again);
    }
  };
  return { value: current.value, change, filled };
}
