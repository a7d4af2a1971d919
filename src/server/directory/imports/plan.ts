import type { ImportRowError, Tx } from '../../platform/db/index.js';
import type { findJobForRun } from './imports.repository.js';
import type { SourceRow } from './rows.js';

export type Job = NonNullable<Awaited<ReturnType<typeof findJobForRun>>>;

/** A batch's rows checked: the good ones ready to write, and the errors of the others. */
export type Prepared<Row> = { good: Row[]; errors: ImportRowError[]; failed: number };

/**
 * What one kind of import does with its rows; the runner does the rest (batches, progress,
 * resuming, errors). `prepare` checks rows outside any transaction; `write` stores the good ones
 * inside the batch's transaction and returns warnings about rows it imported anyway.
 */
export type ImportPlan<Row> = {
  batchSize: number;
  prepare: (slice: SourceRow[]) => Promise<Prepared<Row>>;
  write: (trx: Tx, good: Row[]) => Promise<ImportRowError[]>;
};
