import { sql } from 'kysely';
import {
  type Db,
  type ImportRowError,
  type ImportTarget,
  type PartnerContactTable,
  trashed,
  type Tx,
  type Row,
} from '../../platform/db/index.js';
import type { DateOrder, FileEncoding } from '../../../shared/values/imports.js';

/** Every column but the file itself, which only the runner reads. */
const VIEW_COLUMNS = [
  'id',
  'target',
  'filename',
  'format',
  'encoding',
  'status',
  'rowCount',
  'processed',
  'imported',
  'failed',
  'errors',
  'createdAt',
  'finishedAt',
  'createdBy',
  'workspaceId',
] as const;

export async function insertJob(
  db: Db,
  job: {
    workspaceId: string;
    id: string;
    target: ImportTarget;
    filename: string;
    format: 'csv' | 'vcard';
    content: string;
    encoding: FileEncoding;
    raw: Buffer | null;
    rowCount: number;
    createdBy: string;
  },
) {
  return db
    .insertInto('importJob')
    .values({ ...job, status: 'uploaded', mapping: null })
    .returning(VIEW_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function findJob(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('importJob')
    .select(VIEW_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The file as read and as uploaded (the bytes only when another encoding may be chosen). */
export async function findJobFile(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('importJob')
    .select(['content', 'encoding', 'raw'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export type JobRow = NonNullable<Awaited<ReturnType<typeof findJob>>>;

/** What the runner needs to (re)start a job: the file, the mapping and where it got to. */
export async function findJobForRun(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('importJob')
    .select([
      'workspaceId',
      'id',
      'target',
      'format',
      'status',
      'content',
      'mapping',
      'dateOrders',
      'processed',
      'imported',
      'failed',
      'createdBy',
      sql<number>`jsonb_array_length(errors)`.as('errorCount'),
    ])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Jobs of every workspace left running: at start-up these are resumed (a system task, so no workspace filter). */
export async function findRunningJobs(db: Db) {
  return db
    .selectFrom('importJob')
    .select(['workspaceId', 'id'])
    .where('status', '=', 'running')
    .orderBy('id')
    .execute();
}

export async function listJobs(db: Db, workspaceId: string, options: { limit: number; before?: string | undefined }) {
  let query = db
    .selectFrom('importJob')
    .select(VIEW_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(options.limit + 1);
  if (options.before) query = query.where('id', '<', options.before);
  return query.execute();
}

/** uploaded → running with the mapping; undefined when the job was not (or no longer) waiting to start. */
export async function markStarted(
  db: Db,
  workspaceId: string,
  id: string,
  start: {
    mapping: Record<string, string | null>;
    dateOrders: Record<string, DateOrder>;
    /** The file read again in another encoding, when it was. */
    reread: { content: string; encoding: FileEncoding; rowCount: number } | undefined;
  },
) {
  return db
    .updateTable('importJob')
    .set({
      status: 'running',
      mapping: JSON.stringify(start.mapping),
      dateOrders: JSON.stringify(start.dateOrders),
      ...start.reread,
    })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('status', '=', 'uploaded')
    .returning(VIEW_COLUMNS)
    .executeTakeFirst();
}

/**
 * Locks the job for one batch: the batch goes ahead only if the job is still running at the offset this runner expects.
 */
export async function lockJob(trx: Tx, workspaceId: string, id: string) {
  return trx
    .selectFrom('importJob')
    .select(['status', 'processed'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function addProgress(
  trx: Tx,
  workspaceId: string,
  id: string,
  delta: { processed: number; imported: number; failed: number; errors: ImportRowError[] },
) {
  await trx
    .updateTable('importJob')
    .set((eb) => ({
      processed: eb('processed', '+', delta.processed),
      imported: eb('imported', '+', delta.imported),
      failed: eb('failed', '+', delta.failed),
      ...(delta.errors.length ? { errors: sql<string>`errors || ${JSON.stringify(delta.errors)}::jsonb` } : {}),
    }))
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function finishJob(
  trx: Tx,
  workspaceId: string,
  id: string,
  status: 'done' | 'failed',
  extraErrors: ImportRowError[] = [],
) {
  return (
    trx
      .updateTable('importJob')
      // The file is only needed to run (or resume) the job; a finished one drops it to keep the table small.
      .set({
        status,
        finishedAt: new Date(),
        content: '',
        raw: null,
        ...(extraErrors.length ? { errors: sql<string>`errors || ${JSON.stringify(extraErrors)}::jsonb` } : {}),
      })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .where('status', '=', 'running')
      .returning(['imported', 'failed', 'processed', 'rowCount', 'filename'])
      .executeTakeFirst()
  );
}

/** done/failed → undone; undefined when the job was running, waiting, or undone already. */
export async function markUndone(trx: Tx, workspaceId: string, id: string) {
  return trx
    .updateTable('importJob')
    .set({ status: 'undone' })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('status', 'in', ['done', 'failed'])
    .returning(VIEW_COLUMNS)
    .executeTakeFirst();
}

/** Moves every partner an import created that still lives to the trash; returns how many. */
export async function trashImportedPartners(
  trx: Tx,
  workspaceId: string,
  importId: string,
  userId: string,
): Promise<number> {
  const result = await trx
    .updateTable('partner')
    .set(trashed(userId, new Date()))
    .where('workspaceId', '=', workspaceId)
    .where('importId', '=', importId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The live interactions an import created. */
/**
 * Which of these (partner or person, instant) pairs already have a live interaction: an imported
 * row that matches one is probably in the directory already. Keys are `<id>@<ISO instant>`.
 */
export async function findExistingContacts(
  trx: Tx,
  workspaceId: string,
  pairs: { targetId: string; at: Date }[],
): Promise<Set<string>> {
  if (!pairs.length) return new Set();
  const ids = sql.val(pairs.map((p) => p.targetId));
  const ats = sql.val(pairs.map((p) => p.at.toISOString()));
  const result = await sql<{ targetId: string; occurredAt: Date }>`
    select l.partner_id as target_id, l.occurred_at from interaction_partner l
    where l.workspace_id = ${workspaceId} and not l.interaction_deleted
      and (l.partner_id, l.occurred_at) in (select * from unnest(${ids}::uuid[], ${ats}::timestamptz[]))
    union all
    select l.person_id, l.occurred_at from interaction_person l
    where l.workspace_id = ${workspaceId} and not l.interaction_deleted
      and (l.person_id, l.occurred_at) in (select * from unnest(${ids}::uuid[], ${ats}::timestamptz[]))`.execute(trx);
  return new Set(result.rows.map((r) => `${r.targetId}@${new Date(r.occurredAt).toISOString()}`));
}

/** Live partners holding any of these email addresses (lower-case), for naming an interaction's partner by email. */
export async function findLiveByEmails(db: Db, workspaceId: string, emails: string[]) {
  if (!emails.length) return [];
  return db
    .selectFrom('partnerContact as c')
    .innerJoin('partner as p', (join) =>
      join.onRef('p.workspaceId', '=', 'c.workspaceId').onRef('p.id', '=', 'c.partnerId'),
    )
    .select(['p.id', 'p.name', 'p.type', 'c.valueKey'])
    .where('c.workspaceId', '=', workspaceId)
    .where('c.channel', '=', 'email')
    .where('c.valueKey', '=', sql<string>`any(${[...new Set(emails)]}::text[])`)
    .where('p.deletedAt', 'is', null)
    .execute();
}

/**
 * Live partners of the workspace with any of these name keys: duplicate warnings and organisation look-ups, per batch.
 */
export async function findLiveByNameKeys(trx: Db, workspaceId: string, keys: string[]) {
  if (!keys.length) return [];
  return trx
    .selectFrom('partner')
    .select(['id', 'name', 'nameKey', 'type'])
    .where('workspaceId', '=', workspaceId)
    .where('nameKey', '=', sql<string>`any(${[...new Set(keys)]}::text[])`)
    .where('deletedAt', 'is', null)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** Live partners holding any of these contact keys (email, phone, website domain), per batch. */
export async function findLiveByContactKeys(
  trx: Tx,
  workspaceId: string,
  keys: { channel: PartnerContactTable['channel']; valueKey: string }[],
) {
  if (!keys.length) return [];
  return trx
    .selectFrom('partnerContact as c')
    .innerJoin('partner as p', (join) =>
      join.onRef('p.workspaceId', '=', 'c.workspaceId').onRef('p.id', '=', 'c.partnerId'),
    )
    .select(['p.id', 'p.name', 'c.channel', 'c.valueKey'])
    .where('c.workspaceId', '=', workspaceId)
    .where('c.channel', 'in', ['email', 'phone', 'website'])
    .where('c.valueKey', '=', sql<string>`any(${[...new Set(keys.map((k) => k.valueKey))]}::text[])`)
    .where('p.deletedAt', 'is', null)
    .execute();
}

/** The partners of a batch, one array parameter per column (unnest): one short statement however many rows. */
async function insertPartners(trx: Tx, rows: ImportPartnerRow[]) {
  if (!rows.length) return;
  const col = <K extends keyof ImportPartnerRow>(key: K) => rows.map((r) => r[key]);
  await sql`insert into partner (workspace_id, id, type, name, sort_name, name_key, kinds, country, owner_id, profile, purchase_deciders, search_text, import_id, created_by, updated_by)
    select u.workspace_id, u.id, u.type, u.name, u.sort_name, u.name_key, u.kinds::text[], u.country, u.owner_id, u.profile, '[]'::jsonb, u.search_text, u.import_id, u.created_by, u.created_by
    from unnest(${col('workspaceId')}::uuid[], ${col('id')}::uuid[], ${col('type')}::text[], ${col('name')}::text[], ${col('sortName')}::text[], ${col('nameKey')}::text[],
      ${rows.map((r) => arrayLiteral(r.kinds))}::text[], ${col('country')}::text[], ${col('ownerId')}::uuid[], ${col('profile')}::jsonb[], ${col('searchText')}::text[],
      ${col('importId')}::uuid[], ${col('createdBy')}::uuid[])
    as u(workspace_id, id, type, name, sort_name, name_key, kinds, country, owner_id, profile, search_text, import_id, created_by)`.execute(
    trx,
  );
}

async function insertContacts(trx: Tx, rows: ImportContactRow[]) {
  if (!rows.length) return;
  const col = <K extends keyof ImportContactRow>(key: K) => rows.map((r) => r[key]);
  await sql`insert into partner_contact (workspace_id, id, partner_id, channel, label, value, value_key, position)
    select * from unnest(${col('workspaceId')}::uuid[], ${col('id')}::uuid[], ${col('partnerId')}::uuid[], ${col('channel')}::text[], ${col('label')}::text[], ${col('value')}::text[], ${col('valueKey')}::text[], ${col('position')}::int[])`.execute(
    trx,
  );
}

/** A text[] literal of kind keys (plain identifiers: no quoting needed, but quote anyway). */
function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** A partner as an import writes it: the profile already as JSON text, always with its import. */
export type ImportPartnerRow = Pick<
  Row<'partner'>,
  | 'workspaceId'
  | 'id'
  | 'type'
  | 'name'
  | 'sortName'
  | 'nameKey'
  | 'kinds'
  | 'country'
  | 'ownerId'
  | 'searchText'
  | 'createdBy'
> & { profile: string; importId: string };
export type ImportContactRow = Pick<
  Row<'partnerContact'>,
  'workspaceId' | 'id' | 'partnerId' | 'channel' | 'label' | 'value' | 'valueKey' | 'position'
>;

/** One batch of an import: each table is one INSERT of array parameters, whatever the batch size. */
export async function insertBatch(
  trx: Tx,
  batch: {
    partners: ImportPartnerRow[];
    contacts: ImportContactRow[];
    tags: { workspaceId: string; partnerId: string; tagId: string }[];
    affiliations: { workspaceId: string; personId: string; organizationId: string; title: string }[];
  },
) {
  await insertPartners(trx, batch.partners);
  await insertContacts(trx, batch.contacts);
  if (batch.tags.length) {
    const t = batch.tags;
    await sql`insert into partner_tag (workspace_id, partner_id, tag_id)
      select * from unnest(${t.map((r) => r.workspaceId)}::uuid[], ${t.map((r) => r.partnerId)}::uuid[], ${t.map((r) => r.tagId)}::uuid[]) on conflict do nothing`.execute(
      trx,
    );
  }
  if (batch.affiliations.length) {
    const a = batch.affiliations;
    await sql`insert into affiliation (workspace_id, person_id, organization_id, title)
      select * from unnest(${a.map((r) => r.workspaceId)}::uuid[], ${a.map((r) => r.personId)}::uuid[], ${a.map((r) => r.organizationId)}::uuid[], ${a.map((r) => r.title)}::text[]) on conflict do nothing`.execute(
      trx,
    );
  }
}
