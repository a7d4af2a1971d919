import { Badge, Loader, Group, List, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { EmptyRow, ErrorAlert, schemeText } from '../../components/index.js';
import { directionOf, useFormat, useLocale } from '../../i18n/index.js';
import { StageBadge } from './Badges.js';
import { useStageHistory } from './relationships.queries.js';
import type { StageHistoryEntry } from './relationships.types.js';
import { itemLabel } from './stages.js';

const DIRECTION_COLORS = { initial: 'gray', forward: 'green', backward: 'orange' } as const;

function Move({ entry }: { entry: StageHistoryEntry }) {
  const { locale } = useLocale();
  return (
    <Group gap={6} wrap="nowrap">
      {entry.from ? <StageBadge stage={entry.from} /> : null}
      {entry.from ? (
        <Text size="sm" aria-hidden>
          {directionOf(locale) === 'rtl' ? '←' : '→'}
        </Text>
      ) : null}
      <StageBadge stage={entry.to} />
    </Group>
  );
}

/** Every stage move, newest first: from and to, who and when, the note or reason and skipped items. */
export function StageHistoryTab({ workspaceId, relationshipId }: { workspaceId: string; relationshipId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const history = useStageHistory(workspaceId, relationshipId);
  if (history.isPending) return <Loader size="sm" />;
  const items = history.data ?? [];
  return (
    <Stack>
      <ErrorAlert error={history.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" data-testid="stage-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="history.when" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="history.move" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="history.who" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="history.details" />
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? <EmptyRow colSpan={4} /> : null}
            {items.map((entry) => (
              <Table.Tr key={entry.id} data-testid="history-row" data-direction={entry.direction}>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {format.dateTime(entry.changedAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <Move entry={entry} />
                    <Badge size="xs" variant="light" color={DIRECTION_COLORS[entry.direction]}>
                      <FormattedMessage id={`history.direction.${entry.direction}`} />
                    </Badge>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.changedBy?.name ?? intl.formatMessage({ id: 'audit.system' })}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {entry.reason ? (
                      <Text size="sm">
                        <FormattedMessage id="history.reason" values={{ text: entry.reason }} />
                      </Text>
                    ) : null}
                    {entry.note ? (
                      <Text size="sm">
                        <FormattedMessage id="history.note" values={{ text: entry.note }} />
                      </Text>
                    ) : null}
                    {entry.skippedItems.length > 0 ? (
                      <div>
                        <Text size="sm" c={schemeText('orange')}>
                          <FormattedMessage id="history.skipped" values={{ count: entry.skippedItems.length }} />
                        </Text>
                        <List size="xs" data-testid="skipped-items">
                          {entry.skippedItems.map((item) => (
                            <List.Item key={item.id}>{itemLabel(intl, item)}</List.Item>
                          ))}
                        </List>
                      </div>
                    ) : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
