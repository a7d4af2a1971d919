import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/index.js';
import { HealthBadge } from '../health/index.js';
import { useQuickLog } from '../interactions/index.js';
import { TierBadge } from '../relationships/index.js';
import { DueText } from './DueText.js';
import type { KeepInTouchItem } from './keepInTouch.types.js';
import { SnoozeMenu } from './SnoozeMenu.js';

interface Props {
  workspaceId: string;
  item: KeepInTouchItem;
  showOwner: boolean;
  canWrite: boolean;
}

/** One relationship to contact: who, why, when last and when due, its health, and the two one-click actions. */
export function KeepInTouchRow({ workspaceId, item, showOwner, canWrite }: Props) {
  const format = useFormat();
  const quickLog = useQuickLog();
  // The list does not say whether the partner is a person: the form only uses it to offer an
  // organisation's people, and treats an unknown partner as an organisation too.
  const logInteraction = () =>
    quickLog.open({
      partners: [{ id: item.partnerId, name: item.partnerName, type: 'organization' }],
      relationships: [
        { id: item.relationshipId, partnerId: item.partnerId, partnerName: item.partnerName, purpose: item.purpose },
      ],
    });
  return (
    <Table.Tr data-testid="keep-in-touch-row" data-relationship={item.relationshipId}>
      <Table.Td>
        <Stack gap={0}>
          <Anchor
            component={Link}
            to={`/w/${workspaceId}/relationships/${item.relationshipId}`}
            fw={500}
            size="sm"
            data-testid="keep-in-touch-partner"
          >
            <bdi>{item.partnerName}</bdi>
          </Anchor>
          {item.purpose ? (
            <Text size="xs" c="dimmed" lineClamp={1}>
              <bdi>{item.purpose}</bdi>
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        <TierBadge tier={item.tier} />
      </Table.Td>
      {showOwner ? (
        <Table.Td>
          <Text size="sm">{item.ownerName ?? '—'}</Text>
        </Table.Td>
      ) : null}
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {item.lastContactAt ? format.date(item.lastContactAt) : <FormattedMessage id="keepInTouch.never" />}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={0}>
          <DueText overdueDays={item.overdueDays} />
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {format.day(item.nextContactDue)}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <HealthBadge score={item.healthScore} />
      </Table.Td>
      <Table.Td>
        {canWrite ? (
          <Group gap={6} wrap="nowrap" justify="flex-end">
            {quickLog.enabled ? (
              <Button size="xs" variant="light" onClick={logInteraction} data-testid="keep-in-touch-log">
                <FormattedMessage id="interaction.log" />
              </Button>
            ) : null}
            <SnoozeMenu
              workspaceId={workspaceId}
              target={{ relationshipId: item.relationshipId, partnerName: item.partnerName }}
            />
          </Group>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
