import { Paper, Text } from '@mantine/core';
import { useId } from 'react';
import { directionOf, useLocale } from '../../i18n/index.js';
import { CHART_LINE } from '../../components/index.js';

export interface Bar {
  label: string;
  value: number | null;
  /** The value as shown (a count, days, a percentage). */
  text: string;
  color: string;
}

interface Props {
  title: string;
  bars: Bar[];
  /** The largest value the axis shows; the largest bar by default. */
  max?: number;
  testId?: string;
}

const WIDTH = 320;
const HEIGHT = 180;
const TOP = 18;
const BOTTOM = 34;

/**
 * A small vertical bar chart in plain SVG: no chart library in the bundle. Screen readers get
 * the title and every value as one sentence; the page's table has the same figures.
 */
export function BarChart({ title, bars, max, testId }: Props) {
  const { locale } = useLocale();
  const id = useId();
  const rtl = directionOf(locale) === 'rtl';
  const top = max ?? Math.max(1, ...bars.map((b) => b.value ?? 0));
  const slot = WIDTH / Math.max(bars.length, 1);
  const barWidth = Math.min(40, slot * 0.6);
  const plot = HEIGHT - TOP - BOTTOM;
  const description = bars.map((b) => `${b.label}: ${b.text}`).join('; ');
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Text id={`${id}-title`} size="sm" fw={600} mb={4}>
        {title}
      </Text>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke={CHART_LINE} />
        {bars.map((bar, i) => {
          const column = rtl ? bars.length - 1 - i : i;
          const centre = slot * column + slot / 2;
          const height = bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / top) * plot);
          const y = HEIGHT - BOTTOM - height;
          return (
            <g key={bar.label} aria-hidden>
              <rect
                x={centre - barWidth / 2}
                y={y}
                width={barWidth}
                height={height}
                rx={3}
                fill={`var(--mantine-color-${bar.color}-5)`}
              />
              <text x={centre} y={y - 4} textAnchor="middle" fontSize={11} fill="var(--mantine-color-text)">
                {bar.text}
              </text>
              <text
                x={centre}
                y={HEIGHT - BOTTOM + 14}
                textAnchor="middle"
                fontSize={10}
                fill="var(--mantine-color-dimmed)"
              >
                {bar.label.length > 12 ? `${bar.label.slice(0, 11)}…` : bar.label}
              </text>
            </g>
          );
        })}
      </svg>
    </Paper>
  );
}
