import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, createUser, PASSWORD, uniqueEmail, type TestContext } from '../../test/harness.js';
import { newId } from '../core/index.js';
import { limitAddress } from './address.js';
import { insertPasswordReset } from './password-reset.repository.js';
import { hashToken, newToken } from './secrets.js';

// The limits under test: 5 failures of one account from one address, 100 from one address over
// all accounts, within 15 minutes; nothing per account over all addresses. Written out rather
// than imported so that loosening a limit fails here.

let ctx: TestContext;
beforeAll(async () => {
  // The client address is read from X-Forwarded-For, as behind a reverse proxy.
  ctx = await createTestApp({ TRUST_PROXY: 'true' });
});
afterAll(() => ctx.close());

const signIn = (email: string, password: string, ip: string) =>
  new Client(ctx.app).post('/api/v1/auth/sign-in', { email, password }, { 'x-forwarded-for': ip });

/** Failures as the sign-in writes them, straight in the table: cheaper than hundreds of scrypt checks. */
async function seedFailures(rows: { email: string; ip: string }[]) {
  await ctx.db
    .insertInto('signInFailure')
    .values(rows.map((row) => ({ id: newId(), emailNormalized: row.email.toLowerCase(), ip: row.ip })))
    .execute();
}

function expectRateLimited(response: Awaited<ReturnType<typeof signIn>>) {
  expect(response.statusCode).toBe(429);
  expect(response.json().code).toBe('rate_limited');
  const seconds = Number(response.headers['retry-after']);
  expect(seconds).toBeGreaterThan(800);
  expect(seconds).toBeLessThanOrEqual(900);
  expect(response.json().retryAfter).toBe(seconds);
}

describe('sign-in limits', () => {
  it('refuses one attacker guessing one account from one address after 5 failures, even with the right password', async () => {
    const victim = await createUser(ctx.db);
    const attacker = '10.10.0.1';
    for (let i = 0; i < 5; i++) expect((await signIn(victim.email, `guess ${i}!`, attacker)).statusCode).toBe(401);
    expectRateLimited(await signIn(victim.email, 'guess 5!', attacker));
    expectRateLimited(await signIn(victim.email, PASSWORD, attacker));
    // Refused attempts are not checked nor recorded: hammering does not grow the table.
    const rows = await ctx.db
      .selectFrom('signInFailure')
      .select('id')
      .where('emailNormalized', '=', victim.emailNormalized)
      .execute();
    expect(rows).toHaveLength(5);

    // Once the failures are older than 15 minutes the pair may try again.
    await ctx.db
      .updateTable('signInFailure')
      .set({ at: new Date(Date.now() - 16 * 60_000) })
      .where('emailNormalized', '=', victim.emailNormalized)
      .execute();
    expect((await signIn(victim.email, PASSWORD, attacker)).statusCode).toBe(200);
  });

  it('lets the victim sign in from another address while the attacker is refused', async () => {
    const victim = await createUser(ctx.db);
    const attacker = '10.11.0.1';
    const home = '10.11.0.2';
    for (let i = 0; i < 5; i++) await signIn(victim.email, `guess ${i}!`, attacker);
    expectRateLimited(await signIn(victim.email, 'guess 5!', attacker));

    // A typo of their own is a 401 for the victim, not the attacker's 429.
    expect((await signIn(victim.email, 'my typo!', home)).statusCode).toBe(401);
    expect((await signIn(victim.email, PASSWORD, home)).statusCode).toBe(200);
    // The victim's success clears their own pair only, not the attacker's guesses.
    expectRateLimited(await signIn(victim.email, 'guess 6!', attacker));
  });

  it('never locks an account out everywhere, however many addresses guess at it', async () => {
    const victim = await createUser(ctx.db);
    // 40 addresses with 5 failures each: 200 failures for the account, past every limit there is.
    await seedFailures(
      Array.from({ length: 200 }, (_, i) => ({ email: victim.email, ip: `10.12.${Math.floor(i / 5)}.1` })),
    );
    expectRateLimited(await signIn(victim.email, PASSWORD, '10.12.0.1'));
    expect((await signIn(victim.email, PASSWORD, '10.12.200.1')).statusCode).toBe(200);
  });

  it('lets an office behind one address sign in after ten people mistype twice each', async () => {
    const office = '10.13.0.1';
    const staff = await Promise.all(Array.from({ length: 10 }, () => createUser(ctx.db)));
    for (const user of staff) {
      for (const typo of ['first typo!', 'second typo!']) {
        expect((await signIn(user.email, typo, office)).statusCode).toBe(401);
      }
    }
    for (const user of staff) expect((await signIn(user.email, PASSWORD, office)).statusCode).toBe(200);
    const newcomer = await createUser(ctx.db);
    expect((await signIn(newcomer.email, PASSWORD, office)).statusCode).toBe(200);
  });

  it('forgets a pair’s failures after it signs in', async () => {
    const user = await createUser(ctx.db);
    const ip = '10.14.0.1';
    for (let i = 0; i < 4; i++) expect((await signIn(user.email, `typo ${i}!`, ip)).statusCode).toBe(401);
    expect((await signIn(user.email, PASSWORD, ip)).statusCode).toBe(200);
    // Without the clearing, these would be failures 5 to 8 of the pair, and the sign-in a 429.
    for (let i = 0; i < 4; i++) expect((await signIn(user.email, `typo ${i}!`, ip)).statusCode).toBe(401);
    expect((await signIn(user.email, PASSWORD, ip)).statusCode).toBe(200);
  });

  it('refuses an address spraying many accounts after 100 failures, for an account it has not tried too', async () => {
    const sprayer = '10.15.0.1';
    await seedFailures(Array.from({ length: 99 }, () => ({ email: uniqueEmail('sprayed'), ip: sprayer })));
    const spared = await createUser(ctx.db);
    expect((await signIn(spared.email, PASSWORD, sprayer)).statusCode).toBe(200);
    expect((await signIn(uniqueEmail('sprayed'), 'Summer2026!', sprayer)).statusCode).toBe(401);

    const next = await createUser(ctx.db);
    expectRateLimited(await signIn(next.email, PASSWORD, sprayer));
    expectRateLimited(await signIn(spared.email, PASSWORD, sprayer));
    expect((await signIn(next.email, PASSWORD, '10.15.0.2')).statusCode).toBe(200);
  });

  it('counts an IPv6 attacker by the /64 they control, not by each address they pick from it', async () => {
    const user = await createUser(ctx.db);
    for (let i = 1; i <= 5; i++) {
      expect((await signIn(user.email, `guess ${i}!`, `2001:db8:17:4a00::${i.toString(16)}`)).statusCode).toBe(401);
    }
    expectRateLimited(await signIn(user.email, PASSWORD, '2001:db8:17:4a00:dead:beef:0:1'));
    // The next /64 is somebody else's network.
    expect((await signIn(user.email, PASSWORD, '2001:db8:17:4a01::1')).statusCode).toBe(200);
  });

  it('reads an IPv4 address written as IPv6 as the IPv4 address', () => {
    expect(limitAddress('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(limitAddress('2001:0db8:0017:4a00:0000:0000:0000:0001')).toBe('2001:db8:17:4a00::/64');
    expect(limitAddress('not an address')).toBe('not an address');
  });

  it('lets the owner in at once after a password reset, from the address they were refused at', async () => {
    const user = await createUser(ctx.db);
    const ip = '10.16.0.1';
    for (let i = 0; i < 5; i++) await signIn(user.email, `forgotten ${i}!`, ip);
    expectRateLimited(await signIn(user.email, PASSWORD, ip));

    const token = newToken();
    await ctx.db.transaction().execute((trx) =>
      insertPasswordReset(trx, {
        tokenHash: hashToken(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + 60_000),
      }),
    );
    const confirm = await new Client(ctx.app).post(
      '/api/v1/auth/password-reset/confirm',
      { token, password: 'a brand new secret' },
      { 'x-forwarded-for': ip },
    );
    expect(confirm.statusCode).toBe(204);
    expect((await signIn(user.email, 'a brand new secret', ip)).statusCode).toBe(200);
  });
});
