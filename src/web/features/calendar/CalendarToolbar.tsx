import { ActionIcon, Button, Group, SegmentedControl, Switch, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CalendarNav, CalendarView } from './useCalendarNav.js';

const chevron = (flip: boolean) => (
  <svg
    width={18}
    height={18}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2.2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden
    style={flip ? { transform: 'scaleX(-1)' } : undefined}
  >
    <path d="M15 6l-6 6 6 6" />
  </svg>
);

/**
 * The period shown (month name and year in the user's calendar, or the week's dates), moves to the
 * previous and next period and back to today, month or week, and "only my meetings". Arrows point
 * the way the page reads: "previous" points right in Persian.
 */
export function CalendarToolbar({ nav, rtl }: { nav: CalendarNav; rtl: boolean }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const unit = nav.view === 'month' ? 'Month' : 'Week';
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="xs" wrap="nowrap">
        <ActionIcon
          variant="default"
          size="lg"
          onClick={nav.previous}
          aria-label={t(`calendar.previous${unit}`)}
          data-testid="calendar-previous"
        >
          {chevron(rtl)}
        </ActionIcon>
        <Button variant="default" onClick={nav.goToday} data-testid="calendar-today">
          <FormattedMessage id="calendar.today" />
        </Button>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={nav.next}
          aria-label={t(`calendar.next${unit}`)}
          data-testid="calendar-next"
        >
          {chevron(!rtl)}
        </ActionIcon>
        <Title order={3} size="h4" ms="xs" aria-live="polite" data-testid="calendar-title">
          {nav.title}
        </Title>
      </Group>
      <Group gap="md">
        <Switch
          label={t('calendar.mine')}
          checked={nav.mine}
          onChange={(e) => nav.setMine(e.currentTarget.checked)}
          data-testid="calendar-mine"
        />
        <SegmentedControl
          value={nav.view}
          onChange={(v) => nav.show(v as CalendarView)}
          aria-label={t('calendar.view')}
          data-testid="calendar-view"
          data={[
            { value: 'month', label: t('calendar.month') },
            { value: 'week', label: t('calendar.week') },
          ]}
        />
      </Group>
    </Group>
  );
}
