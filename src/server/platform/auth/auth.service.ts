import type { Db } from '../db/index.js';
import { AppError } from '../core/index.js';
import { insertEmail, resetEmail } from '../email/index.js';
import { normalizeEmail } from '../http/index.js';
import { auditUserChange, findUserByEmail, updateUser } from '../users/index.js';
import { limitAddress } from './address.js';
import { consumePasswordReset, insertPasswordReset } from './password-reset.repository.js';
import { DUMMY_HASH_PROMISE, hashPassword, hashToken, newToken, verifyPassword } from './secrets.js';
import { deleteUserSessions } from './sessions.repository.js';
import { clearAccountFailures, clearPairFailures, recordFailure, retryAfter } from './sign-in-limit.repository.js';

const RESET_VALID_MS = 3600_000;

/**
 * Checks credentials under the failure limits (per account and address pair, and per address; see
 * sign-in-limit.repository.ts); the same 401 whether or not the email exists.
 */
export async function verifyCredentials(db: Db, input: { email: string; password: string; ip: string }) {
  const key = { emailNormalized: normalizeEmail(input.email), ip: limitAddress(input.ip) };
  const now = new Date();
  const until = await retryAfter(db, key, now);
  if (until) {
    const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
    throw new AppError('rate_limited', 'Too many failed sign-in attempts; try again later', {
      headers: { 'Retry-After': String(seconds) },
      extra: { retryAfter: seconds },
    });
  }
  const user = await findUserByEmail(db, key.emailNormalized);
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  if (!user || !valid) {
    await recordFailure(db, key);
    throw new AppError('invalid_credentials', 'Wrong email or password');
  }
  await clearPairFailures(db, key);
  return user;
}

/**
 * Emails a single-use reset link if the account exists; answers the same either way. Returns the email id to deliver.
 */
export async function requestPasswordReset(db: Db, input: { email: string; publicUrl: string }): Promise<string[]> {
  const user = await findUserByEmail(db, normalizeEmail(input.email));
  if (!user) return [];
  const token = newToken();
  return db.transaction().execute(async (trx) => {
    await insertPasswordReset(trx, {
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + RESET_VALID_MS),
    });
    const url = `${input.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    const message = resetEmail(user.locale, { name: user.name, url });
    return [await insertEmail(trx, { workspaceId: null, to: user.email, ...message })];
  });
}

export async function confirmPasswordReset(db: Db, input: { token: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    const reset = await consumePasswordReset(trx, hashToken(input.token), new Date());
    if (!reset) throw new AppError('reset_token_invalid', 'This reset link is expired or was already used');
    const user = await updateUser(trx, reset.userId, { passwordHash });
    await deleteUserSessions(trx, reset.userId);
    await clearAccountFailures(trx, user.emailNormalized);
    await auditUserChange(trx, reset.userId, 'user.password_reset', {});
  });
}
