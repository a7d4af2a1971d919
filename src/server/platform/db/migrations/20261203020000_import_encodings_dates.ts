import { sql, type Kysely } from 'kysely';

/**
 * Imports of files that are not UTF-8 and of dates that could be read two ways. `encoding` is how
 * `content` was read; `raw` keeps the uploaded bytes when that was a single-byte code page, so the
 * file can be read again in the one the user picks. `date_orders` is, per date column of the
 * mapping, whether its dates are day first or month first: settled by the file, or asked.
 */
const UP = [
  `alter table import_job add column encoding text not null default 'utf-8'`,
  'alter table import_job add column raw bytea',
  'alter table import_job add column date_orders jsonb',
];

const DOWN = [
  'alter table import_job drop column date_orders',
  'alter table import_job drop column raw',
  'alter table import_job drop column encoding',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
