import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { isManager, useWorkspace } from '../../shared/index.js';
import { EmptyRow, ErrorAlert, LoadMoreButton, PageLoader } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { AuditChanges } from './AuditChanges.js';
import { useAuditLog } from './audit.queries.js';

/** Who changed what in the workspace, and when (owners and admins only). */
export function AuditLogPage() {
  const { workspace } = useWorkspace();
  if (!isManager(workspace.role)) {
    return (
      <Alert color="red" variant="light">
        <FormattedMessage id="error.code.forbidden" />
      </Alert>
    );
  }
  return <AuditLogTable workspaceId={workspace.id} />;
}

function AuditLogTable({ workspaceId }: { workspaceId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const log = useAuditLog(workspaceId);
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  // Actions without a translation are shown as the server names them.
  const label = (prefix: string, key: string) =>
    intl.messages[`${prefix}.${key}`] ? intl.formatMessage({ id: `${prefix}.${key}` }) : key;

  return (
    <Stack>
      <Title order={2}>
        <FormattedMessage id="audit.title" />
      </Title>
      <ErrorAlert error={log.error} />
      {log.isPending ? (
        <PageLoader />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped verticalSpacing="sm" data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <FormattedMessage id="audit.when" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="audit.who" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="audit.action" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="audit.entity" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="audit.changes" />
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 ? <EmptyRow colSpan={5} /> : null}
              {items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {format.dateTime(entry.at)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.actor?.name ?? intl.formatMessage({ id: 'audit.system' })}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{label('audit.action', entry.action)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{label('audit.entity', entry.entityType)}</Text>
                    <Text size="xs" c="dimmed" dir="ltr" title={entry.entityId}>
                      {entry.entityId.slice(0, 8)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <AuditChanges changes={entry.changes} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMoreButton
        hasMore={log.hasNextPage}
        loading={log.isFetchingNextPage}
        onClick={() => void log.fetchNextPage()}
      />
    </Stack>
  );
}
