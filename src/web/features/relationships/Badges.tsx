import { Badge, type BadgeProps } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Stage, Status, Tier } from './relationships.types.js';

export const STAGE_COLORS: Record<Stage, string> = {
  formation: 'gray',
  planning: 'blue',
  engagement: 'violet',
  results: 'teal',
  realization: 'green',
};

export const TIER_COLORS: Record<Tier, string> = {
  inner_circle: 'grape',
  active: 'blue',
  occasional: 'cyan',
  dormant: 'gray',
};

const STATUS_COLORS: Record<Status, string> = { active: 'green', paused: 'yellow', ended: 'gray' };

type Size = Pick<BadgeProps, 'size'>;

/** A stage name in its colour. */
export function StageBadge({ stage, size = 'sm' }: { stage: Stage } & Size) {
  return (
    <Badge color={STAGE_COLORS[stage]} variant="light" size={size} data-testid="stage-badge">
      <FormattedMessage id={`relationship.stage.${stage}`} />
    </Badge>
  );
}

/** A tier name in its colour. */
export function TierBadge({ tier, size = 'sm' }: { tier: Tier } & Size) {
  return (
    <Badge color={TIER_COLORS[tier]} variant="outline" size={size}>
      <FormattedMessage id={`relationship.tier.${tier}`} />
    </Badge>
  );
}

/** Active, paused or ended. */
export function StatusBadge({ status, size = 'sm' }: { status: Status } & Size) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="dot" size={size}>
      <FormattedMessage id={`relationship.status.${status}`} />
    </Badge>
  );
}

/** The latest assessment says one side gains little (either answer 2 or lower). */
export function OneSidedBadge({ size = 'sm' }: Size) {
  return (
    <Badge color="orange" variant="filled" size={size} data-testid="one-sided-badge">
      <FormattedMessage id="relationship.oneSided" />
    </Badge>
  );
}

/** The next contact is past due. */
export function OverdueBadge({ size = 'sm' }: Size) {
  return (
    <Badge color="red" variant="filled" size={size} data-testid="overdue-badge">
      <FormattedMessage id="relationship.overdue" />
    </Badge>
  );
}
