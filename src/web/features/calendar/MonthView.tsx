import { Box, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Interaction } from '../interactions/index.js';
import { byStartDay } from './layout.js';
import { MeetingChip } from './MeetingChip.js';
import type { MonthGrid } from './month.js';
import type { CalendarSettings } from './useCalendarSettings.js';

const SHOWN = 3;
const border = '1px solid var(--mantine-color-default-border)';

interface Props {
  workspaceId: string;
  grid: MonthGrid;
  today: string;
  meetings: Interaction[];
  settings: CalendarSettings;
  /** Logs a meeting on a day (absent for viewers). */
  onLog?: (day: string) => void;
  /** Shows the week of a day (a full cell's "more"). */
  onShowWeek: (day: string) => void;
}

/**
 * A month in the user's calendar (a Persian month in Persian): weeks from the locale's first day,
 * the days of other months dimmed, weekends shaded, each day's meetings in time order. A day's
 * number logs a meeting on it; so does a click on its empty space.
 */
export function MonthView({ workspaceId, grid, today, meetings, settings, onLog, onShowWeek }: Props) {
  const intl = useIntl();
  const { format } = settings;
  const perDay = byStartDay(meetings, settings.timeZone);
  const headers = grid.weeks[0] ?? [];
  const row = { display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))' } as const;
  return (
    <Box
      role="table"
      aria-label={format.monthYear(grid.first)}
      data-testid="calendar-month"
      style={{ borderInlineStart: border, borderBlockStart: border }}
    >
      <Box role="row" style={row}>
        {headers.map((day) => (
          <Text
            key={day}
            role="columnheader"
            size="xs"
            fw={700}
            c="dimmed"
            ta="center"
            py={4}
            style={{ borderInlineEnd: border, borderBlockEnd: border }}
          >
            {format.weekday(day)}
          </Text>
        ))}
      </Box>
      {grid.weeks.map((week) => (
        <Box key={week[0]} role="row" style={row}>
          {week.map((day) => {
            const inMonth = day >= grid.first && day <= grid.last;
            const items = perDay.get(day) ?? [];
            const label = format.fullDay(day);
            const isToday = day === today;
            return (
              <Box
                key={day}
                role="cell"
                data-testid="calendar-day"
                data-day={day}
                data-in-month={inMonth}
                onClick={(e) => onLog && e.target === e.currentTarget && onLog(day)}
                style={{
                  minHeight: 112,
                  padding: 4,
                  display: 'flex',
                  flexDirection: 'column',
                  gap: 2,
                  minWidth: 0,
                  cursor: onLog ? 'copy' : undefined,
                  borderInlineEnd: border,
                  borderBlockEnd: border,
                  background: settings.isWeekend(day) ? 'var(--mantine-color-gray-light)' : undefined,
                }}
              >
                <UnstyledButton
                  onClick={() => onLog?.(day)}
                  disabled={!onLog}
                  data-testid="calendar-day-number"
                  aria-current={isToday ? 'date' : undefined}
                  style={{
                    alignSelf: 'flex-start',
                    minWidth: 24,
                    height: 24,
                    paddingInline: 6,
                    borderRadius: 12,
                    textAlign: 'center',
                    fontSize: 'var(--mantine-font-size-sm)',
                    fontWeight: isToday ? 700 : 500,
                    background: isToday ? 'var(--mantine-color-blue-filled)' : undefined,
                    // Days of the months either side are dimmed by colour, not opacity, to keep AA contrast.
                    color: isToday ? 'var(--mantine-color-white)' : inMonth ? undefined : 'var(--mantine-color-dimmed)',
                  }}
                >
                  {inMonth ? format.dayNumber(day) : format.dayMonth(day)}
                  {/* The name starts with what the button shows (WCAG 2.5.3), then says what it does. */}
                  <VisuallyHidden>
                    {', '}
                    {onLog ? intl.formatMessage({ id: 'calendar.logOn' }, { day: label }) : label}
                  </VisuallyHidden>
                </UnstyledButton>
                {items.slice(0, SHOWN).map((m) => (
                  <MeetingChip key={m.id} workspaceId={workspaceId} meeting={m} time={format.time(m.occurredAt)} />
                ))}
                {items.length > SHOWN ? (
                  <UnstyledButton onClick={() => onShowWeek(day)} fz="xs" c="blue" data-testid="calendar-more">
                    <FormattedMessage id="calendar.more" values={{ count: items.length - SHOWN }} />
                  </UnstyledButton>
                ) : null}
              </Box>
            );
          })}
        </Box>
      ))}
    </Box>
  );
}
