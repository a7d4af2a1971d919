import { Alert, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { isManager, useWorkspace } from '../../shared/index.js';
import { EmptyRow, ErrorAlert, LoadMoreButton, PageLoader } from '../../components/index.js';
import { OutboxMessageModal } from './OutboxMessageModal.js';
import { OUTBOX_STATUSES, type OutboxMessage, useOutbox } from './outbox.queries.js';
import { OutboxRow } from './OutboxRow.js';

const HEADERS = [
  'outbox.to',
  'outbox.subject',
  'outbox.status',
  'outbox.when',
  'outbox.attempts',
  'outbox.lastAttempt',
  'outbox.error',
];

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
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const status = OUTBOX_STATUSES.find((s) => s === params.get('status')) ?? null;
  const outbox = useOutbox(workspaceId, status);
  const [open, setOpen] = useState<OutboxMessage | null>(null);
  const items = outbox.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <Title order={1} size="h2">
        <FormattedMessage id="outbox.title" />
      </Title>
      <Text c="dimmed" size="sm">
        <FormattedMessage id="outbox.intro" />
      </Text>
      <SegmentedControl
        value={status ?? 'all'}
        style={{ alignSelf: 'flex-start' }}
        data-testid="outbox-filter"
        aria-label={intl.formatMessage({ id: 'outbox.status' })}
        onChange={(v) => setParams(v === 'all' ? {} : { status: v }, { replace: true })}
        data={[
          { value: 'all', label: intl.formatMessage({ id: 'outbox.all' }) },
          ...OUTBOX_STATUSES.map((s) => ({ value: s, label: intl.formatMessage({ id: `outbox.status.${s}` }) })),
        ]}
      />
      <ErrorAlert error={outbox.error} />
      {outbox.isPending ? (
        <PageLoader />
      ) : (
        <Table.ScrollContainer minWidth={1040}>
          <Table striped highlightOnHover data-testid="outbox-table">
            <Table.Thead>
              <Table.Tr>
                {HEADERS.map((id) => (
                  <Table.Th key={id}>
                    <FormattedMessage id={id} />
                  </Table.Th>
                ))}
                <Table.Th>
                  <VisuallyHidden>
                    <FormattedMessage id="keepInTouch.actions" />
                  </VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 ? <EmptyRow colSpan={HEADERS.length + 1} /> : null}
              {items.map((message) => (
                <OutboxRow
                  key={message.id}
                  workspaceId={workspaceId}
                  message={message}
                  onOpen={() => setOpen(message)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMoreButton
        hasMore={outbox.hasNextPage}
        loading={outbox.isFetchingNextPage}
        onClick={() => void outbox.fetchNextPage()}
      />
      <OutboxMessageModal message={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
