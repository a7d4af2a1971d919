import { Anchor, Button, Group, Stack, Switch, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useWorkspace } from '../../app/WorkspaceContext.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LoadMoreButton } from '../../components/LoadMoreButton.js';
import { notifyError } from '../../components/notify.js';
import { PageLoader } from '../../components/PageLoader.js';
import { BulkBar } from './BulkBar.js';
import { EMPTY_FILTERS, fromQuery, toQuery } from './listQuery.js';
import { PartnerFilters } from './PartnerFilters.js';
import { PartnerTable } from './PartnerTable.js';
import { exportUrl, usePartnerList, useRestorePartner } from './partners.queries.js';
import { SavedViewsMenu } from './SavedViewsMenu.js';
import { SearchBox } from './SearchBox.js';
import { useListFilters } from './useListFilters.js';

/** The partner directory: search, filters, saved views, bulk actions, export and the trash. */
export function PartnersPage() {
  const intl = useIntl();
  const { workspace } = useWorkspace();
  const [filters, setFilters] = useListFilters();
  const list = usePartnerList(workspace.id, filters);
  const restore = useRestorePartner(workspace.id);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const root = `/w/${workspace.id}/partners`;
  const change = (next: Parameters<typeof setFilters>[0]) => {
    setSelected(new Set());
    setFilters(next);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>
          <FormattedMessage id={filters.deleted ? 'partners.trashTitle' : 'partners.title'} />
        </Title>
        <Group gap="xs">
          <Button component={Link} to={`${root}/import`} variant="default">
            <FormattedMessage id="partners.import" />
          </Button>
          <Button component={Link} to={`${root}/new`}>
            <FormattedMessage id="partners.new" />
          </Button>
        </Group>
      </Group>
      <SearchBox value={filters.q} onSearch={(q) => change({ q })} />
      <PartnerFilters
        workspaceId={workspace.id}
        filters={filters}
        onChange={change}
        onReset={() => change({ ...EMPTY_FILTERS, deleted: filters.deleted })}
      />
      <Group justify="space-between">
        <Group gap="xs">
          <SavedViewsMenu workspaceId={workspace.id} query={toQuery(filters)} onPick={(view) => change(fromQuery(view.query))} />
          <Switch
            label={intl.formatMessage({ id: 'partners.trash' })}
            checked={filters.deleted}
            data-testid="trash-toggle"
            onChange={(e) => change({ deleted: e.currentTarget.checked })}
          />
        </Group>
        <Group gap="md">
          <Anchor href={exportUrl(workspace.id, 'csv', filters)} download size="sm">
            <FormattedMessage id="partners.exportCsv" />
          </Anchor>
          <Anchor href={exportUrl(workspace.id, 'vcf', filters)} download size="sm">
            <FormattedMessage id="partners.exportVcard" />
          </Anchor>
        </Group>
      </Group>
      {selected.size > 0 ? (
        <BulkBar workspaceId={workspace.id} ids={[...selected]} inTrash={filters.deleted} onDone={() => setSelected(new Set())} />
      ) : null}
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : (
        <PartnerTable
          workspaceId={workspace.id}
          items={items}
          selected={selected}
          onSelectionChange={setSelected}
          onRestore={
            filters.deleted
              ? (partner) => restore.mutate(partner.id, { onError: (error) => notifyError(intl, error) })
              : undefined
          }
        />
      )}
      <LoadMoreButton hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} />
    </Stack>
  );
}
