/**
 * Timeline, "My tasks" and logging an interaction for `npm run bench` (issue 5), in the same three
 * layers as the other reads: API, service, and the repository query that makes the page.
 */
import type { Db } from '../src/server/platform/db/database.js';
import type { Auth } from '../src/server/platform/http/types.js';
import { createInteraction } from '../src/server/activity/interactions/interactions.service.js';
import { createInteractionBody } from '../src/server/activity/interactions/interactions.schema.js';
import { getPartnerTimeline, getRelationshipTimeline } from '../src/server/activity/interactions/timeline.service.js';
import { timelinePage } from '../src/server/activity/interactions/timeline.repository.js';
import { TIMELINE_TYPES, timelineQuery } from '../src/server/activity/interactions/timeline.schema.js';
import { addDays, todayIn } from '../src/server/platform/core/dates.js';
import { listTaskPage } from '../src/server/activity/tasks/tasks.repository.js';
import { listTasks } from '../src/server/activity/tasks/tasks.service.js';
import { taskListQuery } from '../src/server/activity/tasks/tasks.schema.js';
import type { Scenario } from './common.js';

type Context = {
  db: Db;
  auth: Auth;
  workspaceId: string;
  base: string;
  read: (url: string) => Promise<void>;
  write: (url: string, body: unknown) => Promise<void>;
  heavyPartnerId: string;
  heavyRelationshipId: string | null;
  partnerIds: string[];
};

export function interactionScenarios(c: Context): Scenario[] {
  const timeline = (name: string, scope: { partnerId: string; relationshipId?: string }): Scenario => {
    const query = timelineQuery.parse({ limit: '50' });
    const path = scope.relationshipId ? `relationships/${scope.relationshipId}` : `partners/${scope.partnerId}`;
    return {
      name,
      api: () => c.read(`${c.base}/${path}/timeline?limit=50`),
      service: async () => {
        if (scope.relationshipId)
          await getRelationshipTimeline(c.db, c.auth, c.workspaceId, scope.relationshipId, query);
        else await getPartnerTimeline(c.db, c.auth, c.workspaceId, scope.partnerId, query);
      },
      sql: async () => {
        await timelinePage(c.db, c.workspaceId, scope, { types: new Set(TIMELINE_TYPES), limit: 50 });
      },
    };
  };
  const myTasks = (name: string, params: Record<string, string>): Scenario => {
    const query = taskListQuery.parse(params);
    const today = todayIn(c.auth.user.timeZone);
    const bucket = params.due === 'overdue' ? { dueTo: addDays(today, -1), openOnly: true } : {};
    return {
      name,
      api: () => c.read(`${c.base}/tasks?${new URLSearchParams(params).toString()}`),
      service: async () => {
        await listTasks(c.db, c.auth, c.workspaceId, query);
      },
      sql: async () => {
        await listTaskPage(
          c.db,
          c.workspaceId,
          { owner: c.auth.user.id, status: 'open', ...bucket },
          undefined,
          query.limit,
        );
      },
    };
  };
  // Logging writes a row each time: each layer logs its own interaction with a different partner.
  const body = (i: number) => ({
    kind: 'phone_call',
    subject: 'Bench call',
    notes: '<p>Agreed on <strong>delivery</strong> dates.</p>',
    partnerIds: [c.partnerIds[i % c.partnerIds.length] ?? ''],
    sentiment: 'positive',
  });
  const logging: Scenario = {
    name: 'log an interaction (POST /interactions)',
    note: 'a write: SQL is the service without the HTTP layer, there is no single query',
    api: (i) => c.write(`${c.base}/interactions`, body(i)),
    service: async (i) => {
      await createInteraction(c.db, c.auth, c.workspaceId, createInteractionBody.parse(body(i + 1)));
    },
    sql: async (i) => {
      await createInteraction(c.db, c.auth, c.workspaceId, createInteractionBody.parse(body(i + 2)));
    },
  };
  return [
    timeline('timeline, first page, partner with 10,000 interactions', { partnerId: c.heavyPartnerId }),
    ...(c.heavyRelationshipId
      ? [
          timeline('timeline, first page, relationship of that partner', {
            partnerId: c.heavyPartnerId,
            relationshipId: c.heavyRelationshipId,
          }),
        ]
      : []),
    myTasks('My tasks: open, in due order', { mine: 'true', status: 'open', limit: '50' }),
    myTasks('My tasks: overdue', { mine: 'true', status: 'open', due: 'overdue', limit: '50' }),
    logging,
  ];
}
