import { sql, type Kysely } from 'kysely';

/**
 * A user's private calendar feed: one per user (a platform table like sessions, since the feed
 * spans every workspace the user belongs to). Only the SHA-256 of the token is kept, so the
 * database cannot give a working feed address away; `token_hint` is its first characters, to
 * tell feeds apart in the app.
 */
const UP = [
  `create table calendar_feed (
    user_id uuid primary key references app_user (id) on delete cascade,
    token_hash text not null unique,
    token_hint text not null,
    created_at timestamptz(3) not null default now(),
    last_used_at timestamptz(3)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table calendar_feed').execute(db);
}
