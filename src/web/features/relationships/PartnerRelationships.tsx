import { Loader, Button, Group, Paper, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/index.js';
import { RelationshipTable } from './RelationshipTable.js';
import { usePartnerRelationships } from './relationships.queries.js';

interface Props {
  workspaceId: string;
  partnerId: string;
  canStart: boolean;
}

/** The partner page's section listing our relationships with it, and a way to start one. */
export function PartnerRelationships({ workspaceId, partnerId, canStart }: Props) {
  const list = usePartnerRelationships(workspaceId, partnerId);
  return (
    <Paper withBorder p="md" radius="md" data-testid="partner-relationships">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          <FormattedMessage id="relationships.title" />
        </Title>
        {canStart ? (
          <Button size="xs" component={Link} to={`/w/${workspaceId}/relationships/new?partner=${partnerId}`}>
            <FormattedMessage id="relationships.start" />
          </Button>
        ) : null}
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : (
        <RelationshipTable workspaceId={workspaceId} items={list.data ?? []} showPartner={false} />
      )}
    </Paper>
  );
}
