import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { isManager, useWorkspace } from '../../shared/index.js';
import { EmptyRow, ErrorAlert, LoadMoreButton, notifyError, PageLoader, RoleLabel } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { InviteForm } from './InviteForm.js';
import { type InvitationStatus, useInvitations, useRevokeInvitation } from './invitations.queries.js';

const STATUS_COLORS: Record<InvitationStatus, string> = {
  pending: 'yellow',
  accepted: 'green',
  revoked: 'gray',
  expired: 'red',
};

/** Invite people and follow what became of the invitations. */
export function InvitationsPage() {
  const { workspace } = useWorkspace();
  const intl = useIntl();
  const format = useFormat();
  const manager = isManager(workspace.role);
  const invitations = useInvitations(workspace.id);
  const revoke = useRevokeInvitation(workspace.id);
  const items = invitations.data?.pages.flatMap((page) => page.items) ?? [];

  const revokeOne = (id: string) =>
    revoke.mutate(id, {
      onError: (error) => notifyError(intl, error),
    });

  return (
    <Stack>
      <Title order={1} size="h2">
        <FormattedMessage id="invitations.title" />
      </Title>
      {manager ? <InviteForm workspaceId={workspace.id} callerRole={workspace.role} /> : null}
      <ErrorAlert error={invitations.error} />
      {invitations.isPending ? (
        <PageLoader />
      ) : invitations.isError ? null : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="invitations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <FormattedMessage id="members.email" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="members.role" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="invitations.status" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="invitations.invitedBy" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="invitations.expires" />
                </Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 ? (
                <EmptyRow colSpan={6} {...(manager ? { message: <FormattedMessage id="empty.invitations" /> } : {})} />
              ) : null}
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Text size="sm" dir="ltr" span>
                      {item.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RoleLabel role={item.role} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[item.status]} variant="light">
                      <FormattedMessage id={`invitations.status.${item.status}`} />
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.invitedBy?.name ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.dateTime(item.expiresAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {manager && item.status === 'pending' ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        loading={revoke.isPending && revoke.variables === item.id}
                        onClick={() => revokeOne(item.id)}
                      >
                        <FormattedMessage id="invitations.revoke" />
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMoreButton
        hasMore={invitations.hasNextPage}
        loading={invitations.isFetchingNextPage}
        onClick={() => void invitations.fetchNextPage()}
      />
    </Stack>
  );
}
