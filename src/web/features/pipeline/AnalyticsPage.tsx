import { Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DateField, ErrorAlert, PageLoader } from '../../components/index.js';
import { useWorkspace } from '../../shared/index.js';
import { useFormat } from '../../i18n/index.js';
import { useOwnerOptions } from '../partners/index.js';
import { STAGE_COLORS, today } from '../relationships/index.js';
import { BarChart } from './BarChart.js';
import { useAnalytics } from './board.queries.js';
import { daysBefore, DEFAULT_PERIOD_DAYS } from './dates.js';

/** Relationships per stage, median days in each stage and conversion to the next, for a period. */
export function AnalyticsPage() {
  const intl = useIntl();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const owners = useOwnerOptions(workspace.id);
  const [to, setTo] = useState(today());
  const [from, setFrom] = useState(() => daysBefore(today(), DEFAULT_PERIOD_DAYS - 1));
  const [owner, setOwner] = useState<string | null>(null);
  const analytics = useAnalytics(workspace.id, { from, to, owner });
  const stages = analytics.data?.stages ?? [];
  const t = (id: string) => intl.formatMessage({ id });
  const stageName = (s: string) => t(`relationship.stage.${s}`);
  const dash = '—';
  const days = (n: number | null) =>
    n === null ? dash : intl.formatMessage({ id: 'relationship.days' }, { days: Math.round(n * 10) / 10 });
  const percent = (n: number | null) => (n === null ? dash : format.percent(n));

  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        <FormattedMessage id="analytics.title" />
      </Title>
      <Group align="flex-end">
        <DateField label={t('analytics.from')} value={from} max={to} onChange={(v) => setFrom(v)} />
        <DateField label={t('analytics.to')} value={to} min={from} onChange={(v) => setTo(v)} />
        <Select
          label={t('relationship.field.ownerId')}
          data={owners}
          value={owner}
          onChange={setOwner}
          clearable
          searchable
          placeholder={t('analytics.wholeWorkspace')}
          comboboxProps={{ withinPortal: true }}
          nothingFoundMessage={t('common.nothingFound')}
        />
      </Group>
      <Text size="sm" c="dimmed">
        <FormattedMessage
          id="analytics.period"
          values={{ from: from ? format.day(from) : dash, to: to ? format.day(to) : dash }}
        />
      </Text>
      <ErrorAlert error={analytics.error} />
      {analytics.isPending && from && to ? (
        <PageLoader />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <BarChart
              title={t('analytics.count')}
              testId="chart-count"
              bars={stages.map((s) => ({
                label: stageName(s.stage),
                value: s.count,
                text: format.number(s.count),
                color: STAGE_COLORS[s.stage],
              }))}
            />
            <BarChart
              title={t('analytics.medianDays')}
              bars={stages.map((s) => ({
                label: stageName(s.stage),
                value: s.medianDays,
                text: s.medianDays === null ? dash : format.number(Math.round(s.medianDays * 10) / 10),
                color: STAGE_COLORS[s.stage],
              }))}
            />
            <BarChart
              title={t('analytics.conversion')}
              max={1}
              bars={stages
                .filter((s) => s.stage !== 'realization')
                .map((s) => ({
                  label: stageName(s.stage),
                  value: s.conversion,
                  text: percent(s.conversion),
                  color: STAGE_COLORS[s.stage],
                }))}
            />
          </SimpleGrid>
          <Table.ScrollContainer minWidth={700}>
            <Table withTableBorder striped data-testid="analytics-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <FormattedMessage id="relationship.field.stage" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="analytics.count" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="analytics.medianDays" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="analytics.entered" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="analytics.advanced" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="analytics.conversion" />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stages.map((s) => (
                  <Table.Tr key={s.stage} data-testid="analytics-row">
                    <Table.Th scope="row">{stageName(s.stage)}</Table.Th>
                    <Table.Td>{format.number(s.count)}</Table.Td>
                    <Table.Td>{days(s.medianDays)}</Table.Td>
                    <Table.Td>{format.number(s.entered)}</Table.Td>
                    <Table.Td>{format.number(s.advanced)}</Table.Td>
                    <Table.Td>{s.stage === 'realization' ? dash : percent(s.conversion)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">
            <FormattedMessage id="analytics.help" />
          </Text>
        </>
      )}
    </Stack>
  );
}
