import { Box, Button, Divider, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert, LoadMoreButton, TINT_SURFACE } from '../../components/index.js';
import { type InteractionPrefill, QUICK_LOG_KEY, useQuickLog } from '../interactions/index.js';
import { AssessmentRow, StageChangeRow } from './HistoryRows.js';
import { InteractionRow } from './InteractionRow.js';
import { splitAtNow } from './split.js';
import { TaskRow } from './TaskRow.js';
import { useTimeline } from './timeline.queries.js';
import type { TimelineFilters, TimelineItem, TimelineScope } from './timeline.types.js';
import { TimelineFiltersBar } from './TimelineFiltersBar.js';

interface Props {
  workspaceId: string;
  scope: TimelineScope;
  /** The partner of the page (its name is not repeated on each row). */
  partnerId: string;
  /** What a new interaction logged from here is about; null: nothing can be logged here (in the trash). */
  prefill: InteractionPrefill | null;
  /** On a partner's page, names its relationships on their history rows. */
  relationshipLabel?: (id: string) => string;
}

const EMPTY: TimelineFilters = { types: [], memberId: null };

/** Everything that happened with a partner or relationship, newest first, with what is planned on top. */
export function Timeline({ workspaceId, scope, partnerId, prefill, relationshipLabel }: Props) {
  const intl = useIntl();
  const quickLog = useQuickLog();
  const [filters, setFilters] = useState(EMPTY);
  const list = useTimeline(workspaceId, scope, filters);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const { upcoming, past } = splitAtNow(items);

  const row = (item: TimelineItem) => {
    switch (item.type) {
      case 'interaction':
      case 'meeting':
        return (
          <InteractionRow key={`${item.type}:${item.id}`} workspaceId={workspaceId} item={item} partnerId={partnerId} />
        );
      case 'task':
        return <TaskRow key={`task:${item.id}`} workspaceId={workspaceId} item={item} />;
      case 'stage_change':
        return (
          <StageChangeRow
            key={`stage:${item.id}`}
            workspaceId={workspaceId}
            item={item}
            relationshipLabel={relationshipLabel ?? null}
          />
        );
      case 'value_assessment':
        return (
          <AssessmentRow
            key={`value:${item.id}`}
            workspaceId={workspaceId}
            item={item}
            relationshipLabel={relationshipLabel ?? null}
          />
        );
    }
  };

  return (
    <Stack gap="sm" data-testid="timeline">
      <Group justify="space-between">
        <Title order={3} size="h5">
          <FormattedMessage id="timeline.title" />
        </Title>
        {quickLog.enabled && prefill ? (
          <Button
            size="xs"
            onClick={() => quickLog.open(prefill)}
            aria-keyshortcuts={QUICK_LOG_KEY}
            rightSection={
              <Kbd size="xs" aria-hidden>
                {QUICK_LOG_KEY}
              </Kbd>
            }
            data-testid="timeline-log"
          >
            <FormattedMessage id="interaction.log" />
          </Button>
        ) : null}
      </Group>
      <TimelineFiltersBar workspaceId={workspaceId} value={filters} onChange={setFilters} />
      <ErrorAlert error={list.error} />
      {list.isPending ? <Loader size="sm" /> : null}
      {!list.isPending && items.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          <FormattedMessage id="timeline.empty" />
        </Text>
      ) : null}
      {upcoming.length ? (
        <Box
          p="xs"
          style={{ borderRadius: 'var(--mantine-radius-md)', border: '1px dashed var(--mantine-color-blue-4)' }}
          bg={TINT_SURFACE}
          data-testid="timeline-upcoming"
        >
          <Text size="xs" fw={700} c="var(--mantine-color-blue-light-color)" tt="uppercase">
            <FormattedMessage id="timeline.upcoming" />
          </Text>
          <Box component="ol" m={0} p={0} aria-label={intl.formatMessage({ id: 'timeline.upcoming' })}>
            {upcoming.map(row)}
          </Box>
        </Box>
      ) : null}
      {upcoming.length && past.length ? (
        <Divider label={intl.formatMessage({ id: 'timeline.now' })} labelPosition="center" />
      ) : null}
      {past.length ? (
        <Box
          component="ol"
          m={0}
          p={0}
          aria-label={intl.formatMessage({ id: 'timeline.past' })}
          data-testid="timeline-past"
        >
          {past.map(row)}
        </Box>
      ) : null}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
