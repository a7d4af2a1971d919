import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/database.js';
import { migrateDown, migrateToLatest, type DatabaseHandle } from './database.js';
import { migrations } from './migrations/index.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await sql`create table tx_probe (batch int not null, part int not null)`.execute(handle.db);
});
afterAll(() => handle.close());

describe('database', () => {
  it('keeps 50 concurrent transactions whole: each is visible entirely or not at all', async () => {
    const db = handle.db;
    // Even batches commit, odd ones fail after their first insert and must leave nothing behind.
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, batch) =>
        db.transaction().execute(async (trx) => {
          await sql`insert into tx_probe values (${batch}, 1)`.execute(trx);
          await new Promise((r) => setTimeout(r, Math.random() * 5));
          await sql`insert into tx_probe values (${batch}, 2)`.execute(trx);
          if (batch % 2 === 1) throw new Error(`batch ${batch} fails on purpose`);
          await sql`insert into tx_probe values (${batch}, 3)`.execute(trx);
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(25);
    const rows = await sql<{
      batch: number;
      parts: number;
    }>`select batch, count(*)::int as parts from tx_probe group by batch order by batch`.execute(db);
    expect(rows.rows.map((r) => r.batch)).toEqual(Array.from({ length: 25 }, (_, i) => i * 2));
    expect(rows.rows.every((r) => r.parts === 3)).toBe(true);
  });

  it('runs plain queries alongside transactions without seeing uncommitted rows', async () => {
    const db = handle.db;
    let seenInside = -1;
    await Promise.all([
      db
        .transaction()
        .execute(async (trx) => {
          await sql`insert into tx_probe values (1000, 1)`.execute(trx);
          await new Promise((r) => setTimeout(r, 20));
          throw new Error('roll back');
        })
        .catch(() => undefined),
      (async () => {
        const r = await sql<{ n: number }>`select count(*)::int as n from tx_probe where batch = 1000`.execute(db);
        seenInside = r.rows[0]?.n ?? -1;
      })(),
    ]);
    expect(seenInside).toBe(0);
  });

  it('has timestamped migrations that go down and up again', async () => {
    const names = Object.keys(migrations);
    expect(names.every((n) => /^\d{14}_[a-z0-9_]+$/.test(n))).toBe(true);
    expect([...names].sort()).toEqual(names);
    const fresh = await openTestDatabase();
    try {
      for (let i = 0; i < names.length; i++) await migrateDown(fresh.db);
      const left = await sql<{
        n: number;
      }>`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%'`.execute(
        fresh.db,
      );
      expect(left.rows[0]?.n).toBe(0);
      await migrateToLatest(fresh.db);
      const back = await sql<{
        n: number;
      }>`select count(*)::int as n from information_schema.tables where table_name = 'audit_log'`.execute(fresh.db);
      expect(back.rows[0]?.n).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('leads the primary key of every workspace table with workspace_id', async () => {
    const rows = await sql<{ table: string; first: string }>`
      select c.relname as table, a.attname as first
      from pg_index i
      join pg_class c on c.oid = i.indrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
      where i.indisprimary and n.nspname = 'public'
        and exists (select 1 from information_schema.columns col where col.table_name = c.relname and col.column_name = 'workspace_id')
        and c.relname <> 'email_message'`.execute(handle.db);
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const row of rows.rows) expect(`${row.table}: ${row.first}`).toBe(`${row.table}: workspace_id`);
  });
});
