import { Alert, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { isManager } from '../../app/session.js';
import { useWorkspace } from '../../app/WorkspaceContext.js';
import { EmptyRow } from '../../components/EmptyRow.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LoadMoreButton } from '../../components/LoadMoreButton.js';
import { PageLoader } from '../../components/PageLoader.js';
import { useFormat } from '../../i18n/useFormat.js';
import { OutboxMessageModal } from './OutboxMessageModal.js';
import { useOutbox, type OutboxMessage, type OutboxStatus } from './outbox.queries.js';

const STATUS_COLORS: Record<OutboxStatus, string> = { queued: 'yellow', sent: 'green', failed: 'red' };

/** Emails the app sent or queued (owners and admins only). */
export function OutboxPage() {
  const { workspace } = useWorkspace();
  if (!isManager(workspace.role)) {
    return (
      <Alert color="red" variant="light">
        <FormattedMessage id="error.code.forbidden" />
      </Alert>
    );
  }
  return <OutboxTable workspaceId={workspace.id} />;
}

function OutboxTable({ workspaceId }: { workspaceId: string }) {
  const format = useFormat();
  const outbox = useOutbox(workspaceId);
  const [open, setOpen] = useState<OutboxMessage | null>(null);
  const items = outbox.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <Title order={2}>
        <FormattedMessage id="outbox.title" />
      </Title>
      <Text c="dimmed" size="sm">
        <FormattedMessage id="outbox.intro" />
      </Text>
      <ErrorAlert error={outbox.error} />
      {outbox.isPending ? (
        <PageLoader />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="outbox-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th><FormattedMessage id="outbox.to" /></Table.Th>
                <Table.Th><FormattedMessage id="outbox.subject" /></Table.Th>
                <Table.Th><FormattedMessage id="outbox.status" /></Table.Th>
                <Table.Th><FormattedMessage id="outbox.when" /></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 ? <EmptyRow colSpan={4} /> : null}
              {items.map((message) => (
                <Table.Tr key={message.id} style={{ cursor: 'pointer' }} onClick={() => setOpen(message)}>
                  <Table.Td><Text size="sm" dir="ltr" span>{message.to}</Text></Table.Td>
                  <Table.Td><Text size="sm" dir="auto">{message.subject}</Text></Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[message.status]} variant="light">
                      <FormattedMessage id={`outbox.status.${message.status}`} />
                    </Badge>
                  </Table.Td>
                  <Table.Td><Text size="sm">{format.dateTime(message.sentAt ?? message.createdAt)}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMoreButton hasMore={outbox.hasNextPage} loading={outbox.isFetchingNextPage} onClick={() => void outbox.fetchNextPage()} />
      <OutboxMessageModal message={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
