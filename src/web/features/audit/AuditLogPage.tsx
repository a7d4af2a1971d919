import { Alert, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { isManager, useWorkspace } from '../../shared/index.js';
import { ErrorAlert, LoadMoreButton, PageLoader } from '../../components/index.js';
import { AuditEntryItem } from './AuditEntryItem.js';
import { useAuditLog } from './audit.queries.js';
import { useAuditText } from './useAuditText.js';

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
  return <AuditLogList workspaceId={workspace.id} />;
}

function AuditLogList({ workspaceId }: { workspaceId: string }) {
  const log = useAuditLog(workspaceId);
  const textFor = useAuditText();
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <Title order={1} size="h2">
        <FormattedMessage id="audit.title" />
      </Title>
      <ErrorAlert error={log.error} />
      {log.isPending ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="audit.empty" />
        </Text>
      ) : (
        // A list of sentences, not a table: it wraps at any width instead of scrolling sideways.
        <Stack component="ol" gap="xs" p={0} m={0} data-testid="audit-log">
          {items.map((entry) => (
            <AuditEntryItem key={entry.id} entry={entry} text={textFor(entry.names)} workspaceId={workspaceId} />
          ))}
        </Stack>
      )}
      <LoadMoreButton
        hasMore={log.hasNextPage}
        loading={log.isFetchingNextPage}
        onClick={() => void log.fetchNextPage()}
      />
    </Stack>
  );
}
