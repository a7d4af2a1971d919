import { Badge, type BadgeProps } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/index.js';
import { healthColor } from './score.js';

/** A health score (0–100) in its colour; a dash when not computed yet. */
export function HealthBadge({ score, size = 'sm' }: { score: number | null | undefined } & Pick<BadgeProps, 'size'>) {
  const intl = useIntl();
  const format = useFormat();
  if (score === null || score === undefined)
    return (
      <Badge color="gray" variant="light" size={size}>
        —
      </Badge>
    );
  return (
    <Badge
      color={healthColor(score)}
      variant="light"
      size={size}
      data-testid="health-badge"
      data-score={score}
      aria-label={intl.formatMessage({ id: 'health.scoreLabel' }, { score })}
    >
      {format.number(score)}
    </Badge>
  );
}
