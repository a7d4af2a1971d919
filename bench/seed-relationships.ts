/**
 * Relationships for the seeded partners (issue 4): one per partner, in every stage and tier, with
 * the stage history that led there and value assessments, dated over the partners' three years.
 * Rows go straight into the tables (the API would take minutes for 100,000); next_contact_due
 * uses the app's own cadence defaults and date arithmetic.
 */
import type { Db } from '../src/server/platform/db/database.js';
import type { Stage, Tier } from '../src/server/platform/db/schema.js';
import { newId } from '../src/server/platform/core/ids.js';
import { addDays } from '../src/server/platform/core/dates.js';
import { DEFAULT_CADENCE_DAYS, STAGES, TIERS } from '../src/server/relationships/relationships/values.js';
import type { Random } from './common.js';

const DAY = 24 * 3600 * 1000;
/** How far relationships have come: most are young, few reach Realization (DOMAIN.md: five stages). */
const STAGE_WEIGHTS = [0.35, 0.25, 0.2, 0.12, 0.08];
const TIER_WEIGHTS = [0.05, 0.35, 0.4, 0.2];
const PURPOSES = [
  'Joint training programme',
  'Supply agreement',
  'Chương trình đào tạo chung',
  'Поставка оборудования',
  'همکاری در توزیع',
  'IT consulting for the ERP roll-out',
];

type PartnerRef = { id: string; sortName: string; kinds: string[]; createdAt: Date };

function weighted<T>(random: Random, values: readonly T[], weights: number[]): T {
  let r = random.next();
  for (const [i, w] of weights.entries()) {
    if (r < w) return values[i] as T;
    r -= w;
  }
  return values[values.length - 1] as T;
}

function buildBatch(random: Random, workspaceId: string, users: string[], partners: PartnerRef[], now: number) {
  const relationships = [];
  const changes = [];
  const assessments = [];
  for (const p of partners) {
    const id = newId();
    const finalIndex = STAGES.indexOf(weighted(random, STAGES, STAGE_WEIGHTS));
    const tier: Tier = weighted(random, TIERS, TIER_WEIGHTS);
    const owner = random.next() < 0.1 ? null : (random.pick(users) as string);
    const start = p.createdAt.getTime() + random.int(0, 30) * DAY;
    // Each stage is left after 5–120 days; the dates stop before now.
    let at = Math.min(start, now - DAY);
    let from: Stage | null = null;
    for (let s = 0; s <= finalIndex; s++) {
      const to = STAGES[s] as Stage;
      const enteredAt = at;
      if (s < finalIndex) at = Math.min(at + random.int(5, 120) * DAY, now - DAY);
      // As the app writes them: a stay that is over knows when it ended and where it went.
      const over =
        s < finalIndex
          ? { leftAt: new Date(at), nextStage: STAGES[s + 1] as Stage }
          : { leftAt: null, nextStage: null };
      changes.push({
        workspaceId,
        id: newId(),
        relationshipId: id,
        fromStage: from,
        toStage: to,
        direction: from ? ('forward' as const) : ('initial' as const),
        skippedItems: '[]',
        changedBy: owner,
        changedAt: new Date(enteredAt),
        ...over,
      });
      from = to;
    }
    const assessed = random.next() < 0.6;
    const canWeHelp = assessed ? random.int(1, 5) : null;
    const canTheyHelp = assessed ? random.int(1, 5) : null;
    const assessedOn = assessed ? new Date(at).toISOString().slice(0, 10) : null;
    if (assessed)
      assessments.push({
        workspaceId,
        id: newId(),
        relationshipId: id,
        canWeHelp: canWeHelp as number,
        canTheyHelp: canTheyHelp as number,
        assessedOn: assessedOn as string,
        assessedBy: owner,
      });
    const startedOn = new Date(start).toISOString().slice(0, 10);
    const lastContactAt = random.next() < 0.7 ? new Date(now - random.int(0, 200) * DAY) : null;
    const base = lastContactAt ? lastContactAt.toISOString().slice(0, 10) : startedOn;
    relationships.push({
      workspaceId,
      id,
      partnerId: p.id,
      partnerSortName: p.sortName,
      purpose: random.pick(PURPOSES) as string,
      kinds: p.kinds.slice(0, 1),
      ownerId: owner,
      stage: STAGES[finalIndex] as Stage,
      stageEnteredAt: new Date(at),
      tier,
      cadenceDays: null,
      lastContactAt,
      nextContactDue: addDays(base, DEFAULT_CADENCE_DAYS[tier]),
      canWeHelp,
      canTheyHelp,
      valueAssessedOn: assessedOn,
      status: random.next() < 0.05 ? ('paused' as const) : ('active' as const),
      startedOn,
      createdBy: owner,
      updatedBy: owner,
      createdAt: new Date(start),
      updatedAt: new Date(at),
    });
  }
  return { relationships, changes, assessments };
}

/** Inserts one relationship per live partner of the workspace (up to `limit`); returns the counts. */
export async function seedRelationships(
  db: Db,
  random: Random,
  context: { workspaceId: string; users: string[]; limit: number; batchSize: number },
) {
  const { workspaceId, users, limit, batchSize } = context;
  const now = Date.parse('2026-11-20T00:00:00Z');
  const counts = { relationships: 0, stageChanges: 0, assessments: 0 };
  let after = '';
  while (counts.relationships < limit) {
    const partners = await db
      .selectFrom('partner')
      .select(['id', 'sortName', 'kinds', 'createdAt'])
      .where('workspaceId', '=', workspaceId)
      .where('deletedAt', 'is', null)
      .where('id', '>', after || '00000000-0000-0000-0000-000000000000')
      .orderBy('id')
      .limit(Math.min(batchSize, limit - counts.relationships))
      .execute();
    const last = partners[partners.length - 1];
    if (!last) break;
    after = last.id;
    const batch = buildBatch(random, workspaceId, users, partners, now);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('relationship').values(batch.relationships).execute();
      // Stage history is ~2.3 rows a relationship: split so no statement has too many parameters.
      for (let i = 0; i < batch.changes.length; i += 5000)
        await trx
          .insertInto('stageChange')
          .values(batch.changes.slice(i, i + 5000))
          .execute();
      if (batch.assessments.length) await trx.insertInto('valueAssessment').values(batch.assessments).execute();
    });
    counts.relationships += batch.relationships.length;
    counts.stageChanges += batch.changes.length;
    counts.assessments += batch.assessments.length;
  }
  return counts;
}
