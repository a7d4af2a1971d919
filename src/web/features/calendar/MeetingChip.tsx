import { Box, Text, UnstyledButton } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Interaction } from '../interactions/index.js';

/** What a meeting is called on the calendar: its subject, else its kind. */
export function useMeetingTitle() {
  const intl = useIntl();
  return (m: Pick<Interaction, 'subject' | 'kind'>) =>
    m.subject || intl.formatMessage({ id: `interaction.kind.${m.kind}` });
}

/** A colour per meeting: recurring ones violet, planned ones blue, past ones grey-blue. */
export function meetingColor(m: Pick<Interaction, 'seriesId' | 'planned'>): string {
  if (m.seriesId) return 'violet';
  return m.planned ? 'blue' : 'indigo';
}

interface Props {
  workspaceId: string;
  meeting: Interaction;
  time: string;
}

/** One meeting in a month cell: its start time and title, a link to its page. */
export function MeetingChip({ workspaceId, meeting: m, time }: Props) {
  const title = useMeetingTitle()(m);
  const color = meetingColor(m);
  return (
    <UnstyledButton
      component={Link}
      to={`/w/${workspaceId}/interactions/${m.id}`}
      title={[`${time} ${title}`, m.location.trim()].filter(Boolean).join('\n')}
      data-testid="calendar-meeting"
      data-series={m.seriesId ? 'true' : undefined}
      style={{
        display: 'block',
        minWidth: 0,
        borderRadius: 4,
        padding: '1px 4px',
        background: `var(--mantine-color-${color}-light)`,
      }}
    >
      <Box style={{ display: 'flex', gap: 4, minWidth: 0 }}>
        <Text span size="xs" fw={600} c={`var(--mantine-color-${color}-light-color)`} style={{ whiteSpace: 'nowrap' }}>
          {time}
        </Text>
        {m.seriesId ? (
          <Text span size="xs" aria-hidden>
            ↻
          </Text>
        ) : null}
        {/* A subject may be written in another direction than the page (Latin in Persian): it decides its own. */}
        <Text span size="xs" truncate="end" dir="auto" style={{ minWidth: 0 }}>
          {title}
        </Text>
      </Box>
    </UnstyledButton>
  );
}
