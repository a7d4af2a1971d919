import { sql, type Kysely } from 'kysely';

/**
 * Each user's choice of colour scheme: follow the system (the default, so nobody's screen changes),
 * always light, or always dark. The list is copied, not imported: a migration must keep doing what
 * it did when the code's list grows.
 */
const UP = [
  `alter table app_user add column color_scheme text not null default 'system'
     constraint app_user_color_scheme_check check (color_scheme in ('system', 'light', 'dark'))`,
];

const DOWN = ['alter table app_user drop column color_scheme'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
