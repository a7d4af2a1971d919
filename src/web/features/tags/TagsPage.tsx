import { Stack, Table, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useWorkspace } from '../../shared/index.js';
import { EmptyRow, ErrorAlert, PageLoader } from '../../components/index.js';
import { TagForm } from './TagForm.js';
import { TagRow } from './TagRow.js';
import { useTags } from './tags.queries.js';

/** The workspace's tags: create, rename, recolour, delete. */
export function TagsPage() {
  const { workspace } = useWorkspace();
  const tags = useTags(workspace.id);
  const items = tags.data ?? [];
  return (
    <Stack maw={820}>
      <Title order={1} size="h2">
        <FormattedMessage id="tags.title" />
      </Title>
      <TagForm workspaceId={workspace.id} count={items.length} />
      <ErrorAlert error={tags.error} />
      {tags.isPending ? (
        <PageLoader />
      ) : (
        <Table data-testid="tags-table" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="tags.name" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="tags.color" />
              </Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? <EmptyRow colSpan={3} message={<FormattedMessage id="empty.tags" />} /> : null}
            {items.map((tag) => (
              <TagRow key={tag.id} workspaceId={workspace.id} tag={tag} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
