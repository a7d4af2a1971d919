import { Alert, Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { canWrite, useWorkspace } from '../../shared/index.js';
import { ErrorAlert, PageLoader } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { ActivityIcon, InteractionLinks, LocationText, WhenText } from '../interactions/index.js';
import { useRecurrenceText } from './useRecurrenceText.js';
import { SeriesActions } from './SeriesActions.js';
import { useSeries } from './series.queries.js';
import { SeriesOccurrences } from './SeriesOccurrences.js';

/**
 * A recurring meeting: its schedule, who takes part, its agenda template, next starts and occurrences; edit or stop it.
 */
export function SeriesPage() {
  const { workspace } = useWorkspace();
  const { seriesId } = useParams();
  const format = useFormat();
  const recurrence = useRecurrenceText();
  const query = useSeries(workspace.id, seriesId);
  const s = query.data;
  if (query.isPending) return <PageLoader />;
  if (!s) return <ErrorAlert error={query.error} />;
  return (
    <Stack maw={1100} data-testid="series-page">
      <Anchor component={Link} to={`/w/${workspace.id}/calendar/series`} size="sm">
        <FormattedMessage id="series.back" />
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Group gap="sm" wrap="nowrap">
            <ActivityIcon type={s.kind} color="violet" size={36} />
            <Title order={1} size="h2" data-testid="series-title">
              {s.subject}
            </Title>
            <Badge variant="light" color={s.stoppedAt ? 'gray' : 'violet'}>
              <FormattedMessage id={s.stoppedAt ? 'series.stopped' : 'series.running'} />
            </Badge>
          </Group>
          <Text fw={500} data-testid="series-recurrence-text">
            {recurrence(s)}
          </Text>
          <Group gap={4}>
            <Text size="sm" c="dimmed">
              <FormattedMessage id="series.firstOn" />
            </Text>
            <WhenText at={s.startsAt} timeZone={s.timeZone} durationMinutes={s.durationMinutes} c="dimmed" />
          </Group>
          <LocationText location={s.location} />
        </Stack>
        {canWrite(workspace.role) ? <SeriesActions workspaceId={workspace.id} series={s} /> : null}
      </Group>
      {s.stoppedAt ? (
        <Alert color="gray" variant="light">
          <FormattedMessage id="series.stoppedOn" values={{ date: format.dateTime(s.stoppedAt) }} />
        </Alert>
      ) : null}
      <InteractionLinks workspaceId={workspace.id} interaction={s} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack>
          <SeriesOccurrences workspaceId={workspace.id} series={s} />
        </Stack>
        <Paper withBorder p="md" radius="md" data-testid="series-agenda">
          <Title order={3} size="h5" mb="sm">
            <FormattedMessage id="series.agendaTemplate" />
          </Title>
          {s.agenda.length ? (
            <List type="ordered" size="sm" spacing={4}>
              {s.agenda.map((item, i) => (
                <List.Item key={i}>
                  <bdi>{item.title}</bdi>
                  {item.notes ? (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      — {item.notes}
                    </Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="common.empty" />
            </Text>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
