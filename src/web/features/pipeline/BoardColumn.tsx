import { useDroppable } from '@dnd-kit/core';
import { Badge, Box, Button, Center, Group, Loader, Paper, Text } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import { type Card, type Stage, STAGE_COLORS, type Tier, TIER_COLORS } from '../relationships/index.js';
import type { Column, GroupBy } from './board.js';
import { BoardCard } from './BoardCard.js';
import { SUBTLE_SURFACE } from '../../components/index.js';

interface Props {
  workspaceId: string;
  groupBy: GroupBy;
  column: Column;
  /** The card being dragged, kept rendered while its row scrolls out of view. */
  activeId: string | null;
  loadingMore: boolean;
  /** The last page failed: offer a button rather than retrying by itself. */
  loadFailed: boolean;
  onLoadMore: (key: string, retry?: boolean) => void;
  onMoveStage: ((card: Card, to: Stage) => void) | null;
  onChangeTier: ((card: Card, to: Tier) => void) | null;
}

const ESTIMATE = 104;
const GAP = 8;

/** A board column: a drop target whose cards are virtualised and loaded further as it scrolls. */
export function BoardColumn({
  workspaceId,
  groupBy,
  column,
  activeId,
  loadingMore,
  loadFailed,
  onLoadMore,
  onMoveStage,
  onChangeTier,
}: Props) {
  const intl = useIntl();
  const format = useFormat();
  const { setNodeRef, isOver } = useDroppable({ id: column.key });
  const scroller = useRef<HTMLDivElement>(null);
  const { items } = column;
  const activeIndex = activeId ? items.findIndex((c) => c.id === activeId) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return activeIndex >= 0 && !indexes.includes(activeIndex)
        ? [...indexes, activeIndex].sort((a, b) => a - b)
        : indexes;
    },
    [activeIndex],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render on purpose
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATE,
    overscan: 6,
    gap: GAP,
    getItemKey: (index) => items[index]?.id ?? index,
    rangeExtractor,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? -1;
  const hasMore = column.nextCursor !== null;

  useEffect(() => {
    // Within a few cards of the end: fetch the next page.
    if (hasMore && !loadingMore && lastIndex >= items.length - 5) onLoadMore(column.key);
  }, [hasMore, loadingMore, lastIndex, items.length, onLoadMore, column.key]);

  const name = intl.formatMessage({
    id: groupBy === 'stage' ? `relationship.stage.${column.key}` : `relationship.tier.${column.key}`,
  });
  const color = groupBy === 'stage' ? STAGE_COLORS[column.key as Stage] : TIER_COLORS[column.key as Tier];
  const headingId = `board-column-${column.key}`;

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="xs"
      bg={isOver ? 'var(--mantine-color-blue-light)' : SUBTLE_SURFACE}
      role="region"
      aria-labelledby={headingId}
      data-testid="board-column"
      data-column={column.key}
      style={{
        display: 'flex',
        flexDirection: 'column',
        minWidth: 0,
        outline: isOver ? '2px dashed var(--mantine-color-blue-5)' : undefined,
      }}
    >
      <Group
        justify="space-between"
        mb="xs"
        wrap="nowrap"
        style={{ borderBlockEnd: `3px solid var(--mantine-color-${color}-5)`, paddingBlockEnd: 6 }}
      >
        <Text id={headingId} fw={700} size="sm" truncate>
          {name}
        </Text>
        <Badge
          variant="light"
          color={color}
          data-testid="column-count"
          aria-label={intl.formatMessage({ id: 'board.count' }, { count: column.count })}
        >
          {format.number(column.count)}
        </Badge>
      </Group>
      <Box
        ref={scroller}
        style={{ flex: 1, overflowY: 'auto', overflowX: 'hidden', minHeight: 0 }}
        data-testid="column-scroller"
      >
        {items.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="lg">
            <FormattedMessage id="board.emptyColumn" />
          </Text>
        ) : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
          {virtualItems.map((row) => {
            const card = items[row.index];
            if (!card) return null;
            return (
              <div
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                style={{
                  position: 'absolute',
                  top: 0,
                  insetInlineStart: 0,
                  width: '100%',
                  transform: `translateY(${row.start}px)`,
                }}
              >
                <BoardCard
                  workspaceId={workspaceId}
                  card={card}
                  groupBy={groupBy}
                  onMoveStage={onMoveStage}
                  onChangeTier={onChangeTier}
                />
              </div>
            );
          })}
        </div>
        {loadingMore ? (
          <Center py="xs">
            <Loader size="xs" />
          </Center>
        ) : null}
        {loadFailed && !loadingMore ? (
          <Center py="xs">
            <Button size="compact-xs" variant="light" onClick={() => onLoadMore(column.key, true)}>
              <FormattedMessage id="common.loadMore" />
            </Button>
          </Center>
        ) : null}
      </Box>
    </Paper>
  );
}
