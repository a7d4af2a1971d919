import type { Db, ImportRowError } from '../../platform/db/index.js';
import { writeInteractions, type Actor } from '../interactions/index.js';
import { findUserById } from '../../platform/users/index.js';
import { findExistingContacts, type ImportPlan, type Job, type Prepared } from '../../directory/imports/index.js';
import type { InteractionMapping } from './interaction-fields.js';
import {
  collectInteractionFields,
  loadPartnerDirectory,
  type DateColumns,
  prepareInteractionRow,
  type PreparedInteractionRow,
} from './interaction-rows.js';
import type { DateOrder } from '../../../shared/values/imports.js';

/** Rows per transaction: each interaction is a few statements (row, links, last contact), so fewer than partners. */
export const INTERACTION_BATCH_SIZE = 500;
const YIELD_EVERY = 25;

/**
 * A CSV of past interactions: every row is checked as the member who started the import would
 * log it (their time zone, them as participant), through the core's prepareInteraction(), and each
 * batch is written with writeInteractions(), which also sets the last contact of every
 * relationship concerned. Rows that match a live interaction with the same partner at the same
 * instant are imported anyway and listed as possible duplicates.
 */
export async function interactionPlan(
  db: Db,
  job: Job,
  columns: string[],
): Promise<ImportPlan<PreparedInteractionRow>> {
  const user = job.createdBy ? await findUserById(db, job.createdBy) : undefined;
  if (!user) throw new Error('The member who started this import no longer exists');
  const actor: Actor = { user: { id: user.id, timeZone: user.timeZone } };
  const mapping = (job.mapping ?? {}) as InteractionMapping;
  const dates = dateColumns(columns, mapping, job.dateOrders ?? {});
  const { workspaceId } = job;
  return {
    batchSize: INTERACTION_BATCH_SIZE,
    prepare: async (slice) => {
      const fields = slice.map((row) => (row.error ? undefined : collectInteractionFields(columns, mapping, row)));
      const directory = await loadPartnerDirectory(
        db,
        workspaceId,
        fields.flatMap((f) => f?.get('partner') ?? []),
      );
      const now = new Date();
      const result: Prepared<PreparedInteractionRow> = { good: [], errors: [], failed: 0 };
      for (const [index, row] of slice.entries()) {
        // Checking is mostly CPU work: pause now and then so the batch being written goes on meanwhile.
        if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
        const rowFields = fields[index];
        const prepared = rowFields
          ? await prepareInteractionRow(db, actor, workspaceId, rowFields, directory, row.line, now, dates)
          : [{ line: row.line, field: null, rule: 'invalid_format', message: row.error ?? '' }];
        if (Array.isArray(prepared)) {
          result.failed++;
          result.errors.push(...prepared);
        } else result.good.push(prepared);
      }
      return result;
    },
    write: async (trx, good) => {
      const key = (target: string, at: Date) => `${target}@${at.toISOString()}`;
      const existing = await findExistingContacts(
        trx,
        workspaceId,
        good.flatMap((r) => r.targets.map((targetId) => ({ targetId, at: r.at }))),
      );
      const warnings: ImportRowError[] = [];
      for (const row of good) {
        if (row.targets.some((t) => existing.has(key(t, row.at)))) {
          warnings.push({
            line: row.line,
            field: 'partner',
            rule: 'possible_duplicate',
            message:
              'An interaction with this partner at this time is already logged; imported anyway, delete one if they are the same',
          });
        }
        // Later rows of this batch are compared with this one too.
        for (const t of row.targets) existing.add(key(t, row.at));
      }
      await writeInteractions(
        trx,
        actor,
        workspaceId,
        good.map((r) => r.draft),
        new Date(),
        { importId: job.id },
      );
      return warnings;
    },
  };
}

/** Per date field, its first column and the order the import settled for it (day first where none was needed). */
function dateColumns(columns: string[], mapping: InteractionMapping, orders: Record<string, DateOrder>): DateColumns {
  const result: DateColumns = {};
  for (const field of ['date', 'end'] as const) {
    const column = columns.find((c) => mapping[c] === field);
    if (column) result[field] = { column, order: orders[column] ?? 'day_first' };
  }
  return result;
}
