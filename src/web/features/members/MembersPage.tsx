import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useWorkspace } from '../../shared/index.js';
import { EmptyRow, ErrorAlert, LoadMoreButton, PageLoader } from '../../components/index.js';
import { MemberRow } from './MemberRow.js';
import { type Member, useMembers } from './members.queries.js';
import { RemoveMemberModal } from './RemoveMemberModal.js';

/** Who belongs to the workspace, and their roles. */
export function MembersPage() {
  const { session, workspace } = useWorkspace();
  const members = useMembers(workspace.id);
  const [removing, setRemoving] = useState<Member | null>(null);
  const items = members.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          <FormattedMessage id="members.title" />
        </Title>
        {members.data ? (
          <Text c="dimmed" size="sm">
            <FormattedMessage id="members.count" values={{ count: items.length }} />
          </Text>
        ) : null}
      </Group>
      <ErrorAlert error={members.error} />
      {members.isPending ? (
        <PageLoader />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover data-testid="members-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <FormattedMessage id="members.name" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="members.email" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="members.role" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="members.joined" />
                </Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 ? <EmptyRow colSpan={5} /> : null}
              {items.map((member) => (
                <MemberRow
                  key={member.userId}
                  workspaceId={workspace.id}
                  member={member}
                  callerRole={workspace.role}
                  isSelf={member.userId === session.user.id}
                  onRemove={setRemoving}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMoreButton
        hasMore={members.hasNextPage}
        loading={members.isFetchingNextPage}
        onClick={() => void members.fetchNextPage()}
      />
      <RemoveMemberModal workspaceId={workspace.id} member={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}
