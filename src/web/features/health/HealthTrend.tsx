import { useId } from 'react';
import { useIntl } from 'react-intl';
import { directionOf, useLocale } from '../../i18n/index.js';
import { todayIn } from '../../shared/index.js';
import type { Health } from './health.types.js';
import { healthColor } from './score.js';
import { trendPath } from './trend.js';
import { CHART_LINE } from '../../components/index.js';

const WIDTH = 240;
const HEIGHT = 48;

/** The score over the last 90 days as a small step line in plain SVG (no chart library in the bundle). */
export function HealthTrend({ health }: { health: Health }) {
  const intl = useIntl();
  const id = useId();
  const { locale, timeZone } = useLocale();
  const rtl = directionOf(locale) === 'rtl';
  const color = healthColor(health.score);
  const path = trendPath(health.trend, todayIn(timeZone), { width: WIDTH, height: HEIGHT, rtl });
  const scores = health.trend.map((p) => p.score);
  const description = scores.length
    ? intl.formatMessage(
        { id: 'health.trendText' },
        { low: Math.min(...scores), high: Math.max(...scores), now: health.score },
      )
    : intl.formatMessage({ id: 'health.trendNone' });
  return (
    <svg
      viewBox={`-2 -2 ${WIDTH + 4} ${HEIGHT + 4}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-desc`}
      data-testid="health-trend"
    >
      <desc id={`${id}-desc`}>{description}</desc>
      {[0, 50, 100].map((score) => {
        const y = HEIGHT - (score / 100) * HEIGHT;
        return (
          <line key={score} x1={0} x2={WIDTH} y1={y} y2={y} stroke={CHART_LINE} strokeDasharray="2 3" aria-hidden />
        );
      })}
      {path ? (
        <path
          d={path}
          fill="none"
          stroke={`var(--mantine-color-${color}-6)`}
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
          strokeLinejoin="round"
          aria-hidden
        />
      ) : null}
      {/* Today's score as a dot, so a score that has not changed yet still shows. */}
      <circle
        cx={rtl ? 0 : WIDTH}
        cy={HEIGHT - (health.score / 100) * HEIGHT}
        r={3}
        fill={`var(--mantine-color-${color}-6)`}
        aria-hidden
      />
    </svg>
  );
}
