import { daysBetween } from '../../shared/index.js';

export const TREND_DAYS = 90;

export interface TrendBox {
  width: number;
  height: number;
  /** Right-to-left: time runs from right to left, as the reader's eye does. */
  rtl: boolean;
}

/**
 * An SVG path of the score over the last 90 days as steps: the API sends a point only for the days
 * the score changed, so each value holds until the next point, and the last one up to today.
 */
export function trendPath(trend: { day: string; score: number }[], today: string, box: TrendBox): string {
  const points = [...trend].sort((a, b) => a.day.localeCompare(b.day));
  if (points.length === 0) return '';
  const span = TREND_DAYS - 1;
  const x = (day: string) => {
    const offset = Math.min(span, Math.max(0, span - daysBetween(day, today)));
    const share = offset / span;
    return round((box.rtl ? 1 - share : share) * box.width);
  };
  const y = (score: number) => round(box.height - (Math.min(100, Math.max(0, score)) / 100) * box.height);
  const parts: string[] = [];
  points.forEach((point, i) => {
    if (i === 0) parts.push(`M${x(point.day)} ${y(point.score)}`);
    else parts.push(`H${x(point.day)}`, `V${y(point.score)}`);
  });
  parts.push(`H${x(today)}`);
  return parts.join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;
