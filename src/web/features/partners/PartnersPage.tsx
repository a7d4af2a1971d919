import { Anchor, Badge, Button, Collapse, Group, Stack, Switch, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { canWrite, useWorkspace } from '../../shared/index.js';
import { ErrorAlert, LoadMoreButton, notifyError, PageLoader } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { BulkBar } from './BulkBar.js';
import { partnersEmptyState } from './emptyState.js';
import { EMPTY_FILTERS, fromQuery, hasFilters, toQuery } from './listQuery.js';
import { PartnerFilters } from './PartnerFilters.js';
import { PartnerTable } from './PartnerTable.js';
import { exportUrl, usePartnerList, useRestorePartner } from './partners.queries.js';
import { SavedViewsMenu } from './SavedViewsMenu.js';
import { SearchBox } from './SearchBox.js';
import { SortSelect } from './SortSelect.js';
import { useListFilters } from './useListFilters.js';

/** The partner directory: search, filters, saved views, bulk actions, export and the trash. */
export function PartnersPage() {
  const intl = useIntl();
  const { workspace } = useWorkspace();
  const format = useFormat();
  const [filters, setFilters] = useListFilters();
  const list = usePartnerList(workspace.id, filters);
  const restore = useRestorePartner(workspace.id);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [showFilters, setShowFilters] = useState(() => hasFilters(filters));
  const { q: _q, deleted: _deleted, sort: _sort, ...narrowing } = toQuery(filters);
  const active = Object.keys(narrowing).length;
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const root = `/w/${workspace.id}/partners`;
  const writer = canWrite(workspace.role);
  const change = (next: Parameters<typeof setFilters>[0]) => {
    setSelected(new Set());
    setFilters(next);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          <FormattedMessage id={filters.deleted ? 'partners.trashTitle' : 'partners.title'} />
        </Title>
        <Group gap="xs" display={writer ? undefined : 'none'}>
          <Button component={Link} to={`${root}/import`} variant="default">
            <FormattedMessage id="partners.import" />
          </Button>
          <Button component={Link} to={`${root}/new`}>
            <FormattedMessage id="partners.new" />
          </Button>
        </Group>
      </Group>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <div style={{ flex: 1 }}>
          <SearchBox value={filters.q} onSearch={(q) => change({ q })} />
        </div>
        <Button
          variant={showFilters ? 'light' : 'default'}
          onClick={() => setShowFilters((v) => !v)}
          aria-expanded={showFilters}
          rightSection={
            active > 0 ? (
              <Badge size="xs" circle>
                {format.number(active)}
              </Badge>
            ) : null
          }
        >
          <FormattedMessage id="partners.filters" />
        </Button>
      </Group>
      <Collapse expanded={showFilters}>
        <PartnerFilters
          workspaceId={workspace.id}
          filters={filters}
          onChange={change}
          onReset={() => change({ ...EMPTY_FILTERS, deleted: filters.deleted })}
        />
      </Collapse>
      <Group justify="space-between">
        <Group gap="xs">
          <SortSelect value={filters.sort} searching={filters.q.trim() !== ''} onChange={(sort) => change({ sort })} />
          <SavedViewsMenu
            workspaceId={workspace.id}
            query={toQuery(filters)}
            onPick={(view) => change(fromQuery(view.query))}
          />
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
      {writer && selected.size > 0 ? (
        <BulkBar
          workspaceId={workspace.id}
          ids={[...selected]}
          inTrash={filters.deleted}
          onDone={() => setSelected(new Set())}
        />
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
          empty={partnersEmptyState({
            root,
            writer,
            trash: filters.deleted,
            narrowed: hasFilters(filters),
            onClear: () => change({ ...EMPTY_FILTERS, deleted: filters.deleted }),
          })}
          onRestore={
            filters.deleted && writer
              ? (partner) => restore.mutate(partner.id, { onError: (error) => notifyError(intl, error) })
              : undefined
          }
        />
      )}
      <LoadMoreButton
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onClick={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
