import { ActionIcon, Box, Text } from '@mantine/core';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useIntl } from 'react-intl';
import type { Interaction } from '../interactions/index.js';
import { layoutDays, localDayAndMinute } from './layout.js';
import type { CalendarSettings } from './useCalendarSettings.js';
import { WeekBlock } from './WeekBlock.js';

const HOUR = 44;
const GUTTER = 56;
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const border = '1px solid var(--mantine-color-default-border)';
const columns = { display: 'grid', gridTemplateColumns: `${GUTTER}px repeat(7, minmax(0, 1fr))` } as const;

interface Props {
  workspaceId: string;
  days: string[];
  today: string;
  meetings: Interaction[];
  settings: CalendarSettings;
  /** Logs a meeting on a day at a time (minutes after midnight); absent for viewers. */
  onLog?: (day: string, minute: number) => void;
}

/**
 * A week as a time grid on the user's clock: a column per day from the locale's first day, meetings
 * placed by start and duration (overlapping ones side by side), a line at the current time. A click
 * on an empty hour logs a meeting then; each day's "+" logs one that morning.
 */
export function WeekView({ workspaceId, days, today, meetings, settings, onLog }: Props) {
  const intl = useIntl();
  const { format } = settings;
  const scroller = useRef<HTMLDivElement>(null);
  const placed = layoutDays(meetings, days, settings.timeZone);
  const earliest = Math.min(8 * 60, ...[...placed.values()].flat().map((b) => b.start));
  // The current-time line moves on every minute.
  const [clock, setClock] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setClock(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  const now = localDayAndMinute(clock, settings.timeZone);

  const first = days[0];
  useEffect(() => {
    // Open on the working day (or the week's earliest meeting) rather than at midnight, for each week shown.
    if (scroller.current && first) scroller.current.scrollTop = Math.max(0, (earliest / 60 - 0.5) * HOUR);
  }, [first, earliest]);

  const logAt = (day: string) => (event: MouseEvent<HTMLDivElement>) => {
    if (!onLog || event.target !== event.currentTarget) return;
    const y = event.clientY - event.currentTarget.getBoundingClientRect().top;
    onLog(day, Math.min(23, Math.max(0, Math.floor(y / HOUR))) * 60);
  };
  const timesOf = (m: Interaction) =>
    m.durationMinutes
      ? format.timeRange(m.occurredAt, new Date(Date.parse(m.occurredAt) + m.durationMinutes * 60_000).toISOString())
      : format.time(m.occurredAt);

  return (
    <Box data-testid="calendar-week" style={{ border, borderRadius: 4 }}>
      <Box style={{ ...columns, borderBlockEnd: border }}>
        <span />
        {days.map((day) => (
          <Box
            key={day}
            data-testid="calendar-week-day"
            data-day={day}
            aria-current={day === today ? 'date' : undefined}
            style={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              gap: 4,
              padding: 4,
              borderInlineStart: border,
              background: settings.isWeekend(day) ? 'var(--mantine-color-gray-light)' : undefined,
            }}
          >
            <Text
              size="sm"
              fw={day === today ? 700 : 500}
              c={day === today ? 'blue' : undefined}
              title={format.fullDay(day)}
            >
              {format.weekday(day)} {format.dayNumber(day)}
            </Text>
            {onLog ? (
              <ActionIcon
                size="xs"
                variant="subtle"
                onClick={() => onLog(day, 9 * 60)}
                aria-label={intl.formatMessage({ id: 'calendar.logOn' }, { day: format.fullDay(day) })}
              >
                <span aria-hidden>+</span>
              </ActionIcon>
            ) : null}
          </Box>
        ))}
      </Box>
      <Box ref={scroller} style={{ maxHeight: 'min(640px, 70vh)', overflowY: 'auto' }}>
        <Box style={{ ...columns, height: 24 * HOUR }}>
          <Box style={{ position: 'relative' }} aria-hidden>
            {HOURS.slice(1).map((h) => (
              <Text
                key={h}
                size="xs"
                c="dimmed"
                ta="end"
                pe={6}
                style={{ position: 'absolute', top: h * HOUR - 8, insetInline: 0 }}
              >
                {format.hour(h * 60)}
              </Text>
            ))}
          </Box>
          {days.map((day) => (
            <Box
              key={day}
              onClick={logAt(day)}
              data-testid="calendar-week-column"
              data-day={day}
              style={{
                position: 'relative',
                borderInlineStart: border,
                cursor: onLog ? 'copy' : undefined,
                backgroundColor: settings.isWeekend(day) ? 'var(--mantine-color-gray-light)' : undefined,
                backgroundImage: `repeating-linear-gradient(to bottom, var(--mantine-color-default-border) 0 1px, transparent 1px ${HOUR}px)`,
              }}
            >
              {(placed.get(day) ?? []).map((block) => (
                <WeekBlock
                  key={block.item.id}
                  workspaceId={workspaceId}
                  block={block}
                  hour={HOUR}
                  times={timesOf(block.item)}
                />
              ))}
              {day === now.day ? (
                <Box
                  aria-hidden
                  style={{
                    position: 'absolute',
                    insetInline: 0,
                    top: (now.minute / 60) * HOUR,
                    height: 2,
                    zIndex: 2,
                    background: 'var(--mantine-color-red-6)',
                    pointerEvents: 'none',
                  }}
                />
              ) : null}
            </Box>
          ))}
        </Box>
      </Box>
    </Box>
  );
}
