import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { EmptyRow, type EmptyState } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { OneSidedBadge, OverdueBadge, StageBadge, StatusBadge, TierBadge } from './Badges.js';
import type { Relationship } from './relationships.types.js';
import { HealthCell } from './HealthCell.js';

const COLUMNS = [
  'relationship.partner',
  'relationship.field.stage',
  'relationship.field.tier',
  'relationship.field.ownerId',
  'value.title',
  'health.title',
  'relationship.nextContact',
  'relationship.field.status',
];

interface Props {
  workspaceId: string;
  items: Relationship[];
  showPartner?: boolean;
  /** The "losing touch" view: how far each health score fell in the last 30 days. */
  showDrop?: boolean;
  /** What the list says when it has no rows. */
  empty?: EmptyState;
}

/** Relationships as table rows: partner and purpose, stage, tier, owner, value, health, next contact, status. */
export function RelationshipTable({ workspaceId, items, showPartner = true, showDrop = false, empty }: Props) {
  const format = useFormat();
  const columns = showPartner ? COLUMNS : COLUMNS.slice(1);
  return (
    <Table.ScrollContainer minWidth={940}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="relationships-table">
        <Table.Thead>
          <Table.Tr>
            {!showPartner ? (
              <Table.Th>
                <FormattedMessage id="relationship.field.purpose" />
              </Table.Th>
            ) : null}
            {columns.map((id) => (
              <Table.Th key={id}>
                <FormattedMessage id={id} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 ? <EmptyRow colSpan={COLUMNS.length} {...empty} /> : null}
          {items.map((r) => {
            const link = (text: string) => (
              <Anchor component={Link} to={`/w/${workspaceId}/relationships/${r.id}`} fw={500} size="sm">
                <bdi>{text}</bdi>
              </Anchor>
            );
            return (
              <Table.Tr key={r.id} data-testid="relationship-row">
                <Table.Td>
                  <Stack gap={0}>
                    {showPartner
                      ? link(r.partner.name)
                      : link(r.purpose || format.day(r.startedOn ?? r.createdAt.slice(0, 10)))}
                    {showPartner && r.purpose ? (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        <bdi>{r.purpose}</bdi>
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <StageBadge stage={r.stage} />
                </Table.Td>
                <Table.Td>
                  <TierBadge tier={r.tier} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.owner?.name ?? ''}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {r.value ? (
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        <FormattedMessage
                          id="relationship.valuePair"
                          values={{ we: r.value.canWeHelp, they: r.value.canTheyHelp }}
                        />
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                    {r.oneSided ? <OneSidedBadge size="xs" /> : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <HealthCell score={r.healthScore} drop={showDrop ? r.healthDrop30d : null} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {format.day(r.nextContactDue)}
                    </Text>
                    {r.overdue ? <OverdueBadge size="xs" /> : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={r.status} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
