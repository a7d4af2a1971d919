/**
 * Interactions and tasks for the seeded partners (issue 5): by default ten interactions a partner
 * (1,000,000 for 100,000 partners), of which 10,000 concern one partner ("Nguyễn Văn An", the
 * search anchor) so its timeline is measured at that size; half of them also name the partner's
 * relationship; one member took part in each; plus one task for every ten interactions. Rows go
 * straight into the tables in the shape the app writes them (link rows carry the interaction's
 * time, as interactions.repository.ts keeps them), then every relationship's last contact and next
 * contact date are recomputed by the app's own rules.
 */
import { sql } from 'kysely';
import { classifyInteractions } from '../src/server/activity/interactions/interactions.repository.js';
import type { Db } from '../src/server/platform/db/database.js';
import type { InteractionKind, Tier } from '../src/server/platform/db/schema.js';
import { newId } from '../src/server/platform/core/ids.js';
import { foldText } from '../src/server/platform/core/text.js';
import { refreshNextContactDue } from '../src/server/relationships/relationships/relationships.repository.js';
import { TIERS } from '../src/server/relationships/relationships/values.js';
import type { Random } from './common.js';

const DAY = 24 * 3600 * 1000;
const NOW = Date.parse('2026-11-20T00:00:00Z');
const KINDS: InteractionKind[] = [
  'email',
  'email',
  'phone_call',
  'phone_call',
  'video_call',
  'meeting',
  'message',
  'event_encounter',
  'site_visit',
  'other',
];
const ZONES = ['Asia/Ho_Chi_Minh', 'Europe/Moscow', 'Asia/Tehran', 'Europe/London'];
const SUBJECTS = [
  'Báo giá quý 4',
  'Обсуждение поставки',
  'جلسه بررسی قرارداد',
  'Quarterly review',
  'Follow-up on the training plan',
  'Gặp mặt tại hội chợ',
];
const NOTES = [
  'Hai bên thống nhất lịch giao hàng.',
  'Договорились о сроках оплаты.',
  'درباره تخفیف سالانه صحبت شد.',
  'They asked for the updated price list.',
];
/** Interactions of the one partner whose timeline the benchmark reads. */
export const HEAVY_PARTNER_INTERACTIONS = 10_000;

type PartnerRef = { id: string; relationshipId: string | null };

function interactionRow(random: Random, workspaceId: string, users: string[], at: number) {
  const kind = random.pick(KINDS);
  const html = `<p>${random.pick(NOTES)}</p>`;
  const row = {
    workspaceId,
    id: newId(),
    kind,
    isMeeting: kind === 'meeting',
    occurredAt: new Date(at),
    timeZone: random.pick(ZONES),
    durationMinutes: random.int(5, 120),
    direction: random.chance(0.5) ? ('outbound' as const) : ('inbound' as const),
    subject: random.pick(SUBJECTS),
    notesHtml: html,
    notesText: html.slice(3, -4),
    minutesHtml: '',
    minutesText: '',
    sentiment: random.pick(['positive', 'neutral', 'negative', null] as const),
    seriesId: null,
    occurrenceStart: null,
    // A planned one is not a contact until its time comes (the app's job then counts it).
    contactPending: at > Date.now(),
    deletedAt: null,
    createdBy: random.pick(users),
    updatedBy: null,
    createdAt: new Date(at),
    updatedAt: new Date(at),
  };
  return { ...row, searchText: foldText(`${row.subject} ${row.notesText}`) };
}

function buildBatch(random: Random, workspaceId: string, users: string[], partners: PartnerRef[]) {
  const interactions = [];
  const partnerLinks = [];
  const relationshipLinks = [];
  const members = [];
  const tasks = [];
  for (const p of partners) {
    // 1% planned (a meeting ahead), the rest over the last three years.
    const at = random.chance(0.01)
      ? NOW + random.int(1, 60) * DAY
      : NOW - random.int(0, 3 * 365) * DAY - random.int(0, DAY - 1);
    const row = interactionRow(random, workspaceId, users, at);
    interactions.push(row);
    const copies = { workspaceId, interactionId: row.id, occurredAt: row.occurredAt, isMeeting: row.isMeeting };
    partnerLinks.push({ ...copies, partnerId: p.id });
    if (p.relationshipId && random.chance(0.5)) relationshipLinks.push({ ...copies, relationshipId: p.relationshipId });
    members.push({ workspaceId, interactionId: row.id, userId: row.createdBy, position: 0 });
    if (random.chance(0.1)) {
      const dueOn = new Date(NOW + random.int(-60, 60) * DAY).toISOString().slice(0, 10);
      const done = random.chance(0.6);
      tasks.push({
        workspaceId,
        id: newId(),
        title: 'Send the follow-up',
        notes: '',
        searchText: 'send the follow-up',
        ownerId: random.pick(users),
        dueOn,
        status: done ? ('done' as const) : ('open' as const),
        completedAt: done ? new Date(at) : null,
        completedBy: done ? row.createdBy : null,
        interactionId: row.id,
        relationshipId: p.relationshipId,
        partnerId: p.id,
        timelineAt: new Date(`${dueOn}T00:00:00Z`),
        createdBy: row.createdBy,
        updatedBy: null,
        createdAt: new Date(at),
        updatedAt: new Date(at),
        deletedAt: null,
      });
    }
  }
  return { interactions, partnerLinks, relationshipLinks, members, tasks };
}

async function insertBatch(db: Db, b: ReturnType<typeof buildBatch>) {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('interaction').values(b.interactions).execute();
    await trx.insertInto('interactionPartner').values(b.partnerLinks).execute();
    if (b.relationshipLinks.length)
      await trx.insertInto('interactionRelationship').values(b.relationshipLinks).execute();
    await trx.insertInto('interactionMember').values(b.members).execute();
    if (b.tasks.length) await trx.insertInto('task').values(b.tasks).execute();
    // The app's own rule for the retention balance, as insertLinks applies it.
    const first = b.interactions[0];
    if (first)
      await classifyInteractions(
        trx,
        first.workspaceId,
        b.interactions.map((i) => i.id),
      );
  });
}

/** Seeds `total` interactions in the workspace (which must have its partners and relationships). */
export async function seedInteractions(
  db: Db,
  random: Random,
  context: { workspaceId: string; users: string[]; total: number; batchSize: number; log: (line: string) => void },
) {
  const { workspaceId, users, total, batchSize } = context;
  const partners = await db
    .selectFrom('partner as p')
    .leftJoin('relationship as r', (join) =>
      join.onRef('r.workspaceId', '=', 'p.workspaceId').onRef('r.partnerId', '=', 'p.id'),
    )
    .select(['p.id', 'r.id as relationshipId', 'p.sortName'])
    .where('p.workspaceId', '=', workspaceId)
    .where('p.deletedAt', 'is', null)
    .orderBy('p.id')
    .execute();
  const heavy = partners.find((p) => p.sortName.startsWith('nguyen van an')) ?? partners[0];
  if (!heavy) throw new Error('the workspace has no partners: seed them first');
  const started = Date.now();
  let done = 0;
  let tasks = 0;
  let lastReport = 0;
  while (done < total) {
    const n = Math.min(batchSize, total - done);
    // The first HEAVY_PARTNER_INTERACTIONS go to the heavy partner, the rest to random partners.
    const targets = Array.from({ length: n }, (_, i) =>
      done + i < Math.min(HEAVY_PARTNER_INTERACTIONS, total) ? heavy : random.pick(partners),
    );
    const batch = buildBatch(random, workspaceId, users, targets);
    await insertBatch(db, batch);
    done += n;
    tasks += batch.tasks.length;
    const seconds = (Date.now() - started) / 1000;
    if (done === total || seconds - lastReport >= 10) {
      lastReport = seconds;
      context.log(
        `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} interactions, ${tasks.toLocaleString('en')} tasks, ${seconds.toFixed(1)} s`,
      );
    }
  }
  await refreshRelationshipContacts(db, workspaceId);
  return { interactions: total, tasks, heavyPartnerId: heavy.id };
}

/**
 * Last contact as the app derives it (the newest past interaction naming the relationship or its
 * partner), then next contact due by the relationships module's own rule, tier by tier.
 */
async function refreshRelationshipContacts(db: Db, workspaceId: string) {
  await sql`update relationship r set last_contact_at = (
      select max(l.occurred_at) from interaction_partner l
      where l.workspace_id = r.workspace_id and l.partner_id = r.partner_id and not l.interaction_deleted and l.occurred_at <= now())
    where r.workspace_id = ${workspaceId}`.execute(db);
  await db.transaction().execute(async (trx) => {
    for (const tier of TIERS as readonly Tier[])
      await refreshNextContactDue(trx, workspaceId, { tierWithoutOverride: tier });
  });
}
