import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/index.js';
import { TypeLabel } from '../partners/index.js';
import { OneSidedBadge, OverdueBadge, StageBadge, StatusBadge, TierBadge } from './Badges.js';
import type { Relationship } from './relationships.types.js';

/** Partner (a link to it), purpose, stage, tier, status, owner and when to get in touch next. */
export function RelationshipHeader({
  workspaceId,
  relationship: r,
}: {
  workspaceId: string;
  relationship: Relationship;
}) {
  const format = useFormat();
  return (
    <Stack gap={6}>
      <Group gap="sm">
        <Title order={1} size="h2">
          <Anchor
            component={Link}
            to={`/w/${workspaceId}/partners/${r.partner.id}`}
            inherit
            data-testid="relationship-partner"
          >
            <bdi>{r.partner.name}</bdi>
          </Anchor>
        </Title>
        <TypeLabel type={r.partner.type} />
      </Group>
      {r.purpose ? (
        <Text size="sm" data-testid="relationship-purpose">
          <bdi>{r.purpose}</bdi>
        </Text>
      ) : null}
      <Group gap="xs">
        <StageBadge stage={r.stage} size="md" />
        <TierBadge tier={r.tier} size="md" />
        <StatusBadge status={r.status} size="md" />
        {r.oneSided ? <OneSidedBadge size="md" /> : null}
        {r.overdue ? <OverdueBadge size="md" /> : null}
      </Group>
      <Group gap="lg">
        <Text size="sm" c="dimmed">
          <FormattedMessage id="partner.ownerIs" values={{ name: r.owner?.name ?? '—' }} />
        </Text>
        <Text size="sm" c={r.overdue ? 'red' : 'dimmed'} data-testid="next-contact">
          <FormattedMessage id="relationship.nextContactOn" values={{ date: format.day(r.nextContactDue) }} />
        </Text>
      </Group>
    </Stack>
  );
}
