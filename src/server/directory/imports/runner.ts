import type { FastifyBaseLogger } from 'fastify';
import type { Db, ImportRowError, Tx } from '../../platform/db/index.js';
import { nameKey, newId, sortKey } from '../../platform/core/index.js';
import { insertAudit } from '../../platform/audit/index.js';
import { searchText } from '../partners/index.js';
import { ensureTags } from '../tags/index.js';
import {
  type ImportContactRow,
  type ImportPartnerRow,
  addProgress,
  findJobForRun,
  findLiveByContactKeys,
  findLiveByNameKeys,
  findRunningJobs,
  finishJob,
  insertBatch,
  lockJob,
} from './imports.repository.js';
import { targetOf } from './targets.js';
import type { ImportPlan, Job, Prepared } from './plan.js';
import type { Mapping } from './mapping.js';
import { prepareRow, type PreparedRow, type SourceRow } from './rows.js';
import { readSource } from './source.js';

/**
 * Rows per transaction: big enough for multi-row INSERTs to pay off, small enough that requests interleave on PGlite.
 */
export const BATCH_SIZE = 2000;
/** Rows checked between two turns of the event loop. */
const YIELD_EVERY = 25;
/** Row errors kept per job; the counters still count every row. */
export const MAX_STORED_ERRORS = 1000;

export type ImportRunner = {
  /** Runs a job in the background (this process, not the request); returns at once. */
  start: (workspaceId: string, id: string) => void;
  /** Continues every job left running, e.g. by a process that stopped mid-import. */
  resumeInterrupted: () => Promise<void>;
  /** Stops between batches and waits; a stopped job stays running and is resumed at the next start-up. */
  close: () => Promise<void>;
};

type Caches = { tags: Map<string, string>; organizations: Map<string, string> };

/** Partners (CSV or vCard), checked by the partner rules, looked-up organisations and tags cached for the whole run. */
function partnerPlan(db: Db, job: Job, columns: string[], mapping: Mapping): ImportPlan<PreparedRow> {
  const caches: Caches = { tags: new Map(), organizations: new Map() };
  return {
    batchSize: BATCH_SIZE,
    prepare: (slice) => prepareBatch(db, job.workspaceId, columns, mapping, slice),
    write: async (trx, good) => {
      const built = await buildBatch(trx, job, good, caches);
      await insertBatch(trx, built.batch);
      return built.warnings;
    },
  };
}

export function createImportRunner(db: Db, log: FastifyBaseLogger): ImportRunner {
  const active = new Map<string, Promise<void>>();
  let stopping = false;
  const start = (workspaceId: string, id: string) => {
    if (stopping || active.has(id)) return;
    const run = runJob(db, workspaceId, id, () => stopping)
      .catch((error: unknown) => log.error({ err: error, importId: id }, 'import failed'))
      .finally(() => active.delete(id));
    active.set(id, run);
  };
  return {
    start,
    resumeInterrupted: async () => {
      for (const job of await findRunningJobs(db)) start(job.workspaceId, job.id);
    },
    close: async () => {
      stopping = true;
      await Promise.all(active.values());
    },
  };
}

async function runJob(db: Db, workspaceId: string, id: string, shouldStop: () => boolean) {
  // Let the request that started the job answer first.
  await new Promise((resolve) => setImmediate(resolve));
  const job = await findJobForRun(db, workspaceId, id);
  if (!job || job.status !== 'running') return;
  const counts = { processed: job.processed, imported: job.imported, failed: job.failed, errors: job.errorCount };
  try {
    const { columns, rows } = readSource(job.format, job.content);
    const plan = await planOf(db, job, columns);
    const prepare = (offset: number) => {
      const promise = plan.prepare(rows.slice(offset, offset + plan.batchSize));
      // awaited in the loop; this only keeps an abandoned one from being an unhandled rejection
      promise.catch(() => undefined);
      return promise;
    };
    let next = prepare(counts.processed);
    while (counts.processed < rows.length) {
      if (shouldStop()) return;
      const slice = rows.slice(counts.processed, counts.processed + plan.batchSize);
      const prepared = await next;
      // Check the next rows while this batch is written: on a PostgreSQL server the two overlap.
      next = prepare(counts.processed + slice.length);
      const result = await writeBatch(db, job, slice.length, prepared, counts, plan);
      if (!result) return; // another runner owns the job now
      counts.processed += slice.length;
      counts.imported += result.imported;
      counts.failed += result.failed;
      counts.errors += result.stored;
    }
    await db.transaction().execute(async (trx) => {
      const done = await finishJob(trx, workspaceId, id, 'done');
      if (done) await auditRun(trx, job, 'done', done);
    });
  } catch (error) {
    await db.transaction().execute(async (trx) => {
      const message = `The import stopped unexpectedly after ${counts.processed} rows; the rows before were imported and undo removes them`;
      const failed = await finishJob(trx, workspaceId, id, 'failed', [{ line: 0, field: null, rule: null, message }]);
      if (failed) await auditRun(trx, job, 'failed', failed);
    });
    throw error;
  }
}

/** The plan for the job's target; both are given the job's mapping as stored. */
async function planOf(db: Db, job: Job, columns: string[]): Promise<ImportPlan<unknown>> {
  switch (job.target) {
    case 'partners':
      return partnerPlan(db, job, columns, (job.mapping ?? {}) as Mapping) as ImportPlan<unknown>;
    case 'interactions':
      return targetOf(job.target).plan(db, job, columns);
    default: {
      const unreachable: never = job.target;
      throw new Error(`Unknown import target ${String(unreachable)}`);
    }
  }
}

function auditRun(
  trx: Tx,
  job: Job,
  status: 'done' | 'failed',
  counts: { imported: number; failed: number; processed: number; rowCount: number; filename: string },
) {
  return insertAudit(trx, {
    workspaceId: job.workspaceId,
    actorId: job.createdBy,
    action: 'import.run',
    entityType: 'import',
    entityId: job.id,
    changes: {
      status: { before: 'running', after: status },
      filename: { before: null, after: counts.filename },
      rowCount: { before: null, after: counts.rowCount },
      processed: { before: null, after: counts.processed },
      imported: { before: null, after: counts.imported },
      failed: { before: null, after: counts.failed },
    },
  });
}

async function prepareBatch(
  db: Db,
  workspaceId: string,
  columns: string[],
  mapping: Mapping,
  slice: SourceRow[],
): Promise<Prepared<PreparedRow>> {
  const errors: ImportRowError[] = [];
  const good: PreparedRow[] = [];
  let failed = 0;
  for (const [index, row] of slice.entries()) {
    // Checking rows is CPU work that resolves without I/O: without a pause now and then it would
    // hold the event loop until the whole batch is checked, and the batch being written would
    // wait for it instead of overlapping with it.
    if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
    const prepared = await prepareRow(db, workspaceId, columns, mapping, row);
    if (Array.isArray(prepared)) {
      failed++;
      errors.push(...prepared);
    } else {
      good.push(prepared);
      errors.push(...prepared.warnings);
    }
  }
  return { good, errors, failed };
}

async function writeBatch<Row>(
  db: Db,
  job: Job,
  size: number,
  { good, errors, failed }: Prepared<Row>,
  counts: { processed: number; errors: number },
  plan: ImportPlan<Row>,
) {
  return db.transaction().execute(async (trx) => {
    const lock = await lockJob(trx, job.workspaceId, job.id);
    if (lock?.status !== 'running' || lock.processed !== counts.processed) return undefined;
    const warnings = await plan.write(trx, good);
    const all = [...errors, ...warnings].sort((a, b) => a.line - b.line);
    const stored = all.slice(0, Math.max(0, MAX_STORED_ERRORS - counts.errors));
    await addProgress(trx, job.workspaceId, job.id, { processed: size, imported: good.length, failed, errors: stored });
    return { imported: good.length, failed, stored: stored.length };
  });
}

/**
 * Rows of partner, contact, tag and affiliation for one batch, with duplicate warnings; look-ups are one query each per
 * batch.
 */
async function buildBatch(trx: Tx, job: Job, good: PreparedRow[], caches: Caches) {
  const { workspaceId } = job;
  const ownerId = job.createdBy;
  const partners: ImportPartnerRow[] = [];
  const contacts: ImportContactRow[] = [];
  const tags: { workspaceId: string; partnerId: string; tagId: string }[] = [];
  const affiliations: { workspaceId: string; personId: string; organizationId: string; title: string }[] = [];
  const warnings = await duplicateWarnings(trx, workspaceId, good);

  const newTagNames = [...new Set(good.flatMap((r) => r.tagNames))].filter((n) => !caches.tags.has(nameKey(n)));
  for (const name of newTagNames) {
    const [tagId] = await ensureTags(trx, workspaceId, [name]);
    if (tagId) caches.tags.set(nameKey(name), tagId);
  }

  const addPartner = (row: Omit<ImportPartnerRow, 'workspaceId' | 'importId' | 'createdBy' | 'ownerId'>) => {
    partners.push({ ...row, workspaceId, importId: job.id, ownerId, createdBy: ownerId });
  };
  const ids = good.map(() => newId());
  // An organisation a person names: a live one (oldest first), else an organisation row of this batch, else a new one.
  const missing = [...new Set(good.flatMap((r) => r.organizations.map((o) => o.key)))].filter(
    (k) => !caches.organizations.has(k),
  );
  for (const found of await findLiveByNameKeys(trx, workspaceId, missing)) {
    if (found.type === 'organization' && !caches.organizations.has(found.nameKey))
      caches.organizations.set(found.nameKey, found.id);
  }
  good.forEach((r, i) => {
    if (r.checked.row.type === 'organization' && !caches.organizations.has(r.checked.row.nameKey))
      caches.organizations.set(r.checked.row.nameKey, ids[i] as string);
  });
  for (const org of good.flatMap((r) => r.organizations)) {
    if (caches.organizations.has(org.key)) continue;
    const id = newId();
    caches.organizations.set(org.key, id);
    addPartner({
      id,
      type: 'organization',
      name: org.name,
      sortName: sortKey(org.name),
      nameKey: org.key,
      kinds: [],
      country: null,
      profile: '{}',
      searchText: searchText({ name: org.name, profile: {}, purchaseDeciders: [] }, []),
    });
  }

  good.forEach((r, i) => {
    const id = ids[i] as string;
    const { row } = r.checked;
    addPartner({
      id,
      type: row.type,
      name: row.name,
      sortName: row.sortName,
      nameKey: row.nameKey,
      kinds: row.kinds,
      country: row.country,
      profile: JSON.stringify(row.profile),
      searchText: row.searchText,
    });
    r.checked.contacts.forEach((c, position) =>
      contacts.push({
        workspaceId,
        id: newId(),
        partnerId: id,
        channel: c.channel,
        label: c.label,
        value: c.value,
        valueKey: c.valueKey,
        position,
      }),
    );
    for (const tagId of new Set(r.tagNames.map((n) => caches.tags.get(nameKey(n)))))
      if (tagId) tags.push({ workspaceId, partnerId: id, tagId });
    const linked = new Set<string>();
    for (const org of r.organizations) {
      const organizationId = caches.organizations.get(org.key);
      if (!organizationId || linked.has(organizationId)) continue;
      linked.add(organizationId);
      affiliations.push({ workspaceId, personId: id, organizationId, title: org.title });
    }
  });
  return { batch: { partners, contacts, tags, affiliations }, warnings };
}

const MATCH_LABEL = { email: 'email', phone: 'phone', website: 'website', name: 'name' } as const;

/**
 * Rows that look like a partner already in the directory (or an earlier row of this file): same
 * email, phone, website domain or name key. They are imported anyway and listed as
 * 'possible_duplicate', so the user can merge them afterwards.
 */
async function duplicateWarnings(trx: Tx, workspaceId: string, good: PreparedRow[]): Promise<ImportRowError[]> {
  const keyed = (channel: string, key: string) => `${channel}:${key}`;
  const known = new Map<string, string>();
  const byName = await findLiveByNameKeys(trx, workspaceId, good.map((r) => r.checked.row.nameKey).filter(Boolean));
  for (const p of byName) if (!known.has(keyed('name', p.nameKey))) known.set(keyed('name', p.nameKey), p.name);
  const probes = good.flatMap((r) =>
    r.checked.contacts.filter((c) => c.channel === 'email' || c.channel === 'phone' || c.channel === 'website'),
  );
  for (const c of await findLiveByContactKeys(trx, workspaceId, probes))
    if (!known.has(keyed(c.channel, c.valueKey))) known.set(keyed(c.channel, c.valueKey), c.name);
  const warnings: ImportRowError[] = [];
  for (const r of good) {
    const keys: [keyof typeof MATCH_LABEL, string][] = [
      ...r.checked.contacts
        .filter((c) => c.channel === 'email' || c.channel === 'phone' || c.channel === 'website')
        .map((c) => [c.channel as 'email' | 'phone' | 'website', c.valueKey] as [keyof typeof MATCH_LABEL, string]),
      ['name', r.checked.row.nameKey],
    ];
    const hit = keys.find(([channel, key]) => key && known.has(keyed(channel, key)));
    if (hit)
      warnings.push({
        line: r.line,
        field: MATCH_LABEL[hit[0]],
        rule: 'possible_duplicate',
        message: `Looks like "${known.get(keyed(hit[0], hit[1])) ?? ''}" (same ${hit[0]}); imported anyway, merge them if they are one partner`,
      });
    // Later rows of this batch are compared with this one too.
    for (const [channel, key] of keys)
      if (key && !known.has(keyed(channel, key))) known.set(keyed(channel, key), r.checked.row.name);
  }
  return warnings;
}
