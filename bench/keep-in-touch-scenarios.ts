/**
 * Keep in touch (issue 6) for `npm run bench`: the due/overdue view for one member and for the
 * whole team, a relationship's health, the "losing touch" list and the retention balance, in the
 * same three layers as the other reads; and the full health recomputation, timed on its own.
 */
import type { Db } from '../src/server/platform/db/database.js';
import type { Auth } from '../src/server/platform/http/types.js';
import { countDue, listDue } from '../src/server/derived/keep-in-touch/keep-in-touch.repository.js';
import { keepInTouchQuery } from '../src/server/derived/keep-in-touch/keep-in-touch.schema.js';
import { getKeepInTouch } from '../src/server/derived/keep-in-touch/keep-in-touch.service.js';
import { recomputeAllHealth } from '../src/server/derived/health/refresh.js';
import { findStoredHealth, listTrend } from '../src/server/derived/health/relationship-health.repository.js';
import { getHealth } from '../src/server/derived/health/relationship-health.service.js';
import { addDays, todayIn } from '../src/server/platform/core/dates.js';
import { countInteractions } from '../src/server/derived/retention/retention.repository.js';
import { retentionQuery } from '../src/server/derived/retention/retention.schema.js';
import { getRetention } from '../src/server/derived/retention/retention.service.js';
import { elapsedSince, type Scenario } from './common.js';

type Context = {
  db: Db;
  auth: Auth;
  workspaceId: string;
  base: string;
  read: (url: string) => Promise<void>;
  relationshipIds: string[];
};

export function keepInTouchScenarios(c: Context): Scenario[] {
  const today = todayIn(c.auth.user.timeZone);
  const view = (name: string, scope: 'mine' | 'team'): Scenario => {
    const params = { scope, limit: '50' };
    const query = keepInTouchQuery.parse(params);
    const s = { today, userId: c.auth.user.id, mine: scope === 'mine' };
    return {
      name,
      api: () => c.read(`${c.base}/keep-in-touch?${new URLSearchParams(params).toString()}`),
      service: async () => {
        await getKeepInTouch(c.db, c.auth, c.workspaceId, query);
      },
      sql: async () => {
        await Promise.all([listDue(c.db, c.workspaceId, s, undefined, 50), countDue(c.db, c.workspaceId, s)]);
      },
    };
  };
  const retention = (name: string, days: number): Scenario => {
    const params = { from: addDays(today, 1 - days), to: today };
    const query = retentionQuery.parse(params);
    return {
      name,
      api: () => c.read(`${c.base}/retention?${new URLSearchParams(params).toString()}`),
      service: async () => {
        await getRetention(c.db, c.auth, c.workspaceId, query);
      },
      sql: async () => {
        await countInteractions(c.db, c.workspaceId, { ...params, timeZone: c.auth.user.timeZone }, new Date());
      },
    };
  };
  const pick = (i: number) => c.relationshipIds[i % c.relationshipIds.length] ?? '';
  return [
    view('keep in touch, mine (owned or on the team), first page', 'mine'),
    view('keep in touch, whole team, first page', 'team'),
    {
      name: 'relationship health with its 90-day trend (random ids)',
      api: (i) => c.read(`${c.base}/relationships/${pick(i)}/health`),
      service: async (i) => {
        await getHealth(c.db, c.auth, c.workspaceId, pick(i));
      },
      sql: async (i) => {
        await Promise.all([
          findStoredHealth(c.db, c.workspaceId, pick(i)),
          listTrend(c.db, c.workspaceId, pick(i), addDays(today, -90)),
        ]);
      },
    },
    {
      name: 'relationships, losing touch first (sort=losing_touch)',
      api: () => c.read(`${c.base}/relationships?sort=losing_touch&limit=50`),
      service: () => c.read(`${c.base}/relationships?sort=losing_touch&limit=50`),
      sql: () => c.read(`${c.base}/relationships?sort=losing_touch&limit=50`),
      note: 'API only (the three columns repeat it)',
    },
    retention('retention balance, last 30 days', 30),
    retention('retention balance, last 365 days', 365),
  ];
}

/**
 * The daily job's work: every live relationship's score recomputed. Run twice: the first run
 * after seeding writes every score; the second finds most unchanged (the daily steady state).
 */
export async function benchHealthRecompute(db: Db, runs = 2): Promise<string[]> {
  const lines: string[] = [];
  for (let run = 1; run <= runs; run++) {
    const started = process.hrtime.bigint();
    const result = await recomputeAllHealth(db);
    const seconds = elapsedSince(started) / 1000;
    lines.push(
      `Health recompute, run ${run}: ${result.relationships.toLocaleString('en')} relationships in ${seconds.toFixed(1)} s ` +
        `(**${Math.round(result.relationships / seconds).toLocaleString('en')} relationships/s**), ${result.changed.toLocaleString('en')} scores changed`,
    );
  }
  return lines;
}
