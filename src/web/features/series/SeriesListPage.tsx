import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { canWrite, useWorkspace } from '../../shared/index.js';
import { EmptyRow, ErrorAlert, LoadMoreButton } from '../../components/index.js';
import { formatDateTime, useLocale } from '../../i18n/index.js';
import { NewSeriesModal } from './NewSeriesModal.js';
import { useSeriesList } from './series.queries.js';
import { useRecurrenceText } from './useRecurrenceText.js';

/** Recurring meetings, running or stopped: schedule, next start (on its own clock) and what they concern. */
export function SeriesListPage() {
  const intl = useIntl();
  const { workspace, session } = useWorkspace();
  const { locale } = useLocale();
  const recurrence = useRecurrenceText();
  const [stopped, setStopped] = useState(false);
  const [creating, setCreating] = useState(false);
  const list = useSeriesList(workspace.id, stopped);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const root = `/w/${workspace.id}`;
  return (
    <Stack maw={1100} data-testid="series-list-page">
      <Anchor component={Link} to={`${root}/calendar`} size="sm">
        <FormattedMessage id="series.toCalendar" />
      </Anchor>
      <Group justify="space-between">
        <Title order={1} size="h2">
          <FormattedMessage id="series.listTitle" />
        </Title>
        {canWrite(workspace.role) ? (
          <Button onClick={() => setCreating(true)} data-testid="new-series">
            <FormattedMessage id="series.new" />
          </Button>
        ) : null}
      </Group>
      <SegmentedControl
        value={stopped ? 'stopped' : 'running'}
        onChange={(v) => setStopped(v === 'stopped')}
        style={{ alignSelf: 'flex-start' }}
        aria-label={intl.formatMessage({ id: 'series.which' })}
        data={[
          { value: 'running', label: intl.formatMessage({ id: 'series.running' }) },
          { value: 'stopped', label: intl.formatMessage({ id: 'series.stopped' }) },
        ]}
      />
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="series-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="interaction.field.subject" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="series.field.recurrence" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="series.next" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="interaction.field.partners" />
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && !list.isPending ? (
              <EmptyRow
                colSpan={4}
                {...(!stopped && canWrite(workspace.role)
                  ? {
                      message: <FormattedMessage id="empty.series" />,
                      actions: (
                        <Button size="xs" onClick={() => setCreating(true)}>
                          <FormattedMessage id="series.new" />
                        </Button>
                      ),
                    }
                  : {})}
              />
            ) : null}
            {items.map((s) => (
              <Table.Tr key={s.id} data-testid="series-row">
                <Table.Td>
                  <Anchor component={Link} to={`${root}/calendar/series/${s.id}`} size="sm">
                    {s.subject}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{recurrence(s)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {s.nextOccurrences[0] ? formatDateTime(s.nextOccurrences[0], locale, s.timeZone) : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{s.partners.map((p) => p.name).join(', ') || '—'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => void list.fetchNextPage()}
      />
      {creating ? (
        <NewSeriesModal workspaceId={workspace.id} user={session.user} onClose={() => setCreating(false)} />
      ) : null}
    </Stack>
  );
}
