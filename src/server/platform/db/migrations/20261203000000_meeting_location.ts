import { sql, type Kysely } from 'kysely';

/**
 * Where a meeting takes place: an address or a video link, free text as people write it, written
 * as LOCATION in calendars. A series carries it in its template and hands it to its occurrences.
 * Empty rather than null: "no place given" has one spelling.
 */
const UP = [
  "alter table interaction add column location text not null default ''",
  "alter table meeting_series add column location text not null default ''",
];

const DOWN = ['alter table meeting_series drop column location', 'alter table interaction drop column location'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
