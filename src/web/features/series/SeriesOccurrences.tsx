import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert, LoadMoreButton } from '../../components/index.js';
import { WhenText } from '../interactions/index.js';
import { useOccurrences } from './series.queries.js';
import type { MeetingSeries } from './series.types.js';

/** The series' next scheduled starts, and its occurrences so far (each an ordinary meeting with its own page). */
export function SeriesOccurrences({ workspaceId, series }: { workspaceId: string; series: MeetingSeries }) {
  const list = useOccurrences(workspaceId, series.id);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Paper withBorder p="md" radius="md" data-testid="series-next">
        <Title order={3} size="h5" mb="sm">
          <FormattedMessage id="series.next" />
        </Title>
        {series.nextOccurrences.length ? (
          <Stack gap={4}>
            {series.nextOccurrences.map((at) => (
              <div key={at} data-testid="series-next-item">
                <WhenText at={at} timeZone={series.timeZone} durationMinutes={series.durationMinutes} />
              </div>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="series.noNext" />
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="series-occurrences">
        <Title order={3} size="h5" mb="sm">
          <FormattedMessage id="series.occurrencesTitle" />
        </Title>
        <ErrorAlert error={list.error} />
        <Stack gap={6}>
          {items.length === 0 && !list.isPending ? (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="common.empty" />
            </Text>
          ) : null}
          {items.map((m) => (
            <Group key={m.id} gap="xs" wrap="nowrap" justify="space-between" data-testid="series-occurrence">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/w/${workspaceId}/interactions/${m.id}`} size="sm" dir="auto">
                  {m.subject || series.subject}
                </Anchor>
                <WhenText at={m.occurredAt} timeZone={m.timeZone} size="xs" c="dimmed" />
              </Stack>
              {m.planned ? (
                <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
                  <FormattedMessage id="interaction.planned" />
                </Badge>
              ) : null}
            </Group>
          ))}
        </Stack>
        <LoadMoreButton
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        />
      </Paper>
    </>
  );
}
