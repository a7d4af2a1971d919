import { ActionIcon, Anchor, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/index.js';
import {
  type Card,
  OneSidedBadge,
  OverdueBadge,
  type Stage,
  StageBadge,
  type Tier,
  TierBadge,
} from '../relationships/index.js';
import { STAGES, TIERS } from '../../../shared/values/relationships.js';
import type { GroupBy } from './board.js';

interface Props {
  workspaceId: string;
  card: Card;
  groupBy: GroupBy;
  /** Null for viewers: nothing to drag or move. */
  onMoveStage: ((card: Card, to: Stage) => void) | null;
  onChangeTier: ((card: Card, to: Tier) => void) | null;
  /** Rendered in the drag overlay: no drag hooks, no menu. */
  overlay?: boolean;
}

function GripIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="currentColor" aria-hidden>
      {[6, 12, 18].flatMap((y) => [9, 15].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.6" />))}
    </svg>
  );
}

/** The card's body: partner, owner, badges and next contact date. */
function CardBody({ workspaceId, card, groupBy }: Pick<Props, 'workspaceId' | 'card' | 'groupBy'>) {
  const format = useFormat();
  return (
    <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
      <Anchor
        component={Link}
        to={`/w/${workspaceId}/relationships/${card.id}`}
        fw={600}
        size="sm"
        lineClamp={2}
        draggable={false}
        data-testid="card-link"
      >
        <bdi>{card.partner.name}</bdi>
      </Anchor>
      {card.owner ? (
        <Text size="xs" c="dimmed" truncate>
          <bdi>{card.owner.name}</bdi>
        </Text>
      ) : null}
      <Group gap={4}>
        {groupBy === 'stage' ? <TierBadge tier={card.tier} size="xs" /> : <StageBadge stage={card.stage} size="xs" />}
        {card.oneSided ? <OneSidedBadge size="xs" /> : null}
        {card.value ? (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            <FormattedMessage
              id="relationship.valuePair"
              values={{ we: card.value.canWeHelp, they: card.value.canTheyHelp }}
            />
          </Text>
        ) : null}
      </Group>
      <Group gap={4}>
        <Text size="xs" c={card.overdue ? 'red' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
          {format.day(card.nextContactDue)}
        </Text>
        {card.overdue ? <OverdueBadge size="xs" /> : null}
      </Group>
    </Stack>
  );
}

/** The "Move to…" menu: the way to move a card without dragging it. */
function MoveMenu({ card, onMoveStage, onChangeTier }: Pick<Props, 'card' | 'onMoveStage' | 'onChangeTier'>) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('board.moveMenu', { name: card.partner.name })}
          data-testid="card-menu"
        >
          <span aria-hidden>⋯</span>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('board.moveToStage')}</Menu.Label>
        {STAGES.filter((s) => s !== card.stage).map((s) => (
          <Menu.Item key={s} onClick={() => onMoveStage?.(card, s)}>
            {t(`relationship.stage.${s}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Label>{t('board.changeTier')}</Menu.Label>
        {TIERS.filter((tier) => tier !== card.tier).map((tier) => (
          <Menu.Item key={tier} onClick={() => onChangeTier?.(card, tier)}>
            {t(`relationship.tier.${tier}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function DraggableCard({ workspaceId, card, groupBy, onMoveStage, onChangeTier }: Props) {
  const intl = useIntl();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.id,
    data: { card },
  });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="sm"
      p="xs"
      shadow="xs"
      {...listeners}
      data-testid="board-card"
      data-card-id={card.id}
      style={{ opacity: isDragging ? 0.4 : 1, touchAction: 'manipulation', userSelect: 'none', cursor: 'grab' }}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        <ActionIcon
          ref={setActivatorNodeRef}
          {...attributes}
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={intl.formatMessage({ id: 'board.dragHandle' }, { name: card.partner.name })}
          data-testid="drag-handle"
        >
          <GripIcon />
        </ActionIcon>
        <CardBody workspaceId={workspaceId} card={card} groupBy={groupBy} />
        <MoveMenu card={card} onMoveStage={onMoveStage} onChangeTier={onChangeTier} />
      </Group>
    </Paper>
  );
}

/** One relationship on the board: drag it (mouse, touch or keyboard) or use its "Move to…" menu. */
export const BoardCard = memo(function BoardCard(props: Props) {
  if (props.overlay || !props.onMoveStage) {
    return (
      <Paper
        withBorder
        radius="sm"
        p="xs"
        shadow={props.overlay ? 'lg' : 'xs'}
        data-testid={props.overlay ? 'drag-overlay' : 'board-card'}
        style={props.overlay ? { cursor: 'grabbing', transform: 'rotate(1.5deg)' } : undefined}
      >
        <Group gap={4} wrap="nowrap" align="flex-start">
          {props.overlay ? (
            <ActionIcon component="span" variant="subtle" color="gray" size="sm" aria-hidden>
              <GripIcon />
            </ActionIcon>
          ) : null}
          <CardBody workspaceId={props.workspaceId} card={props.card} groupBy={props.groupBy} />
        </Group>
      </Paper>
    );
  }
  return <DraggableCard {...props} />;
});
