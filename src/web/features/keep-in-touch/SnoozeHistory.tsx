import { Badge, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import { useSnoozes } from './keepInTouch.queries.js';

/** Every snooze of the relationship, newest first: until when, by whom, and whether it ended early. */
export function SnoozeHistory({ workspaceId, relationshipId }: { workspaceId: string; relationshipId: string }) {
  const format = useFormat();
  const snoozes = useSnoozes(workspaceId, relationshipId);
  const items = snoozes.data ?? [];
  if (items.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        <FormattedMessage id="snooze.historyEmpty" />
      </Text>
    );
  }
  return (
    <Stack gap={4} component="ul" p={0} m={0} data-testid="snooze-history">
      {items.map((s) => (
        <Group
          key={s.id}
          component="li"
          gap={6}
          wrap="wrap"
          style={{ listStyle: 'none' }}
          data-testid="snooze-history-item"
        >
          <Text size="xs">
            <FormattedMessage id="snooze.historyUntil" values={{ date: format.day(s.until) }} />
          </Text>
          {s.active ? (
            <Badge size="xs" color="blue" variant="light">
              <FormattedMessage id="snooze.active" />
            </Badge>
          ) : null}
          <Text size="xs" c="dimmed">
            <FormattedMessage
              id="snooze.historyBy"
              values={{ name: s.createdByName ?? '—', date: format.date(s.createdAt) }}
            />
          </Text>
          {s.endedAt ? (
            <Text size="xs" c="dimmed">
              <FormattedMessage
                id="snooze.historyEnded"
                values={{ name: s.endedByName ?? '—', date: format.date(s.endedAt) }}
              />
            </Text>
          ) : null}
          {s.note ? (
            <Text size="xs" c="dimmed" fs="italic">
              {s.note}
            </Text>
          ) : null}
        </Group>
      ))}
    </Stack>
  );
}
