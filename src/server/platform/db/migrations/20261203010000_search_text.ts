import { sql, type Kysely } from 'kysely';
import { foldText } from '../../core/index.js';

/**
 * Folded search text on interactions (subject, notes, minutes) and tasks (title, notes), as the
 * partner directory keeps one, so the one search box matches them with the same LIKE on PGlite and
 * PostgreSQL alike (no `unaccent`, whose dictionaries differ per server). Written by the app on
 * every write (foldText), so existing rows are filled here the same way, in JavaScript.
 */
const UP = [
  "alter table interaction add column search_text text not null default ''",
  "alter table task add column search_text text not null default ''",
  'create index interaction_search_idx on interaction using gin (search_text gin_trgm_ops)',
  'create index task_search_idx on task using gin (search_text gin_trgm_ops)',
];

const DOWN = [
  'drop index task_search_idx',
  'drop index interaction_search_idx',
  'alter table task drop column search_text',
  'alter table interaction drop column search_text',
];

// One-word names: the app's Kysely renames snake_case result columns, a bare migration's does not.
type Row = { w: string; id: string; parts: string[] };

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
  const interactions = await sql<Row>`select workspace_id as w, id, array[subject, notes_text, minutes_text] as parts
    from interaction`.execute(db);
  await fill(db, 'interaction', interactions.rows);
  const tasks = await sql<Row>`select workspace_id as w, id, array[title, notes] as parts from task`.execute(db);
  await fill(db, 'task', tasks.rows);
}

/** Writes the folded text of existing rows, 1,000 per statement. */
async function fill(db: Kysely<unknown>, table: 'interaction' | 'task', rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000);
    const values = JSON.stringify(batch.map((r) => ({ w: r.w, id: r.id, s: foldText(r.parts.join(' ')) })));
    await sql`update ${sql.table(table)} t set search_text = v.s
      from jsonb_to_recordset(${values}::jsonb) as v(w uuid, id uuid, s text)
      where t.workspace_id = v.w and t.id = v.id`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
