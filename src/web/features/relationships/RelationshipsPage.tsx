import { Badge, Button, Collapse, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { canWrite, useWorkspace } from '../../shared/index.js';
import { ErrorAlert, LoadMoreButton, PageLoader } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { SearchBox } from '../partners/index.js';
import { relationshipsEmptyState } from './emptyState.js';
import { countFilters, EMPTY_FILTERS, SORT_MENU } from './listQuery.js';
import { RelationshipFiltersPanel } from './RelationshipFiltersPanel.js';
import { RelationshipTable } from './RelationshipTable.js';
import { useRelationshipList } from './relationships.queries.js';
import { useRelationshipFilters } from './useRelationshipFilters.js';

/** Every relationship of the workspace: search by partner name, filters, order, a page at a time. */
export function RelationshipsPage() {
  const intl = useIntl();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const [filters, setFilters] = useRelationshipFilters();
  const list = useRelationshipList(workspace.id, filters);
  const active = countFilters(filters);
  const [showFilters, setShowFilters] = useState(active > 0);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const root = `/w/${workspace.id}/relationships`;
  const losingTouch = filters.sort === 'losing_touch';

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          <FormattedMessage id="relationships.title" />
        </Title>
        {canWrite(workspace.role) ? (
          <Button component={Link} to={`${root}/new`}>
            <FormattedMessage id="relationships.new" />
          </Button>
        ) : null}
      </Group>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <div style={{ flex: 1 }}>
          <SearchBox
            value={filters.q}
            onSearch={(q) => setFilters({ q })}
            label={intl.formatMessage({ id: 'relationships.search' })}
            testId="relationship-search"
          />
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
        <RelationshipFiltersPanel
          workspaceId={workspace.id}
          filters={filters}
          onChange={setFilters}
          onReset={() => setFilters({ ...EMPTY_FILTERS, q: filters.q, sort: filters.sort })}
        />
      </Collapse>
      <Group gap="xs">
        <Select
          size="xs"
          w={240}
          aria-label={intl.formatMessage({ id: 'partners.sort' })}
          value={filters.sort}
          clearable
          placeholder={intl.formatMessage({ id: 'relationships.sort.partner' })}
          comboboxProps={{ withinPortal: true }}
          data={SORT_MENU.map((s) => ({ value: s, label: intl.formatMessage({ id: `relationships.sort.${s}` }) }))}
          onChange={(v) => setFilters({ sort: SORT_MENU.find((s) => s === v) ?? null })}
          data-testid="sort-select"
        />
        <Button
          size="xs"
          variant={losingTouch ? 'filled' : 'default'}
          color={losingTouch ? 'red' : undefined}
          aria-pressed={losingTouch}
          onClick={() => setFilters({ sort: losingTouch ? null : 'losing_touch' })}
          data-testid="losing-touch"
        >
          <FormattedMessage id="relationships.losingTouch" />
        </Button>
      </Group>
      {losingTouch ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="relationships.losingTouchHelp" />
        </Text>
      ) : null}
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : (
        <RelationshipTable
          workspaceId={workspace.id}
          items={items}
          showDrop={losingTouch}
          empty={relationshipsEmptyState({
            root,
            writer: canWrite(workspace.role),
            narrowed: active > 0 || filters.q.trim() !== '',
            onClear: () => setFilters({ ...EMPTY_FILTERS, sort: filters.sort }),
          })}
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
