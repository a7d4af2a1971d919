import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Badge, Box, Button, Collapse, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { canWrite, useWorkspace } from '../../shared/index.js';
import { ErrorAlert, PageLoader } from '../../components/index.js';
import { useFormat } from '../../i18n/index.js';
import { SearchBox } from '../partners/index.js';
import {
  type Card,
  countFilters,
  EMPTY_FILTERS,
  RelationshipFiltersPanel,
  type Stage,
  type Tier,
} from '../relationships/index.js';
import { boardAnnouncements, boardInstructions } from './announcements.js';
import { columnOf } from './board.js';
import { useBoard } from './board.queries.js';
import { BoardCard } from './BoardCard.js';
import { BoardColumn } from './BoardColumn.js';
import { columnCoordinates } from './keyboard.js';
import { useBoardMoves } from './useBoardMoves.js';
import { useBoardState } from './useBoardState.js';

// The mouse is over a column: that one. The keyboard has no pointer: the column the card overlaps most.
const collision: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

/** The pipeline: a column per stage (or tier) whose cards are dragged, or moved with their menu, between columns. */
export function BoardPage() {
  const intl = useIntl();
  const format = useFormat();
  const { workspace } = useWorkspace();
  const { groupBy, filters, setGroupBy, setFilters } = useBoardState();
  const board = useBoard(workspace.id, groupBy, filters);
  const moves = useBoardMoves(workspace.id, groupBy, filters);
  const [active, setActive] = useState<Card | null>(null);
  const active_ = countFilters(filters);
  const [showFilters, setShowFilters] = useState(active_ > 0);
  const writer = canWrite(workspace.role);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );
  const accessibility = useMemo(
    () => ({ announcements: boardAnnouncements(intl, groupBy), screenReaderInstructions: boardInstructions(intl) }),
    [intl, groupBy],
  );

  const onDragStart = ({ active: a }: DragStartEvent) => setActive((a.data.current?.card as Card | undefined) ?? null);
  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    setActive(null);
    const card = a.data.current?.card as Card | undefined;
    if (!card || !over) return;
    const target = String(over.id);
    if (columnOf(card, groupBy) === target) return;
    if (groupBy === 'stage') moves.moveStage(card, target as Stage);
    else moves.setTier(card, target as Tier);
  };
  const columns = board.data?.groupBy === groupBy ? board.data.columns : [];

  return (
    <Stack h="calc(100dvh - 56px - 2 * var(--mantine-spacing-md))" gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          <FormattedMessage id="board.title" />
        </Title>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            value={groupBy}
            onChange={(v) => setGroupBy(v === 'tier' ? 'tier' : 'stage')}
            aria-label={intl.formatMessage({ id: 'board.groupBy' })}
            data-testid="group-toggle"
            data={[
              { value: 'stage', label: intl.formatMessage({ id: 'board.byStage' }) },
              { value: 'tier', label: intl.formatMessage({ id: 'board.byTier' }) },
            ]}
          />
          <Button variant="default" size="xs" component={Link} to={`/w/${workspace.id}/pipeline/analytics`}>
            <FormattedMessage id="nav.analytics" />
          </Button>
        </Group>
      </Group>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Box style={{ flex: 1 }}>
          <SearchBox
            value={filters.q}
            onSearch={(q) => setFilters({ q })}
            label={intl.formatMessage({ id: 'relationships.search' })}
            testId="board-search"
          />
        </Box>
        <Button
          variant={showFilters ? 'light' : 'default'}
          onClick={() => setShowFilters((v) => !v)}
          aria-expanded={showFilters}
          rightSection={
            active_ > 0 ? (
              <Badge size="xs" circle>
                {format.number(active_)}
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
          hide={groupBy === 'stage' ? ['stages'] : ['tiers']}
          onReset={() => setFilters({ ...EMPTY_FILTERS, q: filters.q })}
        />
      </Collapse>
      <ErrorAlert error={board.error} />
      {board.isPending ? (
        <PageLoader />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={collision}
          accessibility={accessibility}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setActive(null)}
        >
          <Box
            data-testid="board"
            style={{
              flex: 1,
              minHeight: 360,
              display: 'grid',
              gap: 'var(--mantine-spacing-sm)',
              overflowX: 'auto',
              gridTemplateColumns: `repeat(${Math.max(columns.length, 1)}, minmax(210px, 1fr))`,
              // One row as tall as the board: each column scrolls its own cards.
              gridTemplateRows: 'minmax(0, 1fr)',
            }}
          >
            {columns.map((column) => (
              <BoardColumn
                key={column.key}
                workspaceId={workspace.id}
                groupBy={groupBy}
                column={column}
                activeId={active?.id ?? null}
                loadingMore={moves.loading.has(column.key)}
                loadFailed={moves.failed.has(column.key)}
                onLoadMore={moves.loadMore}
                onMoveStage={writer ? moves.moveStage : null}
                onChangeTier={writer ? moves.setTier : null}
              />
            ))}
          </Box>
          <DragOverlay dropAnimation={null}>
            {active ? (
              <BoardCard
                workspaceId={workspace.id}
                card={active}
                groupBy={groupBy}
                onMoveStage={null}
                onChangeTier={null}
                overlay
              />
            ) : null}
          </DragOverlay>
        </DndContext>
      )}
      {moves.dialog}
    </Stack>
  );
}
