import { Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import type { Interaction } from '../interactions/index.js';
import type { Placed } from './layout.js';
import { meetingColor, useMeetingTitle } from './MeetingChip.js';

interface Props {
  workspaceId: string;
  block: Placed<Interaction>;
  /** Pixels per hour of the grid. */
  hour: number;
  /** Start and end on the user's clock, e.g. "09:00–10:00". */
  times: string;
}

/** A meeting in the week's time grid: placed by its time, side by side with those it overlaps. */
export function WeekBlock({ workspaceId, block, hour, times }: Props) {
  const m = block.item;
  const title = useMeetingTitle()(m);
  const color = meetingColor(m);
  const place = m.location.trim().split('\n')[0] ?? '';
  const height = Math.max(((block.end - block.start) / 60) * hour - 2, 18);
  // Where, when the block has room for a line more.
  const location = height >= 48 ? place : '';
  return (
    <UnstyledButton
      component={Link}
      to={`/w/${workspaceId}/interactions/${m.id}`}
      title={[`${times} ${title}`, m.location.trim()].filter(Boolean).join('\n')}
      data-testid="calendar-meeting"
      data-series={m.seriesId ? 'true' : undefined}
      style={{
        position: 'absolute',
        top: (block.start / 60) * hour + 1,
        height,
        overflow: 'hidden',
        insetInlineStart: `calc(${(block.lane / block.lanes) * 100}% + 2px)`,
        width: `calc(${100 / block.lanes}% - 4px)`,
        padding: '1px 4px',
        borderRadius: 4,
        background: `var(--mantine-color-${color}-light)`,
        borderInlineStart: `3px solid var(--mantine-color-${color}-filled)`,
        zIndex: 1,
      }}
    >
      {height < 34 ? (
        // Too short for two lines: time and title side by side.
        <Text size="xs" lh={1.25} truncate="end">
          <Text span size="xs" fw={600} c={`var(--mantine-color-${color}-light-color)`}>
            {times}
          </Text>{' '}
          {m.seriesId ? '↻ ' : ''}
          <span dir="auto">{title}</span>
        </Text>
      ) : (
        <>
          <Text size="xs" fw={600} c={`var(--mantine-color-${color}-light-color)`} lh={1.25} truncate="end">
            {block.continued ? '… ' : ''}
            {times}
          </Text>
          <Text size="xs" lh={1.25} lineClamp={Math.max(1, Math.floor((height - (location ? 31 : 16)) / 15))}>
            {m.seriesId ? '↻ ' : ''}
            <span dir="auto">{title}</span>
          </Text>
          {location ? (
            <Text size="xs" lh={1.25} c="dimmed" truncate="end" dir="auto" data-testid="calendar-meeting-location">
              {location}
            </Text>
          ) : null}
        </>
      )}
    </UnstyledButton>
  );
}
