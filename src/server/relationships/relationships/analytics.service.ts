import type { Db } from '../../platform/db/index.js';
import { addDays, fieldError, todayIn } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { currentStays, endedStays } from './analytics.repository.js';
import type { AnalyticsQuery } from './relationships.schema.js';
import { STAGES } from './values.js';

/** Without dates, the figures cover the 90 days up to today. */
export const DEFAULT_PERIOD_DAYS = 90;
const MAX_PERIOD_DAYS = 3660;

/** How relationships move through the stages: now, and during a period. */
export async function getAnalytics(db: Db, auth: Auth, workspaceId: string, query: AnalyticsQuery) {
  await requirePermission(db, auth, workspaceId, 'read');
  const to = query.to ?? todayIn(auth.user.timeZone);
  const from = query.from ?? addDays(to, 1 - DEFAULT_PERIOD_DAYS);
  if (from > to) throw fieldError('from', 'invalid_value', 'must not be after to');
  if (addDays(from, MAX_PERIOD_DAYS) < to)
    throw fieldError('to', 'too_big', `the period is at most ${MAX_PERIOD_DAYS} days`, { maximum: MAX_PERIOD_DAYS });
  const period = { from, to, timeZone: auth.user.timeZone };
  const [current, ended] = await Promise.all([
    currentStays(db, workspaceId, period, query.owner),
    endedStays(db, workspaceId, period, query.owner),
  ]);
  return {
    from,
    to,
    stages: STAGES.map((stage) => {
      const now = current.find((c) => c.stage === stage);
      const past = ended.find((f) => f.stage === stage);
      const entered = (now?.current ?? 0) + (past?.extraEntered ?? 0);
      const advanced = past?.advanced ?? 0;
      const medianDays = past?.medianDays ?? null;
      return {
        stage,
        count: now?.count ?? 0,
        medianDays: medianDays === null ? null : Math.round(medianDays * 10) / 10,
        entered,
        advanced,
        conversion: stage === 'realization' || entered === 0 ? null : advanced / entered,
      };
    }),
  };
}
