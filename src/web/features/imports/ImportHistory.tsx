import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { EmptyRow, ErrorAlert, LoadMoreButton, notifyError } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { ImportStatus } from './ImportStatus.js';
import { useImports, useUndoImport } from './imports.queries.js';

/** Past imports of partners and of interactions with their outcome; a finished one can be undone. */
export function ImportHistory({ workspaceId }: { workspaceId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const list = useImports(workspaceId);
  const undo = useUndoImport(workspaceId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        <FormattedMessage id="import.history" />
      </Title>
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="import-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="import.when" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="import.file" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="import.what" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="import.statusLabel" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="import.result" />
              </Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? <EmptyRow colSpan={6} message={<FormattedMessage id="empty.imports" />} /> : null}
            {items.map((job) => (
              <Table.Tr key={job.id}>
                <Table.Td>
                  <Text size="sm">{format.dateTime(job.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{job.filename}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <FormattedMessage id={`import.target.${job.target ?? 'partners'}`} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ImportStatus status={job.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <FormattedMessage id="import.summary" values={{ imported: job.imported, failed: job.failed }} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  {job.status === 'done' ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="orange"
                      loading={undo.isPending && undo.variables === job.id}
                      onClick={() => undo.mutate(job.id, { onError: (e) => notifyError(intl, e) })}
                    >
                      <FormattedMessage id="import.undo" />
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
