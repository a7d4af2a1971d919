import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import { KindBadges } from '../partners/index.js';
import type { Relationship } from './relationships.types.js';
import { ValueSummary } from './ValueSummary.js';

/** The relationship's details, team and latest value assessment. */
export function OverviewTab({ relationship: r }: { relationship: Relationship }) {
  const intl = useIntl();
  const format = useFormat();
  const days = (n: number) => intl.formatMessage({ id: 'relationship.days' }, { days: n });
  const row = (labelId: string, value: ReactNode) => (
    <Table.Tr key={labelId}>
      <Table.Th w="40%">
        <Text size="sm" c="dimmed">
          <FormattedMessage id={labelId} />
        </Text>
      </Table.Th>
      <Table.Td>{typeof value === 'string' ? <Text size="sm">{value || '—'}</Text> : value}</Table.Td>
    </Table.Tr>
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder p="md" radius="md">
        <Table verticalSpacing={6} data-testid="relationship-details">
          <Table.Tbody>
            {row('relationship.field.kinds', r.kinds.length ? <KindBadges kinds={r.kinds} /> : '')}
            {row(
              'relationship.field.cadenceDays',
              r.cadenceDays === null
                ? intl.formatMessage({ id: 'relationship.cadenceFromTier' }, { days: r.effectiveCadenceDays })
                : days(r.cadenceDays),
            )}
            {row('relationship.lastContact', r.lastContactAt ? format.dateTime(r.lastContactAt) : '')}
            {row('relationship.nextContact', format.day(r.nextContactDue))}
            {row('relationship.field.startedOn', r.startedOn ? format.day(r.startedOn) : '')}
            {row('relationship.stageSince', format.dateTime(r.stageEnteredAt))}
            {r.status === 'ended' ? row('relationship.field.endedOn', r.endedOn ? format.day(r.endedOn) : '') : null}
            {r.status === 'ended' ? row('relationship.field.endReason', r.endReason ?? '') : null}
          </Table.Tbody>
        </Table>
      </Paper>
      <Stack>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="sm">
            <FormattedMessage id="value.title" />
          </Title>
          <ValueSummary value={r.value} oneSided={r.oneSided} />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="sm">
            <FormattedMessage id="relationship.section.team" />
          </Title>
          {r.team.length === 0 ? (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="relationship.teamEmpty" />
            </Text>
          ) : (
            <Stack gap={4} data-testid="team-list">
              {r.team.map((m) => (
                <Text size="sm" key={m.userId}>
                  <bdi>{m.name}</bdi>
                  {m.role ? (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      — {m.role}
                    </Text>
                  ) : null}
                </Text>
              ))}
            </Stack>
          )}
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}
