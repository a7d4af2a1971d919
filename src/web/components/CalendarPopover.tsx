import { useIntl } from 'react-intl';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  Dialog,
  Heading,
  Popover,
  type CalendarCellRenderProps,
} from 'react-aria-components';

const paper = {
  background: 'var(--mantine-color-body)',
  border: '1px solid var(--mantine-color-default-border)',
  borderRadius: 'var(--mantine-radius-md)',
  boxShadow: 'var(--mantine-shadow-md)',
  padding: 'var(--mantine-spacing-sm)',
  // Above Mantine's modals (200), like Mantine's own popovers.
  zIndex: 'var(--mantine-z-index-popover)' as unknown as number,
  outline: 'none',
};

const navButton = {
  border: 0,
  background: 'transparent',
  cursor: 'pointer',
  borderRadius: 'var(--mantine-radius-sm)',
  width: 28,
  height: 28,
  fontSize: 'var(--mantine-font-size-md)',
  color: 'var(--mantine-color-text)',
};

function cellStyle(cell: CalendarCellRenderProps) {
  const { isSelected, isOutsideMonth, isUnavailable, isDisabled, isFocusVisible, isToday } = cell;
  return {
    width: 34,
    height: 32,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    borderRadius: 'var(--mantine-radius-sm)',
    cursor: 'pointer',
    fontSize: 'var(--mantine-font-size-sm)',
    outline: isFocusVisible ? '2px solid var(--mantine-primary-color-filled)' : 'none',
    outlineOffset: 1,
    fontWeight: isToday ? 700 : 400,
    background: isSelected ? 'var(--mantine-primary-color-filled)' : 'transparent',
    color: isSelected
      ? 'var(--mantine-primary-color-contrast)'
      : isDisabled || isUnavailable
        ? 'var(--mantine-color-dimmed)'
        : 'var(--mantine-color-text)',
    // Days of the next and previous month keep their place in the grid but are not shown.
    visibility: isOutsideMonth ? ('hidden' as const) : ('visible' as const),
  };
}

/** The month grid under a date field, in the field's locale (calendar, digits, first weekday, direction). */
export function CalendarPopover() {
  const intl = useIntl();
  return (
    <Popover placement="bottom start" style={paper} data-testid="date-field-calendar">
      <Dialog style={{ outline: 'none' }}>
        <Calendar>
          <header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 6 }}>
            {/* ‹ and › are mirrored characters: in Persian "previous" points right by itself. */}
            <Button slot="previous" style={navButton} aria-label={intl.formatMessage({ id: 'field.previousMonth' })}>
              ‹
            </Button>
            <Heading style={{ margin: 0, fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600 }} />
            <Button slot="next" style={navButton} aria-label={intl.formatMessage({ id: 'field.nextMonth' })}>
              ›
            </Button>
          </header>
          <CalendarGrid style={{ borderCollapse: 'collapse', fontSize: 'var(--mantine-font-size-xs)' }}>
            {(date) => <CalendarCell date={date} style={cellStyle} />}
          </CalendarGrid>
        </Calendar>
      </Dialog>
    </Popover>
  );
}
