import { LazyPickerField } from './LazyPickerField.js';
import type { DateFieldBaseProps } from './PickerField.js';

interface Props extends DateFieldBaseProps {
  /** A wall time 'YYYY-MM-DDTHH:mm' (Gregorian, no zone), or '' for none. */
  value: string;
  onChange: (value: string) => void;
}

/** A date and time to the minute in the user's language and calendar, 24-hour; the form gets 'YYYY-MM-DDTHH:mm'. */
export function DateTimeField(props: Props) {
  return <LazyPickerField {...props} granularity="minute" />;
}
