import { Input, type MantineSize } from '@mantine/core';
import { useContext, useEffect, useId, type CSSProperties, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { LineIcon } from './LineIcon.js';
import {
  Button,
  DateInput,
  DatePicker,
  DateFieldStateContext,
  DateSegment,
  type DateSegmentProps,
  Group,
  I18nProvider,
  type DateSegmentRenderProps,
  type DateValue,
} from 'react-aria-components';
import { directionOf, useLocale } from '../i18n/index.js';
import { CalendarPopover } from './CalendarPopover.js';
import { ariaLocale } from './dateValues.js';
import { useHeldDate } from './useHeldDate.js';

/** What DateField and DateTimeField share with Mantine's inputs. */
export interface DateFieldBaseProps {
  /** The visible label, also the field's accessible name. */
  label?: string;
  /** The accessible name when there is no visible label. */
  'aria-label'?: string;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  size?: MantineSize;
  style?: CSSProperties;
  w?: number | string;
  'data-testid'?: string;
}

type SegmentState = DateSegmentRenderProps & { defaultStyle: CSSProperties };

export interface PickerFieldProps extends DateFieldBaseProps {
  /** The form's ISO value; also on the root as data-value, so tests can read what would be saved. */
  value: string;
  onChange: (value: string) => void;
  minValue?: DateValue | null;
  maxValue?: DateValue | null;
  granularity: 'day' | 'minute';
}

// React Aria's own segment style (left-to-right numbers inside a right-to-left field) comes first.
const segmentStyle = ({ isPlaceholder, isFocused, defaultStyle }: SegmentState) => ({
  ...defaultStyle,
  padding: '0 1px',
  borderRadius: 2,
  outline: 'none',
  fontVariantNumeric: 'tabular-nums' as const,
  color: isFocused
    ? 'var(--mantine-primary-color-contrast)'
    : isPlaceholder
      ? 'var(--mantine-color-placeholder)'
      : 'inherit',
  background: isFocused ? 'var(--mantine-primary-color-filled)' : 'transparent',
});

const segmentsStyle = { display: 'flex', flex: 1, direction: 'ltr', whiteSpace: 'pre' } as const;

const calendarButton = {
  border: 0,
  background: 'transparent',
  cursor: 'pointer',
  color: 'var(--mantine-color-dimmed)',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  width: '100%',
  height: '100%',
  fontSize: 'var(--mantine-font-size-md)',
};

/**
 * React Aria's date picker (typed segments and a calendar popover) dressed as a Mantine input: its
 * label, description and error are Mantine's, linked to the field by id so they name and describe it.
 */
export function PickerField(props: PickerFieldProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const id = useId();
  const rtl = directionOf(locale) === 'rtl';
  const held = useHeldDate(props.value, props.granularity, locale, props.onChange);
  const [labelId, descriptionId, errorId] = [`${id}-label`, `${id}-description`, `${id}-error`];
  const describedBy = [props.description ? descriptionId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <I18nProvider locale={ariaLocale(locale)}>
      <Input.Wrapper
        label={props.label}
        description={props.description}
        error={props.error}
        required={props.required}
        size={props.size}
        style={props.style}
        w={props.w}
        labelElement="div"
        labelProps={{ id: labelId }}
        descriptionProps={{ id: descriptionId }}
        errorProps={{ id: errorId }}
        data-testid={props['data-testid']}
        data-value={props.value}
      >
        <DatePicker
          value={held.value}
          onChange={held.change}
          minValue={props.minValue}
          maxValue={props.maxValue}
          granularity={props.granularity}
          hourCycle={24}
          shouldForceLeadingZeros
          isRequired={props.required}
          isInvalid={Boolean(props.error)}
          validationBehavior="aria"
          aria-label={props.label ? undefined : props['aria-label']}
          aria-labelledby={props.label ? labelId : undefined}
          aria-describedby={describedBy || undefined}
        >
          <Input
            component={Group}
            size={props.size}
            error={Boolean(props.error)}
            rightSectionPointerEvents="all"
            rightSection={
              <Button style={calendarButton} aria-label={intl.formatMessage({ id: 'field.openCalendar' })}>
                <CalendarGlyph />
              </Button>
            }
            styles={{ input: { display: 'flex', alignItems: 'center' } }}
          >
            {/* Left to right even in Persian, as Persian text writes numeric dates and times
                (۱۴۰۵/۰۹/۱۲، ۰۷:۰۹): segment by segment right to left would show 07:09 as ۰۹:۰۷.
                white-space pre: the space between date and time is a segment that flex would drop. */}
            <DateInput style={{ ...segmentsStyle, justifyContent: rtl ? 'flex-end' : 'flex-start' }}>
              {(segment) => <Segment segment={segment} onFilled={held.filled} />}
            </DateInput>
          </Input>
          <CalendarPopover />
        </DatePicker>
      </Input.Wrapper>
    </I18nProvider>
  );
}

/** A part of the date; the first editable one also reports whether all parts are filled in. */
function Segment({
  segment,
  onFilled,
}: {
  segment: DateSegmentProps['segment'];
  onFilled: (complete: boolean) => void;
}) {
  const state = useContext(DateFieldStateContext);
  const editable = state?.segments.filter((s) => s.isEditable) ?? [];
  const watching = editable[0]?.type === segment.type;
  const complete = editable.every((s) => !s.isPlaceholder);
  useEffect(() => {
    if (watching) onFilled(complete);
    // Only a change in completeness matters, not a new callback on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watching, complete]);
  return <DateSegment segment={segment} style={segmentStyle} />;
}

function CalendarGlyph() {
  return (
    <LineIcon size={16}>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </LineIcon>
  );
}
