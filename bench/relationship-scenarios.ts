/**
 * Board and stage-analytics reads for `npm run bench` (issue 4): the same three layers as the
 * partner reads (API, service, repository SQL), over the relationships `bench:seed` makes.
 */
import type { Db } from '../src/server/platform/db/database.js';
import type { Auth } from '../src/server/platform/http/types.js';
import { currentStays, endedStays } from '../src/server/relationships/relationships/analytics.repository.js';
import { getAnalytics } from '../src/server/relationships/relationships/analytics.service.js';
import { addDays, todayIn } from '../src/server/platform/core/dates.js';
import { loadBoard } from '../src/server/relationships/relationships/list.repository.js';
import { getBoard } from '../src/server/relationships/relationships/list.service.js';
import { analyticsQuery, boardQuery } from '../src/server/relationships/relationships/relationships.schema.js';
import type { Scenario } from './common.js';

/** The relationship reads' aim (issue 4): p95 under 100 ms on PostgreSQL at 100,000 relationships. */
const TARGET_MS = 100;

type Context = {
  db: Db;
  auth: Auth;
  workspaceId: string;
  base: string;
  read: (url: string) => Promise<void>;
  ownerId: string;
};

export function relationshipScenarios(c: Context): Scenario[] {
  const board = (name: string, params: Record<string, string>): Scenario => {
    const query = boardQuery.parse(params);
    const { groupBy, perColumn, ...filters } = query;
    return {
      name,
      targetMs: TARGET_MS,
      api: () => c.read(`${c.base}/relationships/board?${new URLSearchParams(params).toString()}`),
      service: async () => {
        await getBoard(c.db, c.auth, c.workspaceId, query);
      },
      sql: async () => {
        await loadBoard(c.db, c.workspaceId, { groupBy, perColumn, filters, today: todayIn(c.auth.user.timeZone) });
      },
    };
  };
  const analytics = (name: string, days: number, owner?: string): Scenario => {
    const to = todayIn(c.auth.user.timeZone);
    const params = { from: addDays(to, 1 - days), to, ...(owner ? { owner } : {}) };
    const query = analyticsQuery.parse(params);
    const period = { from: params.from, to, timeZone: c.auth.user.timeZone };
    return {
      name,
      targetMs: TARGET_MS,
      api: () => c.read(`${c.base}/relationships/analytics?${new URLSearchParams(params).toString()}`),
      service: async () => {
        await getAnalytics(c.db, c.auth, c.workspaceId, query);
      },
      sql: async () => {
        await Promise.all([
          currentStays(c.db, c.workspaceId, period, owner),
          endedStays(c.db, c.workspaceId, period, owner),
        ]);
      },
    };
  };
  return [
    board('board by stage, 50 cards a column', { groupBy: 'stage', perColumn: '50' }),
    board('board by tier, 50 cards a column', { groupBy: 'tier', perColumn: '50' }),
    board('board by stage, one owner, one-sided only', {
      groupBy: 'stage',
      perColumn: '50',
      owner: c.ownerId,
      oneSided: 'true',
    }),
    board('board by stage, overdue only', { groupBy: 'stage', perColumn: '50', overdue: 'true' }),
    analytics('stage analytics, workspace, last 90 days', 90),
    analytics('stage analytics, workspace, last 365 days', 365),
    analytics('stage analytics, one owner, last 365 days', 365, c.ownerId),
  ];
}
